package ma.majlis.deliberation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;

import static ma.majlis.deliberation.DeliberationVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.spin.Spin.JSON;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The typed access to the deliberation's variables: what the gateways and the next steps read. */
class ItemVariablesTest {

  private final Map<String, Object> variables = new HashMap<>();
  private final Map<String, Object> local = new HashMap<>();
  private final DelegateTask task = mock(DelegateTask.class);

  ItemVariablesTest() {
    when(task.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
    when(task.getVariableLocal(anyString())).thenAnswer(call -> local.get(call.<String>getArgument(0)));
    doAnswer(call -> variables.put(call.getArgument(0), unwrap(call.getArgument(1))))
        .when(task).setVariable(anyString(), any());
    doAnswer(call -> local.put(call.getArgument(0), unwrap(call.getArgument(1))))
        .when(task).setVariableLocal(anyString(), any());
  }

  private static Object unwrap(Object value) {
    if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      return JSON(serializable.getValueSerialized());
    }
    return value instanceof TypedValue typed ? typed.getValue() : value;
  }

  @Test
  void theQuorumIsMissingOnlyWhenTheDecisionSaidSo() {
    ItemVariables vars = ItemVariables.of(task);
    assertThat(vars.quorumMissing()).isFalse();
    variables.put(QUORUM_REACHED, true);
    assertThat(vars.quorumMissing()).isFalse();
    variables.put(QUORUM_REACHED, false);
    assertThat(vars.quorumMissing()).isTrue();
  }

  @Test
  void anAmendedTextIsVotedInTheNextRoundWithoutThePreviousCastingVote() {
    ItemVariables vars = ItemVariables.of(task);
    vars.setDecidingVote(DecidingVote.AGAINST);
    assertThat(variables).containsEntry(CASTING_VOTE, "AGAINST").containsEntry(OUTCOME, "REJECTED");
    assertThat(vars.castingVote()).isEqualTo("AGAINST");
    vars.startVoteRound(2);
    assertThat(vars.voteRound()).isEqualTo(2);
    assertThat(vars.castingVote()).isNull();
    assertThat(variables).containsEntry(DECIDING_VOTE, null);
  }

  @Test
  void eachBallotCarriesItsItemAndABallotWithoutOneFallsBackToTheAgendaItem() {
    ItemVariables vars = ItemVariables.of(task);
    vars.setBallots(List.of(new Ballot("member01", null), new Ballot("member03", "member07")), 4);
    org.camunda.spin.json.SpinJsonNode ballots = (org.camunda.spin.json.SpinJsonNode) variables.get(BALLOTS);
    assertThat(ballots.elements()).hasSize(2);
    assertThat(ballots.elements().get(1).prop(ON_BEHALF_OF).stringValue()).isEqualTo("member07");
    assertThat(vars.ballotItemIndex(ballots.elements().get(1))).isEqualTo(4);
    // a ballot issued before ballots carried their item: the item is read from agendaItem
    variables.put(AGENDA_ITEM, JSON("{\"itemIndex\": 5, \"title\": \"Draft budget 2022\"}"));
    assertThat(vars.ballotItemIndex(new Ballot("member01", null).toJson())).isEqualTo(5);
  }
}
