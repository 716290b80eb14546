package ma.majlis.session;

import ma.majlis.board.SessionOf;
import ma.majlis.board.SessionRecords;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The voting members convened to a session's current convocation round, as recorded when the convocations went out
 * (table {@code session_member}): one attendance reply each, the attendance lists them, the signed minutes go to
 * them. The variable {@code members} is only a copy for Cockpit.
 */
@Component
public class SessionMembers {

  private final SessionRecords records;

  public SessionMembers(SessionRecords records) {
    this.records = records;
  }

  /** The collection of "Confirm your attendance". */
  public List<String> voting(VariableScope scope) {
    return records.convened(SessionOf.key(scope));
  }

  public List<String> of(String sessionKey) {
    return records.convened(sessionKey);
  }
}
