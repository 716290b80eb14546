package ma.majlis.session;

import ma.majlis.process.TaskIds;
import ma.majlis.board.SessionChair;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import ma.majlis.platform.EveryUserTask;

/**
 * The chair's tasks are the chair's from the start: assigned, when they are created, to the chair of the session
 * (as recorded, else the body's chair), so that he finds them in "My tasks" and completes them without claiming.
 * The board-chair group stays a candidate, so that a task waits for a chair appointed later. A follow-up process of a
 * resolution (business key {@code CA-2021-S2-R03}) belongs to the session that adopted it.
 * Runs before the other listeners of every task ({@code @Order(0)}), so that they know the chair as the assignee
 * (the captions are written in the assignee's language).
 */
@Component
@org.springframework.core.annotation.Order(0)
public class AssignChairTasksListener implements EveryUserTask {

  static final Set<String> CHAIRS = Set.of(TaskIds.APPROVE_CONVOCATION, TaskIds.WAIVE_SHORT_NOTICE,
      TaskIds.ARBITRATE_PRESENTATION, TaskIds.SIGN_MINUTES, TaskIds.CAST_DECIDING_VOTE, TaskIds.DECIDE_ON_REJECTION,
      TaskIds.APPOINT_COMMITTEE);
  private static final Pattern RESOLUTION = Pattern.compile("-R\\d+$");

  private final SessionChair chair;

  public AssignChairTasksListener(SessionChair chair) {
    this.chair = chair;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!CHAIRS.contains(task.getTaskDefinitionKey()) || task.getAssignee() != null || task.getExecution() == null) {
      return;
    }
    String key = task.getExecution().getProcessBusinessKey();
    if (key == null) {
      return;
    }
    chair.of(RESOLUTION.matcher(key).replaceFirst("")).ifPresent(task::setAssignee);
  }
}
