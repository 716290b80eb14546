package ma.majlis.presentation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import ma.majlis.platform.ApprovalCheck;

import static ma.majlis.presentation.PresentationVariables.APPROVED;
import static ma.majlis.presentation.PresentationVariables.REMARKS;

/**
 * {@code Task_ArbitratePresentation}: after the secretariat's third revision request the chair approves the
 * current draft or returns it to general management with remarks.
 * <ul>
 *   <li>create: forgets an earlier {@code approved} and the secretariat's {@code remarks} (they stay in the
 *   history), so the form opens blank;</li>
 *   <li>complete: {@code approved} true or false (written back as a Boolean for the gateway), {@code remarks}
 *   required when not approved; keeps the remarks for the drafter and the history; on approval records who
 *   approved and when.</li>
 * </ul>
 */
@Component
public class ArbitratePresentationCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.removeVariable(APPROVED);
      task.removeVariable(REMARKS);
      return;
    }
    ApprovalCheck.Approval approval = ApprovalCheck.read(task);
    boolean approved = approval.approved();
    String remarks = approval.remarks();
    task.setVariable(APPROVED, approved);
    ReviewRounds.appendHistory(task, Reviewer.CHAIR, approved ? "APPROVE" : "RETURN", remarks);
    if (approved) {
      ReviewRounds.approve(task, Reviewer.CHAIR);
    } else {
      ReviewRounds.sendBack(task, Reviewer.CHAIR, remarks);
    }
  }
}
