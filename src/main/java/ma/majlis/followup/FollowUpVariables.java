package ma.majlis.followup;

/** The names of the process {@code resolution-follow-up}: its key, message, groups and variables. */
public final class FollowUpVariables {

  public static final String PROCESS_KEY = "resolution-follow-up";
  public static final String MESSAGE_RESOLUTION_ADOPTED = "ResolutionAdopted";
  public static final String GROUP_GENERAL_MANAGEMENT = "general-management";
  public static final String GROUP_BOARD_CHAIR = "board-chair";

  /** Start (message): the adopted resolution; also the business key. */
  public static final String RESOLUTION_NUMBER = "resolutionNumber";
  /** Start (message): the session that adopted it. */
  public static final String SESSION_KEY = "sessionKey";

  // Task_AssignFollowUp
  /** The user who carries the resolution out and reports on it. */
  public static final String OWNER = "owner";
  /** ISO-8601 date, e.g. 2022-06-30. */
  public static final String DUE_DATE = "dueDate";
  /** Json array of strings. */
  public static final String ACTIONS = "actions";
  /** Set by the check: the moment the follow-up becomes overdue (the day after the due date, 00:00), a Date. */
  public static final String DUE_DATE_TIME = "dueDateTime";

  // Task_ReportProgress
  public static final String PROGRESS_REPORT = "progressReport";
  public static final String DONE = "done";

  /** Set by ServiceTask_RecordFollowUpReport: the id of the pending agenda item with the final report. */
  public static final String REPORT_ITEM_ID = "reportItemId";

  private FollowUpVariables() {
  }
}
