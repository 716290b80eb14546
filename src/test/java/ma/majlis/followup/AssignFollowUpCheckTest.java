package ma.majlis.followup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.spin.Spin.JSON;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class AssignFollowUpCheckTest {

  @Test
  void anOwnerIsRequired() {
    DelegateTask task = mock(DelegateTask.class);
    when(task.getVariable(FollowUpVariables.OWNER)).thenReturn("  ");

    assertThatThrownBy(() -> new AssignFollowUpCheckAndRecord(null).notify(task))
        .hasMessage("owner: is required and must not be blank");
  }

  @Test
  void theDueDateMayBeTodayButNotInThePast() {
    LocalDate today = LocalDate.of(2021, 12, 27);
    assertThat(AssignFollowUpCheckAndRecord.checkDueDate(today, today)).isEqualTo(today);
    assertThatThrownBy(() -> AssignFollowUpCheckAndRecord.checkDueDate(today.minusDays(1), today))
        .hasMessage("dueDate: must not be in the past (today is 2021-12-27), got 2021-12-26");
  }

  @Test
  void theFollowUpIsOverdueFromTheDayAfterItsDueDate() {
    assertThat(AssignFollowUpCheckAndRecord.overdueFrom(LocalDate.of(2022, 6, 30)).toInstant())
        .isEqualTo(LocalDateTime.of(2022, 7, 1, 0, 0).atZone(ZoneId.systemDefault()).toInstant());
  }

  @Test
  void actionsArePlainTextsOrDynamicListRowsAndAtLeastOne() {
    assertThat(AssignFollowUpCheckAndRecord.actions(JSON("[\"Launch Jisr\",{\"action\":\"Open the spaces\"}]")))
        .containsExactly("Launch Jisr", "Open the spaces");
    assertThatThrownBy(() -> AssignFollowUpCheckAndRecord.actions(JSON("[]"))).hasMessage("actions: must list at least one action");
    assertThatThrownBy(() -> AssignFollowUpCheckAndRecord.actions(JSON("[\"Launch Jisr\",\" \"]")))
        .hasMessage("actions: action 2 must be a non-blank text");
  }
}
