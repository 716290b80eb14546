package ma.majlis.presentation;

/** The secretariat's decision on a draft presentation. */
public enum ReviewDecision {
  APPROVE, REVISE
}
