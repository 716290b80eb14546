package ma.majlis.committee;

/** How often a committee reports to the board. */
public enum ReportingRhythm {
  MONTHLY, QUARTERLY, YEARLY
}
