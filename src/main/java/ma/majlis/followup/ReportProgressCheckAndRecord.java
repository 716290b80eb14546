package ma.majlis.followup;

import ma.majlis.platform.CurrentUser;

import ma.majlis.platform.Inputs;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import static ma.majlis.followup.FollowUpVariables.DONE;
import static ma.majlis.followup.FollowUpVariables.PROGRESS_REPORT;

/** Task_ReportProgress: a report, and whether the actions are done; recorded as the owner made it. */
// the name the process calls it by (every deployed version of resolution-follow-up)
@Component("reportProgressCheck")
public class ReportProgressCheckAndRecord implements TaskListener {

  private final FollowUps followUps;

  public ReportProgressCheckAndRecord(FollowUps followUps) {
    this.followUps = followUps;
  }

  @Override
  public void notify(DelegateTask task) {
    Inputs in = Inputs.of(task);
    String report = in.requiredString(PROGRESS_REPORT);
    boolean done = in.requiredBoolean(DONE);
    FollowUpVariables vars = FollowUpVariables.of(task);
    vars.setProgressReport(report);
    vars.setDone(done);
    // the report as the owner made it, recorded by his completion: the jobs after it read this, not the variables
    followUps.saveReport(vars.resolutionNumber(), report, done, CurrentUser.completing(task));
  }
}
