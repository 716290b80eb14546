package ma.majlis.board;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The session a step belongs to: the business key of its process instance (a session, or a process it called with
 * the session's key), which no variable write changes; Majlis's tables are read with it.
 */
public final class SessionOf {

  private SessionOf() {
  }

  public static String key(VariableScope scope) {
    String key = null;
    if (scope instanceof DelegateTask task) {
      key = task.getExecution().getProcessBusinessKey();
    } else if (scope instanceof DelegateExecution execution) {
      key = execution.getProcessBusinessKey();
    }
    if (key == null || key.isBlank()) {
      throw new IllegalStateException("The process instance has no business key: a session's processes carry the"
          + " session's key");
    }
    return key;
  }
}
