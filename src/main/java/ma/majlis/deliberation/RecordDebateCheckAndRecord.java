package ma.majlis.deliberation;

import static ma.majlis.deliberation.DeliberationVariables.DEBATE_SUMMARY;
import static ma.majlis.deliberation.DeliberationVariables.RESOLUTION_TEXT;

import ma.majlis.platform.Inputs;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The debate is summarised and the final text of the resolution put to the vote is not blank. */
@Component
public class RecordDebateCheckAndRecord implements TaskListener {

  private final ItemRecords records;

  public RecordDebateCheckAndRecord(ItemRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    Inputs inputs = Inputs.of(task);
    String summary = inputs.requiredString(DEBATE_SUMMARY);
    String text = inputs.requiredString(RESOLUTION_TEXT);
    ItemVariables vars = ItemVariables.of(task);
    vars.setDebate(summary, text);
    records.saveDebate(vars.sessionKey(), vars.item().itemIndex(), vars.voteRound(),
        new ItemRecords.Debate(summary, text));
  }
}
