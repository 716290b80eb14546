package ma.majlis.presentation;

import java.util.List;

import static ma.majlis.process.SharedVariables.SESSION_KEY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;

import static ma.majlis.presentation.PresentationVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The typed access to presentation-review's variables: the defaults the steps rely on, whatever the wire type. */
class PresentationVariablesTest {

  @Test
  void theSessionKeyIsTheVariableElseTheBusinessKeyInheritedFromTheSession() {
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getProcessBusinessKey()).thenReturn("CA-2021-S2");
    assertThat(PresentationVariables.of(execution).sessionKey()).isEqualTo("CA-2021-S2");
    when(execution.getVariable(SESSION_KEY)).thenReturn(" CA-2022-S1 ");
    assertThat(PresentationVariables.of(execution).sessionKey()).isEqualTo("CA-2022-S1");
  }

  @Test
  void numbersAreReadWhateverTheirWireTypeAndCountersStartAtZero() {
    FakeTask task = new FakeTask(TaskListener.EVENTNAME_COMPLETE, null).with(ITEM_INDEX, 2L)
        .with(DURATION_MINUTES, 45.0).with(REVISION_ROUND, 3);
    PresentationVariables vars = PresentationVariables.of(task.task);
    assertThat(vars.itemIndex()).isEqualTo(2);
    assertThat(vars.durationMinutes()).isEqualTo(45);
    assertThat(vars.revisionRound()).isEqualTo(3);
    assertThat(vars.draftRound()).isZero();
    assertThat(vars.approvedAt()).isNull();
    assertThat(vars.remarksHistory().toString()).isEqualTo("[]");
  }

  @Test
  void anItemWithoutPositionHasNoIndexAndAnUndraftedDurationSaysWhatIsMissing() {
    PresentationVariables vars = PresentationVariables.of(new FakeTask(TaskListener.EVENTNAME_COMPLETE, null).task);
    assertThat(vars.itemIndex()).isNull();
    assertThatThrownBy(vars::durationMinutes).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("durationMinutes: ");
  }

  @Test
  void anOlderReviewsApprovalIsReadFromItsVariables() {
    java.util.Date at = new java.util.Date(0);
    FakeTask task = new FakeTask(TaskListener.EVENTNAME_COMPLETE, null).with(APPROVED_BY, "chair")
        .with(APPROVED_BY_ROLE, "CHAIR").with(APPROVED_AT, at);
    PresentationVariables vars = PresentationVariables.of(task.task);
    assertThat(List.of(vars.approvedBy(), vars.approvedByRole())).containsExactly("chair", "CHAIR");
    assertThat(vars.approvedAt()).isEqualTo(at);
  }
}
