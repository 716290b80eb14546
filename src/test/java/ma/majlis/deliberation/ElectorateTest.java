package ma.majlis.deliberation;

import static ma.majlis.deliberation.AttendanceEntry.absent;
import static ma.majlis.deliberation.AttendanceEntry.present;
import static ma.majlis.deliberation.AttendanceEntry.represented;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ElectorateTest {

  // the seed session: chair + member01..08 present, member10 represented by member01, member09 and member11 absent
  static final List<AttendanceEntry> SEED = List.of(present("chair"), present("member01"), present("member02"),
      present("member03"), present("member04"), present("member05"), present("member06"), present("member07"),
      present("member08"), absent("member09"), represented("member10", "member01"), absent("member11"));

  @Test
  void onePresentVoterOneBallotAndTheProxyHolderCastsTheRepresentedMembersVote() {
    Electorate e = Electorate.of(SEED, List.of());
    assertThat(e.ballots()).hasSize(10)
        .contains(new Ballot("member01", null), new Ballot("member01", "member10"))
        .noneMatch(b -> b.voterId().equals("member09") || b.voterId().equals("member10"));
    assertThat(List.of(e.present(), e.represented(), e.recused(), e.eligibleVoters())).containsExactly(9, 1, 0, 10);
  }

  @Test
  void aRecusedMemberGetsNoBallotAndIsNotAnEligibleVoter() {
    Electorate e = Electorate.of(SEED, List.of("member03"));
    assertThat(e.ballots()).hasSize(9).noneMatch(b -> b.mandateId().equals("member03"));
    assertThat(List.of(e.present(), e.represented(), e.recused(), e.eligibleVoters())).containsExactly(9, 1, 1, 9);
  }

  @Test
  void aRecusedRepresentedMemberHasNoVoteCastForThem() {
    Electorate e = Electorate.of(SEED, List.of("member10"));
    assertThat(e.ballots()).hasSize(9).containsOnlyOnce(new Ballot("member01", null))
        .doesNotContain(new Ballot("member01", "member10"));
  }

  @Test
  void aRecusedProxyHolderTakesNoPartInTheVoteAtAll() {
    Electorate e = Electorate.of(SEED, List.of("member01"));
    assertThat(e.ballots()).hasSize(8).noneMatch(b -> b.voterId().equals("member01"));
  }

  @Test
  void onlyAMemberPresentOrRepresentedCanBeRecused() {
    assertThatThrownBy(() -> Electorate.of(SEED, List.of("member09")))
        .hasMessage("member09 is not a member present or represented at this session");
    assertThatThrownBy(() -> Electorate.of(SEED, List.of("stranger")))
        .hasMessage("stranger is not a member present or represented at this session");
  }

  @Test
  void aMandateIsTheRepresentedMemberWhenVotingUnderAProxy() {
    assertThat(new Ballot("member01", "member10").mandateId()).isEqualTo("member10");
    assertThat(new Ballot("member01", null).mandateId()).isEqualTo("member01");
  }

  // ---- issue #15: members who come and go --------------------------------------------------------------------

  @Test
  void aMemberWhoLeavesHoldsNoBallotAndTheProxyHeHeldEndsWithHim() {
    List<AttendanceEntry> after = Electorate.after(SEED, List.of(new Electorate.Movement("member01", true)));
    Electorate e = Electorate.of(after, List.of());
    assertThat(e.ballots()).hasSize(8).noneMatch(b -> b.voterId().equals("member01") || b.mandateId().equals("member10"));
    assertThat(List.of(e.present(), e.represented(), e.eligibleVoters())).containsExactly(8, 0, 8);
    assertThat(after).contains(absent("member01"), absent("member10"));
  }

  @Test
  void aMemberWhoArrivesVotesAndARepresentedMemberWhoArrivesVotesHimself() {
    List<AttendanceEntry> after = Electorate.after(SEED, List.of(new Electorate.Movement("member09", false),
        new Electorate.Movement("member10", false)));
    Electorate e = Electorate.of(after, List.of());
    assertThat(e.ballots()).hasSize(11).contains(new Ballot("member09", null), new Ballot("member10", null))
        .doesNotContain(new Ballot("member01", "member10"));
    assertThat(List.of(e.present(), e.represented(), e.eligibleVoters())).containsExactly(11, 0, 11);
  }

  @Test
  void onlyAMemberPresentLeavesAndOnlyAConvenedMemberNotPresentArrives() {
    assertThatThrownBy(() -> Electorate.after(SEED, List.of(new Electorate.Movement("member09", true))))
        .hasMessage("member09 is not present, so cannot leave");
    assertThatThrownBy(() -> Electorate.after(SEED, List.of(new Electorate.Movement("member10", true))))
        .hasMessage("member10 is not present, so cannot leave");
    assertThatThrownBy(() -> Electorate.after(SEED, List.of(new Electorate.Movement("member02", false))))
        .hasMessage("member02 is already present, so cannot arrive");
    assertThatThrownBy(() -> Electorate.after(SEED, List.of(new Electorate.Movement("stranger", false))))
        .hasMessage("stranger is not a member convened to this session");
  }

  @Test
  void movementsOfEarlierItemsAccumulate() {
    List<AttendanceEntry> after = Electorate.after(SEED, List.of(new Electorate.Movement("member02", true),
        new Electorate.Movement("member02", false), new Electorate.Movement("member03", true)));
    assertThat(after).contains(present("member02"), absent("member03"));
  }
}
