package ma.majlis.followup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_RecordFollowUpReport: the final report, as the owner's completion recorded it, waits for the next
 * session's agenda.
 */
@Component
public class RecordFollowUpReportDelegate implements JavaDelegate {

  private final FollowUps followUps;

  public RecordFollowUpReportDelegate(FollowUps followUps) {
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FollowUpVariables vars = FollowUpVariables.of(execution);
    String report = followUps.latestReport(vars.resolutionNumber()).map(FollowUps.Report::report)
        .orElseGet(vars::progressReport);
    followUps.recordFinalReport(vars.resolutionNumber(), vars.sessionKey(), report);
  }
}
