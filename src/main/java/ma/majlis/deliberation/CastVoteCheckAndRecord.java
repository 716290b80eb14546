package ma.majlis.deliberation;

import ma.majlis.platform.CurrentUser;
import static ma.majlis.deliberation.DeliberationVariables.ON_BEHALF_OF;
import static ma.majlis.deliberation.DeliberationVariables.VOTE;

import ma.majlis.platform.InputRejectedException;
import ma.majlis.platform.Inputs;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Records one roll-call vote. Refused when the user completing the task is not the voter it is assigned to,
 * when the voter holds no such ballot (e.g. a proxy nobody gave), or when the mandate has already voted. The
 * vote is stored in the vote book in the completion's transaction. The submitted variable is transient when it
 * comes from Tasklist or the REST API, and removed otherwise ({@link ItemVariables#discardSubmittedVote}).
 */
@Component
public class CastVoteCheckAndRecord implements TaskListener {

  private final VoteBook voteBook;

  public CastVoteCheckAndRecord(VoteBook voteBook) {
    this.voteBook = voteBook;
  }

  @Override
  public void notify(DelegateTask task) {
    // read from the ballot's execution: the task itself has no variable of its own (reading through it would load
    // its empty list first)
    VoteChoice vote = Inputs.of(task.getExecution()).requiredEnum(VOTE, VoteChoice.class);
    String voter = task.getAssignee();
    if (voter == null) {
      throw InputRejectedException.of(VOTE, "error.vote.unassigned");
    }
    String authenticated = CurrentUser.authenticated(task);
    if (authenticated != null && !authenticated.equals(voter)) {
      throw InputRejectedException.of(VOTE, "error.vote.notYours", voter, authenticated);
    }
    // the mandate this task votes for: its ballot (the loop's element, which assigned it); the vote book accepts it
    // only if that ballot was issued to this voter and is not cast yet
    ItemVariables vars = ItemVariables.of(task.getExecution());
    SpinJsonNode issued = vars.ballot();
    Ballot ballot = new Ballot(voter, Inputs.text(issued, ON_BEHALF_OF));
    try {
      voteBook.cast(vars.sessionKey(), vars.ballotItemIndex(issued), vars.voteRound(), ballot, vote);
    } catch (VoteBook.VoteRefusedException e) {
      throw InputRejectedException.of(VOTE, e.key(), e.args());
    }
    vars.discardSubmittedVote();
  }
}
