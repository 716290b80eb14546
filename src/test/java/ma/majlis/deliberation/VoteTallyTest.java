package ma.majlis.deliberation;

import static ma.majlis.deliberation.VoteChoice.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class VoteTallyTest {

  @Test
  void countsEachChoiceOfTheStoredVotes() {
    assertThat(VoteTally.count(List.of(FOR, AGAINST, FOR, ABSTAIN, FOR))).isEqualTo(new VoteTally(3, 1, 1));
    assertThat(VoteTally.count(List.of())).isEqualTo(new VoteTally(0, 0, 0));
  }

  @Test
  void aTallyCannotExceedTheEligibleVoters() {
    assertThat(new VoteTally(5, 3, 2).fitsWithin(10)).isTrue();
    assertThat(new VoteTally(5, 3, 2).fitsWithin(9)).isFalse();
    assertThat(new VoteTally(0, 0, 0).fitsWithin(0)).isTrue();
  }

  @Test
  void votesCannotBeNegative() {
    assertThatThrownBy(() -> new VoteTally(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
