package ma.majlis.deliberation;

import static ma.majlis.deliberation.DeliberationVariables.DEBATE_SUMMARY;
import static ma.majlis.deliberation.DeliberationVariables.RESOLUTION_TEXT;

import ma.majlis.platform.Inputs;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The debate is summarised and the final text of the resolution put to the vote is not blank. */
@Component
public class RecordDebateCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Inputs inputs = Inputs.of(task);
    task.setVariable(DEBATE_SUMMARY, inputs.requiredString(DEBATE_SUMMARY));
    task.setVariable(RESOLUTION_TEXT, inputs.requiredString(RESOLUTION_TEXT));
  }
}
