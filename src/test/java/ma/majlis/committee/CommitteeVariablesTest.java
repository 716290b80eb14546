package ma.majlis.committee;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;

import static ma.majlis.committee.CommitteeVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.spin.Spin.JSON;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The typed access to committee-establishment's variables: what the checks write, the delegates read back. */
class CommitteeVariablesTest {

  private final Map<String, Object> variables = new HashMap<>();
  private final DelegateExecution execution = mock(DelegateExecution.class);

  CommitteeVariablesTest() {
    when(execution.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
    doAnswer(call -> variables.put(call.getArgument(0), unwrap(call.getArgument(1))))
        .when(execution).setVariable(anyString(), any());
  }

  private static Object unwrap(Object value) {
    if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      return JSON(serializable.getValueSerialized());
    }
    return value instanceof TypedValue typed ? typed.getValue() : value;
  }

  @Test
  void theProposalAndTheMeetingAreReadBackInTheContractsTypes() {
    CommitteeVariables vars = CommitteeVariables.of(execution);
    vars.setCommitteeCode("CQI");
    vars.setBoardMembers(List.of("member01", "member02"));
    vars.setExternalMembers(List.of(new ExternalMember("Amal", "Jisr", "amal@example.org")));
    vars.setReportingRhythm(ReportingRhythm.QUARTERLY);
    vars.setPlannedStart(LocalDateTime.of(2022, 3, 1, 10, 0));
    vars.setFormat(MeetingFormat.HYBRID);

    // the contract's types: enums and the start as text (board-session's start variables)
    assertThat(variables).containsEntry(REPORTING_RHYTHM, "QUARTERLY").containsEntry(PLANNED_START, "2022-03-01T10:00")
        .containsEntry(FORMAT, "HYBRID");
    assertThat(vars.committeeCode()).isEqualTo("CQI");
    assertThat(vars.boardMembers()).containsExactly("member01", "member02");
    assertThat(vars.externalMembers()).containsExactly(new ExternalMember("Amal", "Jisr", "amal@example.org"));
    assertThat(vars.reportingRhythm()).isEqualTo(ReportingRhythm.QUARTERLY);
    assertThat(vars.plannedStart()).isEqualTo("2022-03-01T10:00");
  }

  @Test
  void aMissingCodeSaysWhichVariable() {
    assertThatThrownBy(() -> CommitteeVariables.of(execution).committeeCode())
        .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("committeeCode: ");
  }
}
