package ma.majlis.process;

/**
 * The ids of the user tasks, as the BPMN files name them (Camunda's {@code Task_} convention); Java that asks
 * which task it is looking at uses these.
 */
public final class TaskIds {

  public static final String APPOINT_COMMITTEE = "Task_AppointCommittee";
  public static final String APPROVE_CONVOCATION = "Task_ApproveConvocation";
  public static final String APPROVE_PRESS_RELEASE = "Task_ApprovePressRelease";
  public static final String ARBITRATE_PRESENTATION = "Task_ArbitratePresentation";
  public static final String ASSIGN_FOLLOW_UP = "Task_AssignFollowUp";
  public static final String CAST_DECIDING_VOTE = "Task_CastDecidingVote";
  public static final String CAST_SECRET_BALLOT = "Task_CastSecretBallot";
  public static final String CAST_VOTE = "Task_CastVote";
  public static final String CLOSE_SESSION = "Task_CloseSession";
  public static final String CONFIRM_ATTENDANCE = "Task_ConfirmAttendance";
  public static final String DECIDE_ON_REJECTION = "Task_DecideOnRejection";
  public static final String DECLARE_INTERESTS = "Task_DeclareInterests";
  public static final String DRAFT_PRESENTATION = "Task_DraftPresentation";
  public static final String GIVE_CONTROLLER_OPINION = "Task_GiveControllerOpinion";
  public static final String PREPARE_AGENDA = "Task_PrepareAgenda";
  public static final String PREPARE_AMENDED_BUDGET = "Task_PrepareAmendedBudget";
  public static final String PREPARE_ITEM_DOSSIER = "Task_PrepareItemDossier";
  public static final String PROPOSE_COMMITTEE_MEMBERS = "Task_ProposeCommitteeMembers";
  public static final String RECORD_ATTENDANCE = "Task_RecordAttendance";
  public static final String RECORD_DEBATE = "Task_RecordDebate";
  public static final String RECORD_OPENING = "Task_RecordOpening";
  public static final String RECORD_PRESENTATION = "Task_RecordPresentation";
  public static final String RECORD_VOTE_TALLY = "Task_RecordVoteTally";
  public static final String REPORT_PROGRESS = "Task_ReportProgress";
  public static final String REVIEW_BUDGET = "Task_ReviewBudget";
  public static final String REVIEW_MINUTES = "Task_ReviewMinutes";
  public static final String REVIEW_PRESENTATION = "Task_ReviewPresentation";
  public static final String SCHEDULE_INAUGURAL_MEETING = "Task_ScheduleInauguralMeeting";
  public static final String SCHEDULE_SECOND_CONVOCATION = "Task_ScheduleSecondConvocation";
  public static final String SIGN_MINUTES = "Task_SignMinutes";
  public static final String WAIVE_SHORT_NOTICE = "Task_WaiveShortNotice";

  private TaskIds() {
  }
}
