package ma.majlis.deliberation;

import ma.majlis.process.TaskIds;

import static ma.majlis.deliberation.DeliberationVariables.BALLOT;
import static ma.majlis.deliberation.DeliberationVariables.ON_BEHALF_OF;

import java.util.Map;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

import ma.majlis.language.Language;
import ma.majlis.platform.Inputs;
import ma.majlis.platform.ShownTask;
import ma.majlis.platform.ShownValues;

/**
 * Whose vote a ballot's task casts, as "Cast your vote" and "Cast your secret ballot" show it: {@code onBehalfOf},
 * the member who gave the voter his proxy (a {@code Null} value for the voter's own ballot), taken from the task's
 * ballot when the form is read ({@link ShownValues}), never stored on the task. The checks read the same ballot
 * ({@link CastVoteCheckAndRecord}, {@link CastSecretBallotCheckAndRecord}).
 */
@Component
public class BallotCaptions implements ShownValues {

  @Override
  public void addTo(Map<String, TypedValue> shown, ShownTask task, Language language) {
    if (!TaskIds.CAST_VOTE.equals(task.definitionKey()) && !TaskIds.CAST_SECRET_BALLOT.equals(task.definitionKey())) {
      return;
    }
    String onBehalfOf = Inputs.text(BallotElements.node(task.variable(BALLOT)), ON_BEHALF_OF);
    shown.put(ON_BEHALF_OF, onBehalfOf == null ? Variables.untypedNullValue() : Variables.stringValue(onBehalfOf));
  }
}
