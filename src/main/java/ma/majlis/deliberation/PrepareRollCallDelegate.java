package ma.majlis.deliberation;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Issues the roll-call ballots of the round (one per present voter not recused, one per proxy held, none to a
 * recused member) and lists them in {@code ballots}, one Cast vote task each.
 */
@Component
public class PrepareRollCallDelegate implements JavaDelegate {

  private final VoteBook voteBook;
  private final ItemRecords records;

  public PrepareRollCallDelegate(VoteBook voteBook, ItemRecords records) {
    this.voteBook = voteBook;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ItemVariables vars = ItemVariables.of(execution);
    // the attendance and the recusals as recorded, whatever the variables say
    int item = vars.item().itemIndex();
    List<Ballot> ballots = records.electorate(vars.sessionKey(), item).ballots();
    voteBook.issue(vars.sessionKey(), item, vars.voteRound(), ballots);
    vars.setBallots(ballots, item);
  }
}
