package ma.majlis.session;

import ma.majlis.board.SessionOf;
import ma.majlis.board.SessionRecords;

import ma.majlis.board.SessionRegistry;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The inputs of the decision {@code convocation-notice} ("Determine the required notice"), read from the session's row
 * ({@code board_session}): its kind and its convocation round as recorded by the request, a new date or a second
 * convocation. The variables {@code sessionKind} and {@code convocationRound} are copies; changing them shortens no
 * notice.
 */
@Component
public class ConvocationNoticeInputs {

  private final SessionRegistry sessions;
  private final SessionRecords records;

  public ConvocationNoticeInputs(SessionRegistry sessions, SessionRecords records) {
    this.sessions = sessions;
    this.records = records;
  }

  /** {@code ORDINARY} or {@code EXTRAORDINARY}. */
  public String sessionKind(VariableScope scope) {
    String key = SessionOf.key(scope);
    return sessions.find(key).orElseThrow(() -> notRegistered(key)).kind();
  }

  /** 1 for the first convocation, 2 after the quorum failed. */
  public int convocationRound(VariableScope scope) {
    String key = SessionOf.key(scope);
    return records.proceedings(key).orElseThrow(() -> notRegistered(key)).convocationRound();
  }

  private static IllegalStateException notRegistered(String key) {
    return new IllegalStateException("Session " + key + " is not registered (board_session)");
  }
}
