package ma.majlis.budget;

import ma.majlis.process.MessageNames;

import static ma.majlis.process.SharedVariables.SESSION_KEY;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;

import static ma.majlis.budget.BudgetVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.spin.Spin.JSON;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The typed access to budget-approval's variables: the names and types of the contract, and what a gap says. */
class BudgetVariablesTest {

  private final Map<String, Object> variables = new HashMap<>();
  private final DelegateExecution execution = mock(DelegateExecution.class);

  BudgetVariablesTest() {
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
  void readsTheStartVariablesAndTheSubmittedLines() {
    variables.put(RESOLUTION_NUMBER, "CA-2021-S2-R02");
    variables.put(SESSION_KEY, "CA-2021-S2");
    variables.put(BUDGET_LINES, JSON("[{\"heading\":\"Staff\",\"type\":\"EXPENDITURE\",\"amount\":10}]"));
    BudgetVariables vars = BudgetVariables.of(execution);
    assertThat(vars.resolutionNumber()).isEqualTo("CA-2021-S2-R02");
    assertThat(vars.sessionKey()).isEqualTo("CA-2021-S2");
    assertThat(vars.remarks()).isNull();
    assertThat(vars.budgetLinesJson()).isEqualTo("[{\"heading\":\"Staff\",\"type\":\"EXPENDITURE\",\"amount\":10}]");
  }

  @Test
  void aMissingResolutionNumberSaysWhichVariableAndWhichMessageStartsTheProcess() {
    assertThatThrownBy(() -> BudgetVariables.of(execution).resolutionNumber())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("resolutionNumber: ")
        .hasMessageContaining(MessageNames.BUDGET_ADOPTED);
  }

  @Test
  void writesTheDecisionAsTheGatewayReadsItAndTheLinesAsJson() {
    BudgetVariables vars = BudgetVariables.of(execution);
    vars.setDecision(BudgetDecision.REQUEST_CHANGES);
    vars.setRemarks(null);
    vars.setBudgetLines(JSON("[]"));
    vars.setAmendedBudgetItemId(7L);
    assertThat(variables).containsEntry(DECISION, "REQUEST_CHANGES").containsEntry(REMARKS, null)
        .containsEntry(AMENDED_BUDGET_ITEM_ID, 7L);
    assertThat(variables.get(BUDGET_LINES).toString()).isEqualTo("[]");
  }
}
