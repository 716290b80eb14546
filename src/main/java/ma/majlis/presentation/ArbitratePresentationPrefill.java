package ma.majlis.presentation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ArbitratePresentation}, on create: forgets an earlier {@code approved} and the secretariat's
 * {@code remarks} (they stay in the history), so that the chair's form opens blank.
 */
@Component
public class ArbitratePresentationPrefill implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    PresentationVariables.of(task).forgetArbitration();
  }
}
