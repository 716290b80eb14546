package ma.majlis.deliberation;

import static ma.majlis.deliberation.DeliberationVariables.*;

import ma.majlis.platform.InputRejectedException;
import ma.majlis.platform.Inputs;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import ma.majlis.board.SessionChair;

/**
 * The chair's decision on a rejected resolution. An item may be amended and put to the vote again once only:
 * after a second rejection only DEFER or CLOSE are accepted. Amending opens the next vote round.
 */
@Component
public class DecideOnRejectionCheck implements TaskListener {

  /** Vote rounds an item may have: the first vote and one vote on the amended text. */
  static final int MAX_VOTE_ROUNDS = 2;

  private final SessionChair chair;

  public DecideOnRejectionCheck(SessionChair chair) {
    this.chair = chair;
  }

  @Override
  public void notify(DelegateTask task) {
    chair.require(task, "error.chair.decideOnRejection");
    RejectionDecision decision = Inputs.of(task).requiredEnum(REJECTION_DECISION, RejectionDecision.class);
    ItemVariables vars = ItemVariables.of(task);
    int round = vars.voteRound();
    vars.setRejectionDecision(decision);
    switch (decision) {
      case AMEND_AND_REVOTE -> {
        if (round >= MAX_VOTE_ROUNDS) {
          throw InputRejectedException.of(REJECTION_DECISION, "error.rejection.amendOnce");
        }
        vars.startVoteRound(round + 1);
      }
      case DEFER -> vars.setItemStatus(ItemStatus.DEFERRED);
      case CLOSE -> vars.setItemStatus(ItemStatus.CLOSED);
    }
  }
}
