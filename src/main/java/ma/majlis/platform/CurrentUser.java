package ma.majlis.platform;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who is calling: the user and groups the engine authenticated (Tasklist, Cockpit, REST). The engine hands the
 * authentication out as one of its internal classes; this is the only place that reads it.
 */
public final class CurrentUser {

  private CurrentUser() {
  }

  /** The authenticated user's id, null when nobody is authenticated. */
  public static String id(IdentityService identity) {
    Authentication current = identity.getCurrentAuthentication();
    return current == null ? null : current.getUserId();
  }

  /** The authenticated user's groups, empty when nobody is authenticated. */
  public static List<String> groupIds(IdentityService identity) {
    Authentication current = identity.getCurrentAuthentication();
    return current == null || current.getGroupIds() == null ? List.of() : current.getGroupIds();
  }

  public static boolean isAuthenticated(IdentityService identity) {
    return identity.getCurrentAuthentication() != null;
  }

  /**
   * Who completes a task: the authenticated user (Tasklist, REST), else the task's assignee; null when neither is
   * known (an engine test without authentication).
   */
  public static String completing(DelegateTask task) {
    String user = task.getProcessEngineServices() == null ? null
        : id(task.getProcessEngineServices().getIdentityService());
    return user != null ? user : task.getAssignee();
  }

  /** The user the engine authenticated for this task's completion, null when none (not the assignee). */
  public static String authenticated(DelegateTask task) {
    return task.getProcessEngineServices() == null ? null : id(task.getProcessEngineServices().getIdentityService());
  }
}
