package ma.majlis.followup;

import ma.majlis.process.MessageNames;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;

import static ma.majlis.followup.FollowUpVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.spin.Spin.JSON;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The typed access to resolution-follow-up's variables: what the assignment writes, the delegates read back. */
class FollowUpVariablesTest {

  private final Map<String, Object> variables = new HashMap<>();
  private final DelegateExecution execution = mock(DelegateExecution.class);

  FollowUpVariablesTest() {
    when(execution.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
    doAnswer(call -> variables.put(call.getArgument(0), unwrap(call.getArgument(1))))
        .when(execution).setVariable(anyString(), any());
  }

  /** A Json value as the engine would read it back (a Spin node), any other typed value as its value. */
  private static Object unwrap(Object value) {
    if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      return JSON(serializable.getValueSerialized());
    }
    return value instanceof TypedValue typed ? typed.getValue() : value;
  }

  @Test
  void theAssignmentIsReadBackInTheContractsTypes() {
    FollowUpVariables vars = FollowUpVariables.of(execution);
    Date overdue = AssignFollowUpCheckAndRecord.overdueFrom(LocalDate.of(2022, 6, 30));
    vars.setOwner("dg");
    vars.setDueDate(LocalDate.of(2022, 6, 30), overdue);
    vars.setActions(List.of("Launch Jisr", "Open the spaces"));

    // the contract's types: the due date as ISO text for forms and integrators, a Date for the timer
    assertThat(variables).containsEntry(DUE_DATE, "2022-06-30").containsEntry(DUE_DATE_TIME, overdue);
    assertThat(vars.owner()).isEqualTo("dg");
    assertThat(vars.dueDate()).isEqualTo(LocalDate.of(2022, 6, 30));
    assertThat(vars.actionsJson()).isEqualTo("[\"Launch Jisr\",\"Open the spaces\"]");
  }

  @Test
  void aFollowUpWithoutItsResolutionOrDueDateSaysWhichVariableIsMissing() {
    FollowUpVariables vars = FollowUpVariables.of(execution);
    assertThatThrownBy(vars::resolutionNumber).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("resolutionNumber: ").hasMessageContaining(MessageNames.RESOLUTION_ADOPTED);
    assertThatThrownBy(vars::dueDate).isInstanceOf(IllegalStateException.class).hasMessageStartingWith("dueDate: ");
  }
}
