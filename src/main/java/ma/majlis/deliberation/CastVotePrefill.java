package ma.majlis.deliberation;

import static ma.majlis.deliberation.DeliberationVariables.*;

import ma.majlis.platform.Inputs;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * Gives each Cast vote task its ballot's variables: {@code voterId} and {@code onBehalfOf} (null unless the
 * vote is cast under a proxy) local to the task, where completion variables cannot change them; and
 * {@code vote} local to the ballot's own execution, where the completion puts the submitted vote, so that the
 * parallel ballots never overwrite each other's vote.
 */
@Component
public class CastVotePrefill implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    ItemVariables vars = ItemVariables.of(task);
    SpinJsonNode ballot = vars.ballot();
    if (ballot == null) {
      throw new IllegalStateException("ballot: the Cast vote task was created without its ballot");
    }
    vars.setBallotHolder(Inputs.text(ballot, VOTER_ID), Inputs.text(ballot, ON_BEHALF_OF));
    ItemVariables.of(task.getExecution()).clearVoteLocal();
  }
}
