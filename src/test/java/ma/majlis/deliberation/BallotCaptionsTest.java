package ma.majlis.deliberation;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;

import ma.majlis.language.Language;
import ma.majlis.platform.ShownTask;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a ballot's form says of whose vote it is: the task's ballot read when the form is read, the member
 * represented for a proxy's ballot, a Null value (as the form's condition expects) for the voter's own.
 */
class BallotCaptionsTest {

  @Test
  void aProxysBallotNamesTheMemberRepresentedAndAVotersOwnShowsNone() {
    Map<String, TypedValue> proxy = shown("Task_CastVote", new Ballot("member01", "member10"));
    assertThat(proxy.get("onBehalfOf").getValue()).isEqualTo("member10");
    assertThat(proxy.get("onBehalfOf").getType()).isEqualTo(ValueType.STRING);

    Map<String, TypedValue> own = shown("Task_CastSecretBallot", new Ballot("member01", null));
    assertThat(own).containsKey("onBehalfOf");
    assertThat(own.get("onBehalfOf").getType()).isEqualTo(ValueType.NULL);

    assertThat(shown("Task_RecordDebate", new Ballot("member01", "member10"))).isEmpty();
  }

  @Test
  void aBallotHeldAsItsJsonTextReadsAsAJsonBallot() {
    // the tasks' ballots are String variables (BallotElements); a task created before holds a Json one
    Map<String, TypedValue> proxy = shown("Task_CastVote", new Ballot("member01", "member10").toJson().toString());
    assertThat(proxy.get("onBehalfOf").getValue()).isEqualTo("member10");
    Map<String, TypedValue> own = shown("Task_CastVote", new Ballot("member01", null).toJson().toString());
    assertThat(own.get("onBehalfOf").getType()).isEqualTo(ValueType.NULL);
  }

  private static Map<String, TypedValue> shown(String step, Ballot ballot) {
    return shown(step, (Object) ballot.toJson());
  }

  private static Map<String, TypedValue> shown(String step, Object ballot) {
    Map<String, TypedValue> shown = new HashMap<>();
    new BallotCaptions().addTo(shown, new ShownTask("task-1", step, "member01", "CA-2021-S2",
        name -> "ballot".equals(name) ? ballot : null), Language.FR);
    return shown;
  }
}
