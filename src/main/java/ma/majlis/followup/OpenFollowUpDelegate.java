package ma.majlis.followup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ServiceTask_OpenFollowUp: records the follow-up and tells the owner. */
@Component
public class OpenFollowUpDelegate implements JavaDelegate {

  private final FollowUps followUps;

  public OpenFollowUpDelegate(FollowUps followUps) {
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FollowUpVariables vars = FollowUpVariables.of(execution);
    followUps.open(vars.resolutionNumber(), vars.sessionKey(), vars.owner(), vars.dueDate(), vars.actionsJson());
  }
}
