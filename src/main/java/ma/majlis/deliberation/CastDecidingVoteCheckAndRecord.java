package ma.majlis.deliberation;

import static ma.majlis.deliberation.DeliberationVariables.*;

import ma.majlis.platform.Inputs;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import ma.majlis.board.SessionChair;

/**
 * The chair's casting vote on a tie (rule 5): FOR adopts, AGAINST rejects; recorded with the round's count as its
 * casting vote and the outcome it gives ({@link ItemRecords#saveOutcome}).
 */
// the name the process calls it by (every deployed version of agenda-item-deliberation)
@Component("castDecidingVoteCheck")
public class CastDecidingVoteCheckAndRecord implements TaskListener {

  private final SessionChair chair;
  private final ItemRecords records;

  public CastDecidingVoteCheckAndRecord(SessionChair chair, ItemRecords records) {
    this.chair = chair;
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    // the session's chair, from its record: the task's assignee (chairId) only routes it
    chair.require(task, "error.chair.castDecidingVote");
    DecidingVote vote = Inputs.of(task).requiredEnum(DECIDING_VOTE, DecidingVote.class);
    ItemVariables vars = ItemVariables.of(task);
    // with the round's count (a round counted before counts were recorded has none: the register reads its variables)
    records.saveOutcome(vars.round(), vote.outcome(), vote);
    vars.setDecidingVote(vote);
  }
}
