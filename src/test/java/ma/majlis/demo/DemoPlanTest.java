package ma.majlis.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's sessions are keyed by the year they are held in, whatever day the demo is first started. */
class DemoPlanTest {

  @Test
  void theClosedSessionIsTheSecondOf2021HeldOn24December() {
    DemoPlan plan = DemoPlan.standard(LocalDate.of(2026, 11, 29));
    assertThat(plan.closedSession()).isEqualTo("CA-2021-S2");
    assertThat(plan.december(24, 10, 0)).isEqualTo(LocalDateTime.of(2021, 12, 24, 10, 0));
    assertThat(plan.inauguralSession()).isEqualTo("CQI-2022-S1");
    assertThat(plan.inauguralStart().getYear()).isEqualTo(2022);
  }

  @Test
  void sessionsInProgressInOneYearAreItsFirstAndSecond() {
    DemoPlan plan = DemoPlan.standard(LocalDate.of(2026, 3, 1));
    assertThat(plan.next().plannedStart()).isEqualTo(LocalDateTime.of(2026, 3, 22, 10, 0));
    assertThat(plan.nextSession()).isEqualTo("CA-2026-S1");
    assertThat(plan.extraordinary().plannedStart()).isEqualTo(LocalDateTime.of(2026, 4, 5, 10, 0));
    assertThat(plan.extraordinarySession()).isEqualTo("CA-2026-S2");
  }

  @Test
  void aSessionHeldAfterNewYearIsTheFirstOfTheNewYear() {
    DemoPlan plan = DemoPlan.standard(LocalDate.of(2026, 11, 29));
    assertThat(plan.nextSession()).as("held on 20 December 2026").isEqualTo("CA-2026-S1");
    assertThat(plan.extraordinary().plannedStart()).isEqualTo(LocalDateTime.of(2027, 1, 3, 10, 0));
    assertThat(plan.extraordinarySession()).isEqualTo("CA-2027-S1");
    assertThat(plan.owns("CA-2027-S1")).isTrue();
    assertThat(plan.owns("CA-2022-S1")).isFalse();
  }
}
