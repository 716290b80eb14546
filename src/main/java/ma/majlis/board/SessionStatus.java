package ma.majlis.board;


/**
 * Where a session stands, as {@code board_session.status} records it (and the read API shows and filters it). Each
 * value is written by the step that reaches it; the order is the session's.
 */
public enum SessionStatus {
  /** Requested (started), its agenda and dossiers being prepared, its convocation not yet sent. */
  REQUESTED,
  /** Convocations sent for the first convocation. */
  CONVENED,
  /** Quorum not reached: convened a second time. */
  CONVENED_AGAIN,
  /** The session day: opened, deliberating. */
  OPEN,
  /** Closed by the secretariat; the minutes follow. */
  CLOSED,
  /** The chair signed the minutes. */
  MINUTES_SIGNED,
  /** The body's next session approved the minutes. */
  MINUTES_APPROVED;

  /** Whether the session has been held and closed (whatever then happened to its minutes). */
  public boolean held() {
    return compareTo(CLOSED) >= 0;
  }
}
