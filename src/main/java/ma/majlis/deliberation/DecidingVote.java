package ma.majlis.deliberation;

/** The chair's casting vote on a tie (standing rule 5): it decides, so abstaining is not possible. */
public enum DecidingVote {
  FOR("ADOPTED"), AGAINST("REJECTED");

  private final String outcome;

  DecidingVote(String outcome) {
    this.outcome = outcome;
  }

  /** The outcome the casting vote gives the resolution. */
  public String outcome() {
    return outcome;
  }
}
