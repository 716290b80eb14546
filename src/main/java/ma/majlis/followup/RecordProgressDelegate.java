package ma.majlis.followup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ServiceTask_RecordProgress: keeps the owner's last progress report. */
@Component
public class RecordProgressDelegate implements JavaDelegate {

  private final FollowUps followUps;

  public RecordProgressDelegate(FollowUps followUps) {
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FollowUpVariables vars = FollowUpVariables.of(execution);
    followUps.recordProgress(vars.resolutionNumber(), vars.progressReport());
  }
}
