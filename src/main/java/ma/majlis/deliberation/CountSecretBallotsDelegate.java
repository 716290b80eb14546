package ma.majlis.deliberation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Publishes the count of the secret ballots once the last one is in: the tally, from the ballot box's counters. */
@Component
public class CountSecretBallotsDelegate implements JavaDelegate {

  private final SecretBallotBox box;

  public CountSecretBallotsDelegate(SecretBallotBox box) {
    this.box = box;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ItemVariables vars = ItemVariables.of(execution);
    vars.setTally(box.count(vars.sessionKey(), vars.item().itemIndex(), vars.voteRound()));
  }
}
