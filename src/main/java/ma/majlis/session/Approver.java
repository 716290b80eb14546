package ma.majlis.session;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completes an approval task: the authenticated user (Tasklist, REST), else the task's assignee. */
final class Approver {

  private Approver() {
  }

  static String of(DelegateTask task) {
    Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      return current.getUserId();
    }
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    throw new IllegalStateException("Task " + task.getTaskDefinitionKey() + " was completed by no known user: "
        + "complete it as a user (Tasklist or REST with credentials)");
  }
}
