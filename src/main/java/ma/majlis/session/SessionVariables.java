package ma.majlis.session;

/** The variables of {@code board-session} (see the contract). */
public final class SessionVariables {


  public static final String BODY_CODE = "bodyCode";
  public static final String SESSION_YEAR = "sessionYear";
  public static final String SESSION_NUMBER = "sessionNumber";
  public static final String SESSION_KIND = "sessionKind";
  public static final String PLANNED_START = "plannedStart";
  public static final String VENUE = "venue";
  public static final String FORMAT = "format";
  public static final String HEALTH_MEASURES = "healthMeasures";
  /** Optional: the link of a REMOTE or HYBRID session's meeting, in the calendar invitation. */
  public static final String MEETING_URL = "meetingUrl";
  public static final String VOTE_MODE = "voteMode";
  public static final String AGENDA = "agenda";
  public static final String BODY_NAME = "bodyName";
  public static final String CONVOCATION_ROUND = "convocationRound";

  // Preparation
  public static final String AGENDA_ITEM = "agendaItem";
  public static final String DRAFT_RESOLUTION = "draftResolution";
  public static final String DOCUMENT_REF = "documentRef";
  public static final String PROGRAMMES = "programmes";
  public static final String BUDGET_LINES = "budgetLines";
  public static final String COMMITTEE = "committee";
  public static final String CONTROLLER_OPINION = "controllerOpinion";
  public static final String CONTROLLER_OPINION_TEXT = "controllerOpinionText";
  /** Task_RecordAttendance: whether the state controller attends (advisory voice), and his remarks at the session. */
  public static final String CONTROLLER_PRESENT = "controllerPresent";
  public static final String CONTROLLER_REMARKS = "controllerRemarks";
  public static final String APPROVED = "approved";
  public static final String REMARKS = "remarks";
  /** A returned convocation: the indexes of the items whose dossier (or presentation) is prepared again. */
  public static final String REOPEN_ITEMS = "reopenItems";

  // Convening
  public static final String MEMBERS = "members";
  /** The chair of the session's body (user id), who casts the deciding vote. */
  public static final String CHAIR_ID = "chairId";
  public static final String VOTING_MEMBERS = "votingMembers";
  public static final String ADVISORY_ATTENDEES = "advisoryAttendees";
  public static final String REPLY_DEADLINE = "replyDeadline";
  public static final String NOTICE_DAYS = "noticeDays";
  public static final String MINIMUM_NOTICE_DAYS = "minimumNoticeDays";
  public static final String NOTICE_WAIVED = "noticeWaived";
  public static final String WAIVE_NOTICE = "waiveNotice";
  public static final String WAIVER_REASON = "waiverReason";
  public static final String MEMBER_ID = "memberId";
  public static final String ATTENDANCE_REPLY = "attendanceReply";
  public static final String PROXY_HOLDER = "proxyHolder";

  // The session day
  public static final String ATTENDANCE = "attendance";
  public static final String PRESENT = "present";
  public static final String REPRESENTED = "represented";
  public static final String RECUSED = "recused";
  public static final String QUORUM_REACHED = "quorumReached";
  public static final String QUORUM_REQUIRED = "quorumRequired";
  public static final String OPENING_SUMMARY = "openingSummary";
  public static final String PRESENTATION_REMARKS = "presentationRemarks";
  public static final String RESOLUTIONS = "resolutions";
  public static final String CLOSED_AT = "closedAt";
  public static final String CLOSING_REMARKS = "closingRemarks";

  // Minutes and press release (documents are stored by the application)
  /**
   * Shown, not stored ({@link SessionDocumentCaptions}): the id of the minutes' current version (Long), the draft,
   * then the secretariat's corrected version.
   */
  public static final String MINUTES_DOCUMENT_ID = "minutesDocumentId";
  /** The minutes as plain text: shown in the review and signature forms, corrected by the secretariat. */
  public static final String MINUTES_TEXT = "minutesText";
  /** The Arabic minutes' text, reviewed beside the French ({@code Task_ReviewMinutes}). */
  public static final String MINUTES_TEXT_AR = "minutesTextAr";
  /** Set in the session whose agenda approved the previous session's minutes (standing rule 9). */
  public static final String MINUTES_APPROVED = "minutesApproved";
  /** The resolutions of this session's MINUTES_APPROVAL items and the minutes they approved (Json). */
  public static final String APPROVED_MINUTES = "approvedMinutes";
  /** Shown, not stored ({@link SessionDocumentCaptions}): the press releases' ids and texts. */
  public static final String PRESS_RELEASE_AR_ID = "pressReleaseArId";
  public static final String PRESS_RELEASE_FR_ID = "pressReleaseFrId";
  public static final String PRESS_RELEASE_AR_TEXT = "pressReleaseArText";
  public static final String PRESS_RELEASE_FR_TEXT = "pressReleaseFrText";

  // Out of each deliberation (agenda-item-deliberation)
  public static final String OUTCOME = "outcome";
  public static final String RESOLUTION_NUMBER = "resolutionNumber";
  public static final String ITEM_STATUS = "itemStatus";

  /** The BPMN error raised when the notice is shorter than the statutes require. */
  public static final String ERROR_NOTICE_TOO_SHORT = "Error_NoticeTooShort";

  private SessionVariables() {
  }

  public enum SessionKind { ORDINARY, EXTRAORDINARY }

  public enum SessionFormat { IN_PERSON, REMOTE, HYBRID }

  public enum VoteMode { TALLY, ROLL_CALL }

  public enum AttendanceReply { PRESENT, ABSENT, PROXY }

  public enum ControllerOpinion { FAVOURABLE, RESERVED, UNFAVOURABLE }
}
