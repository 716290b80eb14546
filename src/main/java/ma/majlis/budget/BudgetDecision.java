package ma.majlis.budget;

/** The Ministry of Finance's decision on an adopted budget. */
public enum BudgetDecision {
  APPROVE, REQUEST_CHANGES
}
