package ma.majlis.deliberation;

import static ma.majlis.deliberation.DeliberationVariables.*;

import ma.majlis.platform.Inputs;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/** Gives each "Cast your secret ballot" task its holder ({@code voterId}) and mandate ({@code onBehalfOf}), local. */
@Component
public class CastSecretBallotPrefill implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    ItemVariables vars = ItemVariables.of(task);
    SpinJsonNode ballot = vars.ballot();
    if (ballot == null) {
      throw new IllegalStateException("ballot: the secret ballot task was created without its ballot");
    }
    vars.setBallotHolder(Inputs.text(ballot, VOTER_ID), Inputs.text(ballot, ON_BEHALF_OF));
  }
}
