package ma.majlis.deliberation;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Issues the secret ballots of the round, to the same voters as a roll call (the item's attendance less its
 * recusals, a proxy's ballot to its holder), opens the ballot box, and lists the ballots in {@code ballots}: one
 * "Cast your secret ballot" task each, which says who votes, never how.
 */
@Component
public class IssueSecretBallotsDelegate implements JavaDelegate {

  private final SecretBallotBox box;
  private final ItemRecords records;

  public IssueSecretBallotsDelegate(SecretBallotBox box, ItemRecords records) {
    this.box = box;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ItemVariables vars = ItemVariables.of(execution);
    int item = vars.item().itemIndex();
    List<Ballot> ballots = records.electorate(vars.sessionKey(), item).ballots();
    box.issue(vars.sessionKey(), item, vars.voteRound(), ballots);
    vars.setBallots(ballots, item);
  }
}
