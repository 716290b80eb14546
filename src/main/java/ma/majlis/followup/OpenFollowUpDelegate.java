package ma.majlis.followup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_OpenFollowUp: tells the owner what the assignment recorded ({@link AssignFollowUpCheckAndRecord});
 * records it first only for a follow-up assigned before the assignment recorded it.
 */
@Component
public class OpenFollowUpDelegate implements JavaDelegate {

  private final FollowUps followUps;

  public OpenFollowUpDelegate(FollowUps followUps) {
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FollowUpVariables vars = FollowUpVariables.of(execution);
    FollowUp assigned = followUps.find(vars.resolutionNumber());
    if (assigned == null) {
      // assigned before the assignment recorded the follow-up itself: recorded now, as its variables say
      followUps.open(vars.resolutionNumber(), vars.sessionKey(), vars.owner(), vars.dueDate(), vars.actionsJson());
    } else {
      followUps.tellOwner(assigned, vars.sessionKey());
    }
  }
}
