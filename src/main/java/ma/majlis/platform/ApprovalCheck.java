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

  /** What the approver decided. */
  public record Approval(boolean approved, String remarks) {
  }

  @Override
  public void notify(DelegateTask task) {
    route(task, read(task));
  }

  /** Leaves the decision where the process's gateway reads it: {@code approved}, and {@code remarks} when given. */
  public static void route(DelegateTask task, Approval approval) {
    task.getExecution().setVariable(APPROVED, approval.approved());
    if (approval.remarks() != null) {
      task.getExecution().setVariable(REMARKS, approval.remarks());
    } else {
      // an approval without remarks leaves no empty placeholder behind (Cockpit shows every variable)
      task.getExecution().removeVariable(REMARKS);
    }
  }

  /** Reads and checks {@code approved} and {@code remarks}; for checks that do more with the decision. */
  public static Approval read(DelegateTask task) {
    Inputs in = Inputs.of(task);
    boolean approved = in.requiredBoolean(APPROVED);
    String remarks = in.optionalString(REMARKS);
    if (!approved && remarks == null) {
      throw InputRejectedException.of(REMARKS, "error.approval.remarksRequired");
    }
    return new Approval(approved, remarks);
  }
}
