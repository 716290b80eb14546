package ma.majlis.followup;

import ma.majlis.process.SharedVariables;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static ma.majlis.followup.FollowUpVariables.*;

/** ServiceTask_OpenFollowUp: records the follow-up and tells the owner. */
@Component
public class OpenFollowUpDelegate implements JavaDelegate {

  private final FollowUps followUps;

  public OpenFollowUpDelegate(FollowUps followUps) {
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String resolutionNumber = (String) execution.getVariable(RESOLUTION_NUMBER);
    followUps.open(resolutionNumber, (String) execution.getVariable(SharedVariables.SESSION_KEY), (String) execution.getVariable(OWNER),
        LocalDate.parse((String) execution.getVariable(DUE_DATE)), String.valueOf(execution.getVariable(ACTIONS)));
  }
}
