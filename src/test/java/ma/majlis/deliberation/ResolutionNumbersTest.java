package ma.majlis.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ResolutionNumbersTest {

  @Test
  void numbersAreTheSessionKeyAndTwoDigitsInOrderOfRegistration() {
    assertThat(ResolutionNumbers.next("CA-2021-S2", List.of())).isEqualTo("CA-2021-S2-R01");
    assertThat(ResolutionNumbers.next("CA-2021-S2", List.of("CA-2021-S2-R01", "CA-2021-S2-R02"))).isEqualTo("CA-2021-S2-R03");
    assertThat(ResolutionNumbers.format("CA-2021-S2", 12)).isEqualTo("CA-2021-S2-R12");
  }

  @Test
  void theNextNumberFollowsTheHighestAndIgnoresOtherSessions() {
    assertThat(ResolutionNumbers.next("CA-2021-S2", List.of("CA-2021-S2-R03", "CA-2021-S2-R01"))).isEqualTo("CA-2021-S2-R04");
    assertThat(ResolutionNumbers.next("CA-2021-S2", List.of("CA-2021-S1-R07", "CQI-2021-S2-R01"))).isEqualTo("CA-2021-S2-R01");
    assertThat(ResolutionNumbers.next("CA-2021-S1", List.of("CA-2021-S12-R05"))).isEqualTo("CA-2021-S1-R01");
  }

  @Test
  void aSessionWithMoreThanNinetyNineResolutionsKeepsCounting() {
    assertThat(ResolutionNumbers.next("CA-2021-S2", List.of("CA-2021-S2-R99"))).isEqualTo("CA-2021-S2-R100");
  }

  @Test
  void sequencesStartAtOne() {
    assertThatThrownBy(() -> ResolutionNumbers.format("CA-2021-S2", 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
