package ma.majlis.deliberation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Counts the roll-call votes of the round from the vote book (never from typed numbers), records the count
 * ({@link ItemRecords#saveCount}) and gives it to the decision {@code resolution-outcome}.
 */
@Component
public class CountVotesDelegate implements JavaDelegate {

  private final VoteBook voteBook;
  private final ItemRecords records;

  public CountVotesDelegate(VoteBook voteBook, ItemRecords records) {
    this.voteBook = voteBook;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ItemVariables vars = ItemVariables.of(execution);
    ItemRecords.Round round = vars.round();
    int outstanding = voteBook.ballotsOutstanding(round.sessionKey(), round.itemIndex(), round.voteRound());
    if (outstanding > 0) {
      throw new IllegalStateException(outstanding + " ballot(s) of item " + round.itemIndex() + " round "
          + round.voteRound() + " of " + round.sessionKey() + " were not cast; the vote cannot be counted");
    }
    VoteTally tally = VoteTally.count(voteBook.votesCast(round.sessionKey(), round.itemIndex(), round.voteRound()));
    records.saveCount(round, tally);
    vars.setTally(tally);
  }
}
