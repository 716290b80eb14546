package ma.majlis.presentation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import ma.majlis.platform.ApprovalCheck;

/**
 * {@code Task_ArbitratePresentation}, on complete: after the secretariat's third revision request the chair approves
 * the current draft or returns it to general management with remarks. {@code approved} true or false (written back
 * as a Boolean for the gateway), {@code remarks} required when not approved; keeps the remarks for the drafter and
 * the history; on approval records who approved and when (variables only: the delegate after the review records
 * the approved version). {@link ArbitratePresentationPrefill} opens the form blank.
 */
@Component
public class ArbitratePresentationCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    ApprovalCheck.Approval approval = ApprovalCheck.read(task);
    boolean approved = approval.approved();
    String remarks = approval.remarks();
    PresentationVariables.of(task).setApproved(approved);
    ReviewRounds.appendHistory(task, Reviewer.CHAIR, approved ? "APPROVE" : "RETURN", remarks);
    if (approved) {
      ReviewRounds.approve(task, Reviewer.CHAIR);
    } else {
      ReviewRounds.sendBack(task, Reviewer.CHAIR, remarks);
    }
  }
}
