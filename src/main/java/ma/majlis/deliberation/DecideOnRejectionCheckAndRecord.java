package ma.majlis.deliberation;

import static ma.majlis.deliberation.DeliberationVariables.*;

import ma.majlis.platform.InputRejectedException;
import ma.majlis.platform.Inputs;
import ma.majlis.platform.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import ma.majlis.board.SessionChair;

/**
 * The chair's decision on a rejected resolution. An item may be amended and put to the vote again once only:
 * after a second rejection only DEFER or CLOSE are accepted. Amending opens the next vote round. The decision is
 * recorded on the rejected round's count ({@link ItemRecords#saveRejectionDecision}): the deferral reads it there.
 */
// the name the process calls it by (every deployed version of agenda-item-deliberation)
@Component("decideOnRejectionCheck")
public class DecideOnRejectionCheckAndRecord implements TaskListener {

  /** Vote rounds an item may have: the first vote and one vote on the amended text. */
  static final int MAX_VOTE_ROUNDS = 2;

  private final SessionChair chair;
  private final ItemRecords records;

  public DecideOnRejectionCheckAndRecord(SessionChair chair, ItemRecords records) {
    this.chair = chair;
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    chair.require(task, "error.chair.decideOnRejection");
    RejectionDecision decision = Inputs.of(task).requiredEnum(REJECTION_DECISION, RejectionDecision.class);
    ItemVariables vars = ItemVariables.of(task);
    ItemRecords.Round rejected = vars.round();
    int round = rejected.voteRound();
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
    // a round counted before counts were recorded has no row to record the decision on: its deferral keeps to the
    // variables, as it did then
    records.saveRejectionDecision(rejected, decision, CurrentUser.completing(task));
  }
}
