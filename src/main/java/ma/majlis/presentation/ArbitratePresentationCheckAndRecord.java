package ma.majlis.presentation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import ma.majlis.platform.ApprovalCheck;

/**
 * {@code Task_ArbitratePresentation}, on complete: after the secretariat's third revision request the chair approves
 * the current draft or returns it to general management with remarks. {@code approved} true or false (written back
 * as a Boolean for the gateway), {@code remarks} required when not approved; keeps the remarks for the drafter and
 * the history; on approval records the approved version, who approved and when (table {@code presentation}, in this
 * transaction). {@link ArbitratePresentationPrefill} opens the form blank.
 */
// the name the process calls it by (every deployed version of presentation-review, in-flight reviews included)
@Component("arbitratePresentationCheck")
public class ArbitratePresentationCheckAndRecord implements TaskListener {

  private final PresentationService presentations;

  public ArbitratePresentationCheckAndRecord(PresentationService presentations) {
    this.presentations = presentations;
  }

  @Override
  public void notify(DelegateTask task) {
    ApprovalCheck.Approval approval = ApprovalCheck.read(task);
    boolean approved = approval.approved();
    String remarks = approval.remarks();
    PresentationVariables.of(task).setApproved(approved);
    ReviewRounds.appendHistory(task, Reviewer.CHAIR, approved ? "APPROVE" : "RETURN", remarks);
    if (approved) {
      ReviewRounds.approve(task, Reviewer.CHAIR, presentations);
    } else {
      ReviewRounds.sendBack(task, Reviewer.CHAIR, remarks);
    }
  }
}
