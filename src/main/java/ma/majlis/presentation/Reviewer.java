package ma.majlis.presentation;

/** Who reviews a draft: the secretariat, or the chair when arbitrating. */
public enum Reviewer {
  SECRETARIAT("Board secretariat"),
  CHAIR("Board chair");

  private final String label;

  Reviewer(String label) {
    this.label = label;
  }

  /** How the drafting form names the reviewer. */
  public String label() {
    return label;
  }
}
