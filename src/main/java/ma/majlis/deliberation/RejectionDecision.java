package ma.majlis.deliberation;

/** What the chair decides after a resolution is rejected. */
public enum RejectionDecision { AMEND_AND_REVOTE, DEFER, CLOSE }
