package ma.majlis.deliberation;

import ma.majlis.support.H2Database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The register on the real migrations (H2 in memory). */
class ResolutionRegisterTest {

  JdbcTemplate jdbc;
  ResolutionRegister register;

  @BeforeEach
  void setUp() {
    jdbc = H2Database.migrated();
    register = new ResolutionRegister(jdbc);
  }

  static Resolution draft(int item, int round, String outcome) {
    return Resolution.draft("CA-2021-S2", item, round, "Item " + item, "BUDGET", "Text " + item, "TALLY",
        new VoteTally(10, 0, 0), "[]", null, outcome);
  }

  @Test
  void numbersResolutionsInOrderOfRegistrationWithinTheSession() {
    assertThat(register.nextNumber("CA-2021-S2")).isEqualTo("CA-2021-S2-R01");
    assertThat(register.register(draft(3, 1, "ADOPTED")).number()).isEqualTo("CA-2021-S2-R01");
    assertThat(register.register(draft(4, 1, "ADOPTED")).number()).isEqualTo("CA-2021-S2-R02");
    assertThat(register.register(Resolution.draft("CA-2022-S1", 1, 1, "Other", "OTHER", "T", "TALLY",
        new VoteTally(1, 0, 0), "[]", null, "ADOPTED")).number()).isEqualTo("CA-2022-S1-R01");
    assertThat(register.forSession("CA-2021-S2")).extracting(Resolution::number)
        .containsExactly("CA-2021-S2-R01", "CA-2021-S2-R02");
  }

  @Test
  void aRetriedRegistrationReturnsTheRegisteredResolutionAndInsertsNothing() {
    Resolution first = register.register(draft(3, 1, "ADOPTED"));
    Resolution again = register.register(draft(3, 1, "ADOPTED"));
    assertThat(again.number()).isEqualTo(first.number());
    assertThat(jdbc.queryForObject("select count(*) from resolution", Integer.class)).isEqualTo(1);
    // a new vote round on the same item is a new resolution
    assertThat(register.register(draft(3, 2, "REJECTED")).number()).isEqualTo("CA-2021-S2-R02");
  }

  @Test
  void aCorrectionSupersedesTheOldResolutionWhichIsOtherwiseUnchanged() {
    Resolution old = register.register(draft(3, 1, "ADOPTED"));
    Resolution correction = register.supersede(old.number(), Resolution.draft("CA-2021-S2", 3, 9, "Item 3", "BUDGET",
        "Corrected text", "TALLY", new VoteTally(10, 0, 0), "[]", null, "ADOPTED"));

    assertThat(correction.number()).isEqualTo("CA-2021-S2-R02");
    Resolution reread = register.find(old.number()).orElseThrow();
    assertThat(reread.supersededBy()).isEqualTo("CA-2021-S2-R02");
    assertThat(reread.finalText()).isEqualTo("Text 3");
    assertThatThrownBy(() -> register.supersede(old.number(), draft(3, 10, "ADOPTED")))
        .hasMessage("CA-2021-S2-R01 is already superseded by CA-2021-S2-R02");
    assertThatThrownBy(() -> register.supersede("CA-2021-S2-R77", draft(3, 11, "ADOPTED")))
        .hasMessage("no resolution CA-2021-S2-R77 to supersede");
  }

  @Test
  void theTableRefusesAnOutcomeOtherThanAdoptedOrRejected() {
    assertThatThrownBy(() -> register.register(draft(3, 1, "TIE"))).isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void theRegisterIsFilteredByBodyYearSessionOutcomeAndSubjectAndPaged() {
    register.register(draft(1, 1, "ADOPTED"));
    register.register(draft(2, 1, "REJECTED"));
    register.register(draft(3, 1, "ADOPTED"));
    register.register(Resolution.draft("CQI-2021-S1", 1, 1, "Audit", "OTHER", "T", "TALLY",
        new VoteTally(3, 0, 0), "[]", null, "ADOPTED"));

    ResolutionRegister.Filter board2021 = new ResolutionRegister.Filter("CA", 2021, null, null, null);
    assertThat(register.count(board2021)).isEqualTo(3);
    assertThat(register.search(board2021, 0, 2)).extracting(Resolution::number)
        .containsExactly("CA-2021-S2-R01", "CA-2021-S2-R02");
    assertThat(register.search(board2021, 2, 2)).extracting(Resolution::number).containsExactly("CA-2021-S2-R03");
    assertThat(register.count(new ResolutionRegister.Filter(null, 2021, null, null, null))).isEqualTo(4);
    assertThat(register.count(new ResolutionRegister.Filter("CQI", null, null, null, null))).isEqualTo(1);
    assertThat(register.count(new ResolutionRegister.Filter("CA", 2022, null, null, null))).isZero();
    assertThat(register.search(new ResolutionRegister.Filter(null, null, "CA-2021-S2", "ADOPTED", "BUDGET"), 0, 10))
        .extracting(Resolution::number).containsExactly("CA-2021-S2-R01", "CA-2021-S2-R03");
    assertThat(register.count(new ResolutionRegister.Filter(null, null, null, null, null))).isEqualTo(4);
  }

  @Test
  void aCorrectionKnowsWhichResolutionItSuperseded() {
    Resolution old = register.register(draft(3, 1, "ADOPTED"));
    Resolution correction = register.supersede(old.number(), draft(3, 2, "ADOPTED"));
    assertThat(register.superseded(correction.number())).map(Resolution::number).contains(old.number());
    assertThat(register.superseded(old.number())).isEmpty();
  }
}
