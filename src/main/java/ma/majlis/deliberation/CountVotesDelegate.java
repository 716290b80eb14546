package ma.majlis.deliberation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Counts the roll-call votes of the round from the vote book (never from typed numbers). */
@Component
public class CountVotesDelegate implements JavaDelegate {

  private final VoteBook voteBook;

  public CountVotesDelegate(VoteBook voteBook) {
    this.voteBook = voteBook;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ItemVariables vars = ItemVariables.of(execution);
    String sessionKey = vars.sessionKey();
    int itemIndex = vars.item().itemIndex();
    int round = vars.voteRound();
    int outstanding = voteBook.ballotsOutstanding(sessionKey, itemIndex, round);
    if (outstanding > 0) {
      throw new IllegalStateException(outstanding + " ballot(s) of item " + itemIndex + " round " + round
          + " of " + sessionKey + " were not cast; the vote cannot be counted");
    }
    vars.setTally(VoteTally.count(voteBook.votesCast(sessionKey, itemIndex, round)));
  }
}
