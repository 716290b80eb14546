package ma.majlis.followup;

/** Where the follow-up of a resolution stands. */
public enum FollowUpStatus {
  OPEN, IN_PROGRESS, OVERDUE, DONE
}
