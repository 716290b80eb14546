package ma.majlis.committee;

/**
 * The variables of the process {@code committee-establishment} (its key, message and groups live with every other
 * process's: ProcessKeys, MessageNames, Groups).
 */
public final class CommitteeVariables {


  /** Start (message): the resolution that created the committee; also the business key. */
  public static final String RESOLUTION_NUMBER = "resolutionNumber";

  // Task_ProposeCommitteeMembers
  public static final String COMMITTEE_CODE = "committeeCode";
  public static final String COMMITTEE_NAME = "committeeName";
  public static final String MANDATE = "mandate";
  /** Json array of board member ids. */
  public static final String BOARD_MEMBERS = "boardMembers";
  /** Json array of {name, organisation, email}. */
  public static final String EXTERNAL_MEMBERS = "externalMembers";
  public static final String COMMITTEE_CHAIR = "committeeChair";
  public static final String RAPPORTEUR = "rapporteur";
  public static final String REPORTING_RHYTHM = "reportingRhythm";

  // Task_AppointCommittee
  public static final String APPROVED = "approved";
  public static final String REMARKS = "remarks";

  // Set by ServiceTask_CreateCommittee
  /** The committee's Camunda group, {@code committee-cqi}. */
  public static final String COMMITTEE_GROUP = "committeeGroup";
  /** Json array of the user ids created for the external members, in the order of externalMembers. */
  public static final String EXTERNAL_MEMBER_IDS = "externalMemberIds";

  // Task_ScheduleInauguralMeeting; also start variables of board-session
  public static final String PLANNED_START = "plannedStart";
  public static final String VENUE = "venue";
  public static final String FORMAT = "format";

  // Start variables of board-session (its contract), set by ServiceTask_StartInauguralSession
  public static final String SESSION_BODY_CODE = "bodyCode";
  public static final String SESSION_YEAR = "sessionYear";
  public static final String SESSION_NUMBER = "sessionNumber";
  public static final String SESSION_KIND = "sessionKind";
  public static final String SESSION_VOTE_MODE = "voteMode";
  /** Set by ServiceTask_StartInauguralSession: the business key of the committee's first session. */
  public static final String INAUGURAL_SESSION_KEY = "inauguralSessionKey";

  private CommitteeVariables() {
  }
}
