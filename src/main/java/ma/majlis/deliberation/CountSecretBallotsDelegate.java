package ma.majlis.deliberation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Publishes the count of the secret ballots once the last one is in: the tally, from the ballot box's counters,
 * recorded ({@link ItemRecords#saveCount}) and given to the decision {@code resolution-outcome}.
 */
@Component
public class CountSecretBallotsDelegate implements JavaDelegate {

  private final SecretBallotBox box;
  private final ItemRecords records;

  public CountSecretBallotsDelegate(SecretBallotBox box, ItemRecords records) {
    this.box = box;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ItemVariables vars = ItemVariables.of(execution);
    ItemRecords.Round round = vars.round();
    VoteTally tally = box.count(round.sessionKey(), round.itemIndex(), round.voteRound());
    records.saveCount(round, tally);
    vars.setTally(tally);
  }
}
