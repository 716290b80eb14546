package ma.majlis.presentation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import ma.majlis.platform.InputRejectedException;
import ma.majlis.platform.Inputs;

import static ma.majlis.presentation.PresentationVariables.DECISION;
import static ma.majlis.presentation.PresentationVariables.REMARKS;
import static ma.majlis.presentation.PresentationVariables.REVISION_ROUND;

/**
 * {@code Task_ReviewPresentation}: the secretariat approves the draft or asks a revision, with remarks.
 * <ul>
 *   <li>create: forgets the previous round's {@code decision} and {@code remarks}, so that the form opens blank
 *   and an earlier answer can never complete this round;</li>
 *   <li>complete: {@code decision} APPROVE or REVISE, {@code remarks} required for REVISE; counts the revisions
 *   ({@code revisionRound}, read by the "third revision?" gateway), keeps the remarks for the drafter and the
 *   history; on APPROVE records who approved and when.</li>
 * </ul>
 */
@Component
public class ReviewPresentationCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.removeVariable(DECISION);
      task.removeVariable(REMARKS);
      return;
    }
    Inputs inputs = Inputs.of(task);
    ReviewDecision decision = inputs.requiredEnum(DECISION, ReviewDecision.class);
    String remarks = inputs.optionalString(REMARKS);
    if (decision == ReviewDecision.REVISE && remarks == null) {
      throw InputRejectedException.of(REMARKS, "error.input.requiredWhenDecision", "REVISE");
    }
    task.setVariable(DECISION, decision.name());
    ReviewRounds.appendHistory(task, Reviewer.SECRETARIAT, decision.name(), remarks);
    if (decision == ReviewDecision.REVISE) {
      task.setVariable(REVISION_ROUND, ReviewRounds.counter(task, REVISION_ROUND) + 1);
      ReviewRounds.sendBack(task, Reviewer.SECRETARIAT, remarks);
    } else {
      ReviewRounds.approve(task, Reviewer.SECRETARIAT);
    }
  }
}
