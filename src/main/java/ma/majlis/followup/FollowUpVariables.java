package ma.majlis.followup;

/**
 * The variables of the process {@code resolution-follow-up} (its key, message and groups live with every other
 * process's: ProcessKeys, MessageNames, Groups).
 */
public final class FollowUpVariables {

  /** Start (message): the adopted resolution; also the business key. */
  public static final String RESOLUTION_NUMBER = "resolutionNumber";

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
