package ma.majlis.presentation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import ma.majlis.platform.InputRejectedException;
import ma.majlis.platform.Inputs;

import static ma.majlis.presentation.PresentationVariables.DECISION;
import static ma.majlis.presentation.PresentationVariables.REMARKS;

/**
 * {@code Task_ReviewPresentation}, on complete: the secretariat approves the draft or asks a revision, with remarks.
 * {@code decision} APPROVE or REVISE, {@code remarks} required for REVISE; counts the revisions
 * ({@code revisionRound}, read by the "third revision?" gateway), keeps the remarks for the drafter and the
 * history; on APPROVE records the approved version, who approved and when (table {@code presentation}, in this
 * transaction). {@link ReviewPresentationPrefill} opens the form blank.
 */
// the name the process calls it by (every deployed version of presentation-review, in-flight reviews included)
@Component("reviewPresentationCheck")
public class ReviewPresentationCheckAndRecord implements TaskListener {

  private final PresentationService presentations;

  public ReviewPresentationCheckAndRecord(PresentationService presentations) {
    this.presentations = presentations;
  }

  @Override
  public void notify(DelegateTask task) {
    Inputs inputs = Inputs.of(task);
    ReviewDecision decision = inputs.requiredEnum(DECISION, ReviewDecision.class);
    String remarks = inputs.optionalString(REMARKS);
    if (decision == ReviewDecision.REVISE && remarks == null) {
      throw InputRejectedException.of(REMARKS, "error.input.requiredWhenDecision", "REVISE");
    }
    PresentationVariables vars = PresentationVariables.of(task);
    vars.setDecision(decision);
    ReviewRounds.appendHistory(task, Reviewer.SECRETARIAT, decision.name(), remarks);
    if (decision == ReviewDecision.REVISE) {
      vars.setRevisionRound(vars.revisionRound() + 1);
      ReviewRounds.sendBack(task, Reviewer.SECRETARIAT, remarks);
    } else {
      ReviewRounds.approve(task, Reviewer.SECRETARIAT, presentations);
    }
  }
}
