package ma.majlis.platform;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The check of every "approve or return" task (approve the convocation, sign the minutes, approve the press
 * release, ...): {@code approved} is true or false (Tasklist's radio sends text; it is stored as a Boolean), and
 * {@code remarks} are required when the work is returned, so that whoever gets it back knows why.
 */
@Component
public class ApprovalCheck implements TaskListener {

  public static final String APPROVED = "approved";
  public static final String REMARKS = "remarks";

  @Override
  public void notify(DelegateTask task) {
    Inputs in = Inputs.of(task);
    boolean approved = in.requiredBoolean(APPROVED);
    String remarks = in.optionalString(REMARKS);
    if (!approved && remarks == null) {
      throw new InputRejectedException(REMARKS, "is required when the work is returned (approved = false)");
    }
    task.getExecution().setVariable(APPROVED, approved);
    task.getExecution().setVariable(REMARKS, remarks);
  }
}
