package ma.majlis.followup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ServiceTask_RecordProgress: keeps the owner's last progress report, as his completion recorded it. */
@Component
public class RecordProgressDelegate implements JavaDelegate {

  private final FollowUps followUps;

  public RecordProgressDelegate(FollowUps followUps) {
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FollowUpVariables vars = FollowUpVariables.of(execution);
    // the owner's latest report as recorded (a report made before reports were recorded: as its variables say)
    FollowUps.Report report = followUps.latestReport(vars.resolutionNumber())
        .orElseGet(() -> new FollowUps.Report(vars.progressReport(), vars.isDone()));
    followUps.recordProgress(vars.resolutionNumber(), report.report());
    if (report.done() != vars.isDone()) {
      // the variable was changed since the report: the follow-up goes on as the owner reported (the gateway reads it)
      vars.setDone(report.done());
    }
  }
}
