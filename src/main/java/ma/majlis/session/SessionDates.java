package ma.majlis.session;

import ma.majlis.board.SessionOf;
import ma.majlis.board.SessionRecords;
import java.time.LocalDateTime;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The session's dates for its timers, from its row ({@code board_session}): the planned start (set at the request,
 * moved by a new date or a second convocation) and the reply deadline (set when the convocations go out). The
 * variables {@code plannedStart} and {@code replyDeadline} are copies for forms and Cockpit; changing them moves
 * nothing.
 */
@Component
public class SessionDates {

  private final SessionRecords records;

  public SessionDates(SessionRecords records) {
    this.records = records;
  }

  /** The due date of "Session day" (ISO-8601). */
  public String plannedStart(VariableScope scope) {
    String key = SessionOf.key(scope);
    return iso(records.plannedStart(key).orElseThrow(() -> new IllegalStateException("Session " + key
        + " is not registered (board_session)")));
  }

  /** The due date of "Reply deadline" (ISO-8601). */
  public String replyDeadline(VariableScope scope) {
    String key = SessionOf.key(scope);
    return iso(records.replyDeadline(key).orElseThrow(() -> new IllegalStateException("Session " + key
        + " has no reply deadline: its convocations have not gone out")));
  }

  private static String iso(LocalDateTime time) {
    return time.withNano(0).toString();
  }
}
