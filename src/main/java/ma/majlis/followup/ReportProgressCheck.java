package ma.majlis.followup;

import ma.majlis.platform.Inputs;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import static ma.majlis.followup.FollowUpVariables.DONE;
import static ma.majlis.followup.FollowUpVariables.PROGRESS_REPORT;

/** Task_ReportProgress: a report, and whether the actions are done. */
@Component
public class ReportProgressCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Inputs in = Inputs.of(task);
    String report = in.requiredString(PROGRESS_REPORT);
    boolean done = in.requiredBoolean(DONE);
    FollowUpVariables vars = FollowUpVariables.of(task);
    vars.setProgressReport(report);
    vars.setDone(done);
  }
}
