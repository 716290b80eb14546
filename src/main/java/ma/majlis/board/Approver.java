package ma.majlis.board;

import ma.majlis.platform.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** Who completes an approval task: the authenticated user (Tasklist, REST), else the task's assignee. */
public final class Approver {

  private Approver() {
  }

  public static String of(DelegateTask task) {
    String user = CurrentUser.completing(task);
    if (user != null) {
      return user;
    }
    throw new IllegalStateException("Task " + task.getTaskDefinitionKey() + " was completed by no known user: "
        + "complete it as a user (Tasklist or REST with credentials)");
  }
}
