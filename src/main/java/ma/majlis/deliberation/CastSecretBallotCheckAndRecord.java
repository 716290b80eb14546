package ma.majlis.deliberation;

import ma.majlis.platform.CurrentUser;
import static ma.majlis.deliberation.DeliberationVariables.ON_BEHALF_OF;
import static ma.majlis.deliberation.DeliberationVariables.SECRET_BALLOT;

import java.util.Arrays;

import ma.majlis.platform.InputRejectedException;
import ma.majlis.platform.Inputs;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Casts one secret ballot into the ballot box. The choice must arrive as a transient variable (Tasklist's submission
 * is made one by {@code platform/RestInputGuard}, from the task's {@code majlis.secretVariables}): a choice sent any
 * other way would be written to the engine's history with the task, so it is refused and the whole completion rolled
 * back. Refused too: a user who is not the ballot's holder, a ballot already cast. No message names the choice.
 */
@Component
public class CastSecretBallotCheckAndRecord implements TaskListener {

  private final SecretBallotBox box;

  public CastSecretBallotCheckAndRecord(SecretBallotBox box) {
    this.box = box;
  }

  @Override
  public void notify(DelegateTask task) {
    ItemVariables vars = ItemVariables.of(task);
    TypedValue submitted = vars.secretBallot();
    if (submitted == null || submitted.getValue() == null) {
      throw InputRejectedException.of(SECRET_BALLOT, "error.secretBallot.required");
    }
    if (!submitted.isTransient()) {
      throw InputRejectedException.of(SECRET_BALLOT, "error.secretBallot.transient");
    }
    VoteChoice choice;
    try {
      choice = VoteChoice.valueOf(submitted.getValue().toString());
    } catch (IllegalArgumentException e) {
      throw InputRejectedException.of(SECRET_BALLOT, "error.input.oneOf", Arrays.toString(VoteChoice.values()),
          Inputs.quoted(submitted.getValue()));
    }
    String voter = task.getAssignee();
    if (voter == null) {
      throw InputRejectedException.of(SECRET_BALLOT, "error.secretBallot.unassigned");
    }
    String authenticated = CurrentUser.authenticated(task);
    if (authenticated != null && !authenticated.equals(voter)) {
      throw InputRejectedException.of(SECRET_BALLOT, "error.secretBallot.holder", voter);
    }
    // the mandate this task votes for: its ballot (the loop's element, which assigned it); the ballot box accepts it
    // only if that ballot was issued to this voter and is not cast yet
    SpinJsonNode issued = vars.ballot();
    Ballot ballot = new Ballot(voter, Inputs.text(issued, ON_BEHALF_OF));
    try {
      box.cast(vars.sessionKey(), vars.ballotItemIndex(issued), vars.voteRound(), ballot, choice);
    } catch (VoteBook.VoteRefusedException e) {
      throw InputRejectedException.of(SECRET_BALLOT, e.key(), e.args());
    }
  }
}
