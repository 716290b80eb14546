package ma.majlis.committee;

/** How a meeting is held (the {@code format} of board-session). */
public enum MeetingFormat {
  IN_PERSON, REMOTE, HYBRID
}
