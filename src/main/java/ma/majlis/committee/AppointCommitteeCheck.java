package ma.majlis.committee;

import ma.majlis.platform.InputRejectedException;
import ma.majlis.platform.Inputs;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import static ma.majlis.committee.CommitteeVariables.APPROVED;
import static ma.majlis.committee.CommitteeVariables.REMARKS;

/** Task_AppointCommittee: the chair appoints the committee, or returns the proposal with remarks. */
@Component
public class AppointCommitteeCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Inputs in = Inputs.of(task);
    boolean approved = in.requiredBoolean(APPROVED);
    String remarks = in.optionalString(REMARKS);
    if (!approved && remarks == null) {
      throw new InputRejectedException(REMARKS, "is required when approved is false (say what to change)");
    }
    task.setVariable(APPROVED, approved);
    task.setVariable(REMARKS, remarks);
  }
}
