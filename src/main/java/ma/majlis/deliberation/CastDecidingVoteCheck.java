package ma.majlis.deliberation;

import static ma.majlis.deliberation.DeliberationVariables.*;

import ma.majlis.platform.Inputs;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import ma.majlis.board.SessionChair;

/** The chair's casting vote on a tie (rule 5): FOR adopts, AGAINST rejects; it is recorded as the casting vote. */
@Component
public class CastDecidingVoteCheck implements TaskListener {

  private final SessionChair chair;

  public CastDecidingVoteCheck(SessionChair chair) {
    this.chair = chair;
  }

  @Override
  public void notify(DelegateTask task) {
    // the session's chair, from its record: the task's assignee (chairId) only routes it
    chair.require(task, "error.chair.castDecidingVote");
    DecidingVote vote = Inputs.of(task).requiredEnum(DECIDING_VOTE, DecidingVote.class);
    ItemVariables.of(task).setDecidingVote(vote);
  }
}
