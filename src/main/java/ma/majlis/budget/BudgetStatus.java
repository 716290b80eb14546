package ma.majlis.budget;

/** Where an adopted budget stands with the Ministry of Finance (rule 7). */
public enum BudgetStatus {
  /** Adopted, pending approval. */
  SUBMITTED,
  /** Approved by the Ministry of Finance: the budget can be executed. */
  EXECUTORY,
  /** The ministry asked for changes: an amended budget goes to the next session. */
  CHANGES_REQUESTED
}
