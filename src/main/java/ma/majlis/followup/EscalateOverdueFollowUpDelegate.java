package ma.majlis.followup;

import ma.majlis.process.SharedVariables;
import ma.majlis.identity.Groups;
import ma.majlis.platform.WithoutAuthorization;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static ma.majlis.followup.FollowUpVariables.*;

/** ServiceTask_EscalateOverdueFollowUp: the due date passed; the chair (and the owner) are told, the owner's task stays open. */
@Component
public class EscalateOverdueFollowUpDelegate implements JavaDelegate {

  private final FollowUps followUps;

  public EscalateOverdueFollowUpDelegate(FollowUps followUps) {
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FollowUpVariables vars = FollowUpVariables.of(execution);
    followUps.escalate(vars.resolutionNumber(), vars.sessionKey(),
        WithoutAuthorization.membersOf(execution.getProcessEngineServices().getIdentityService(), Groups.BOARD_CHAIR));
  }
}
