package ma.majlis.deliberation;

import static ma.majlis.deliberation.DeliberationVariables.*;

import ma.majlis.platform.InputRejectedException;
import ma.majlis.platform.Inputs;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The tally: whole numbers ≥ 0, and no more votes than the item's eligible voters (present + represented −
 * recused). Records the tally ({@link ItemRecords#saveCount}) and writes the numbers back as Integers, for the
 * decision {@code resolution-outcome}.
 */
// the name the process calls it by (every deployed version of agenda-item-deliberation)
@Component("recordVoteTallyCheck")
public class RecordVoteTallyCheckAndRecord implements TaskListener {

  static final int MAX_VOTES = 10_000;

  private final ItemRecords records;

  public RecordVoteTallyCheckAndRecord(ItemRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    Inputs inputs = Inputs.of(task);
    VoteTally tally = new VoteTally(inputs.requiredInteger(VOTES_FOR, 0, MAX_VOTES),
        inputs.requiredInteger(VOTES_AGAINST, 0, MAX_VOTES), inputs.requiredInteger(VOTES_ABSTAIN, 0, MAX_VOTES));
    // the electorate as recorded (attendance less recusals), not the variable eligibleVoters
    ItemVariables vars = ItemVariables.of(task);
    ItemRecords.Round round = vars.round();
    int eligible = records.electorate(round.sessionKey(), round.itemIndex()).eligibleVoters();
    if (!tally.fitsWithin(eligible)) {
      throw InputRejectedException.of(VOTES_FOR + " + " + VOTES_AGAINST + " + " + VOTES_ABSTAIN,
          "error.vote.tallyTooHigh", String.valueOf(eligible), String.valueOf(tally.total()));
    }
    records.saveCount(round, tally);
    vars.setTally(tally);
  }
}
