package ma.majlis.deliberation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Gives each Cast vote task's ballot execution its own {@code vote}, where the completion puts the submitted vote, so
 * that the parallel ballots never overwrite each other's vote. Whose vote the task casts is its ballot's (the loop's
 * element, read by {@link CastVoteCheckAndRecord}); the form shows it from there ({@link BallotCaptions}).
 */
@Component
public class CastVotePrefill implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (ItemVariables.of(task).ballot() == null) {
      throw new IllegalStateException("ballot: the Cast vote task was created without its ballot");
    }
    ItemVariables.of(task.getExecution()).clearVoteLocal();
  }
}
