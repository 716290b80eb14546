package ma.majlis.deliberation;

import static ma.majlis.deliberation.DeliberationVariables.*;

import ma.majlis.platform.Inputs;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The chair's casting vote on a tie (rule 5): FOR adopts, AGAINST rejects; it is recorded as the casting vote. */
@Component
public class CastDecidingVoteCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    DecidingVote vote = Inputs.of(task).requiredEnum(DECIDING_VOTE, DecidingVote.class);
    task.setVariable(DECIDING_VOTE, vote.name());
    task.setVariable(CASTING_VOTE, vote.name());
    task.setVariable(OUTCOME, vote.outcome());
  }
}
