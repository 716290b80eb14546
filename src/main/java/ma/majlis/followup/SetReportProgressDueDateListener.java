package ma.majlis.followup;

import ma.majlis.process.TaskIds;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import ma.majlis.platform.EveryUserTask;

/**
 * "Report progress" is due when the follow-up is (as recorded when it was assigned, table {@code follow_up}): the
 * owner sees the deadline in Tasklist's list, as the chair does when it passes.
 */
@Component
public class SetReportProgressDueDateListener implements EveryUserTask {

  private final FollowUps followUps;

  public SetReportProgressDueDateListener(FollowUps followUps) {
    this.followUps = followUps;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!TaskIds.REPORT_PROGRESS.equals(task.getTaskDefinitionKey()) || task.getExecution() == null) {
      return;
    }
    FollowUp followUp = followUps.find(task.getExecution().getProcessBusinessKey());
    if (followUp != null && followUp.dueDate() != null) {
      task.setDueDate(Date.from(followUp.dueDate().atTime(23, 59).atZone(ZoneId.systemDefault()).toInstant()));
    }
  }
}
