package ma.majlis.presentation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ReviewPresentation}, on create: forgets the previous round's {@code decision} and {@code remarks}
 * (they stay in the history), so that the form opens blank and an earlier answer can never complete this round.
 */
@Component
public class ReviewPresentationPrefill implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    PresentationVariables.of(task).forgetReview();
  }
}
