package ma.majlis.followup;

import ma.majlis.process.SharedVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static ma.majlis.followup.FollowUpVariables.*;

/** ServiceTask_RecordFollowUpReport: the final report waits for the next session's agenda. */
@Component
public class RecordFollowUpReportDelegate implements JavaDelegate {

  private final FollowUps followUps;

  public RecordFollowUpReportDelegate(FollowUps followUps) {
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String resolutionNumber = (String) execution.getVariable(RESOLUTION_NUMBER);
    long itemId = followUps.recordFinalReport(resolutionNumber, (String) execution.getVariable(SharedVariables.SESSION_KEY),
        (String) execution.getVariable(PROGRESS_REPORT));
    execution.setVariable(REPORT_ITEM_ID, itemId);
  }
}
