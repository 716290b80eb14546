package ma.majlis.session;

/** The variables of {@code board-session} (see the contract). */
public final class SessionVariables {

  public static final String PROCESS_KEY = "board-session";

  public static final String BODY_CODE = "bodyCode";
  public static final String SESSION_YEAR = "sessionYear";
  public static final String SESSION_NUMBER = "sessionNumber";
  public static final String SESSION_KIND = "sessionKind";
  public static final String PLANNED_START = "plannedStart";
  public static final String VENUE = "venue";
  public static final String FORMAT = "format";
  public static final String HEALTH_MEASURES = "healthMeasures";
  public static final String VOTE_MODE = "voteMode";
  public static final String AGENDA = "agenda";
  /** The business key, also as a variable so that called processes and forms can show it. */
  public static final String SESSION_KEY = "sessionKey";
  public static final String BODY_NAME = "bodyName";
  public static final String CONVOCATION_ROUND = "convocationRound";

  /** Not a variable: the pseudo-field named when the business key is refused. */
  public static final String BUSINESS_KEY = "businessKey";

  private SessionVariables() {
  }

  public enum SessionKind { ORDINARY, EXTRAORDINARY }

  public enum SessionFormat { IN_PERSON, REMOTE, HYBRID }

  public enum VoteMode { TALLY, ROLL_CALL }
}
