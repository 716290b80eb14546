package ma.majlis.deliberation;

import java.time.LocalDateTime;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import ma.majlis.support.H2Database;

import static org.assertj.core.api.Assertions.assertThat;

/** The register's hash chain on the real migrations (H2 in memory: no triggers there, so rows can be forged). */
class RegisterChainTest {

  JdbcTemplate jdbc;
  ResolutionRegister register;

  @BeforeEach
  void setUp() {
    jdbc = H2Database.migrated();
    register = new ResolutionRegister(jdbc);
  }

  static Resolution draft(String session, int item) {
    return Resolution.draft(session, item, 1, "Item " + item, "OTHER", "Text " + item, "TALLY",
        new VoteTally(10, 0, 0), "[]", null, "ADOPTED");
  }

  @Test
  void eachBodyHasItsOwnChainInOrderOfRegistration() {
    register.register(draft("CA-2021-S2", 1));
    register.register(draft("CQI-2021-S1", 1));
    register.register(draft("CA-2021-S2", 2));
    register.register(draft("CA-2022-S1", 1));

    assertThat(jdbc.queryForList("select number from resolution where body_code = 'CA' order by chain_seq",
        String.class)).containsExactly("CA-2021-S2-R01", "CA-2021-S2-R02", "CA-2022-S1-R01");
    assertThat(jdbc.queryForList("select chain_seq from resolution where body_code = 'CQI'", Long.class))
        .containsExactly(1L);
    assertThat(register.verify("CA")).isEqualTo(new RegisterChain.Verification("CA", true, 3, null));
    assertThat(register.verify("CQI")).isEqualTo(new RegisterChain.Verification("CQI", true, 1, null));
    assertThat(register.verify("XYZ")).isEqualTo(new RegisterChain.Verification("XYZ", true, 0, null));
  }

  @Test
  void aChangedRowBreaksTheChainAtThatRowAndASupersessionDoesNot() {
    Resolution first = register.register(draft("CA-2021-S2", 1));
    register.register(draft("CA-2021-S2", 2));
    register.register(draft("CA-2021-S2", 3));
    register.supersede(first.number(), draft("CA-2021-S2", 4));
    assertThat(register.verify("CA").valid()).as("supersession is not a change of content").isTrue();

    jdbc.update("update resolution set votes_against = 1 where number = 'CA-2021-S2-R02'");

    assertThat(register.verify("CA")).isEqualTo(new RegisterChain.Verification("CA", false, 4, "CA-2021-S2-R02"));
  }

  @Test
  void aRehashedForgeryBreaksTheChainAtTheNextRowAndADeletedRowAtItsSuccessor() {
    register.register(draft("CA-2021-S2", 1));
    register.register(draft("CA-2021-S2", 2));
    register.register(draft("CA-2021-S2", 3));
    RegisterChain.Link second = RegisterChain.links(jdbc, "CA").get(1);
    String forged = RegisterChain.hash(new Resolution(second.resolution().number(), "CA-2021-S2", 2, 1, "Item 2",
            "OTHER", "Forged text", "TALLY", 10, 0, 0, "[]", null, "ADOPTED", null, null), "CA", 2,
        second.registeredAt(), RegisterChain.links(jdbc, "CA").get(0).chainHash());
    jdbc.update("update resolution set final_text = 'Forged text', chain_hash = ? where number = 'CA-2021-S2-R02'",
        forged);
    assertThat(register.verify("CA").firstBroken()).isEqualTo("CA-2021-S2-R03");

    jdbc.update("delete from resolution where number = 'CA-2021-S2-R02'");
    assertThat(register.verify("CA")).isEqualTo(new RegisterChain.Verification("CA", false, 2, "CA-2021-S2-R03"));
  }

  @Test
  void theHashIsTheCanonicalContentAndNotTheTimeZone() {
    Resolution r = new Resolution("CA-2021-S2-R01", "CA-2021-S2", 1, 1, "Item", "OTHER", "Text", "TALLY", 1, 0, 0,
        "[]", null, "ADOPTED", null, null);
    LocalDateTime at = LocalDateTime.of(2021, 12, 24, 10, 0);
    String hash = RegisterChain.hash(r, "CA", 1, at, RegisterChain.GENESIS);
    assertThat(hash).hasSize(64).matches("[0-9a-f]{64}")
        .isEqualTo(RegisterChain.hash(r, "CA", 1, at, RegisterChain.GENESIS));
    assertThat(RegisterChain.hash(r, "CA", 1, at.plusNanos(1000), RegisterChain.GENESIS)).isNotEqualTo(hash);
    Resolution castingVoteEmpty = new Resolution("CA-2021-S2-R01", "CA-2021-S2", 1, 1, "Item", "OTHER", "Text",
        "TALLY", 1, 0, 0, "[]", "", "ADOPTED", null, null);
    assertThat(RegisterChain.hash(castingVoteEmpty, "CA", 1, at, RegisterChain.GENESIS))
        .as("null and empty differ").isNotEqualTo(hash);
  }

  @Test
  void theMigrationChainsTheResolutionsRegisteredBeforeIt() {
    DriverManagerDataSource dataSource = new DriverManagerDataSource(
        "jdbc:h2:mem:majlis-chain-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("9").load().migrate();
    JdbcTemplate old = new JdbcTemplate(dataSource);
    String insert = "insert into resolution (number, session_key, item_index, vote_round, item_title, subject,"
        + " final_text, vote_mode, votes_for, votes_against, votes_abstain, recusals, outcome, registered_at)"
        + " values (?, ?, ?, 1, 'Item', 'OTHER', 'Text', 'TALLY', 10, 0, 0, '[]', 'ADOPTED', ?)";
    old.update(insert, "CA-2021-S2-R02", "CA-2021-S2", 2, LocalDateTime.of(2021, 12, 24, 11, 0));
    old.update(insert, "CA-2021-S2-R01", "CA-2021-S2", 1, LocalDateTime.of(2021, 12, 24, 10, 0));
    old.update(insert, "CQI-2022-S1-R01", "CQI-2022-S1", 1, LocalDateTime.of(2022, 1, 10, 10, 0));

    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/vendor/h2")
        .javaMigrations(new RegisterChainMigration()).load().migrate();

    ResolutionRegister migrated = new ResolutionRegister(old);
    assertThat(old.queryForList("select number from resolution where body_code = 'CA' order by chain_seq",
        String.class)).containsExactly("CA-2021-S2-R01", "CA-2021-S2-R02");
    assertThat(migrated.verify("CA")).isEqualTo(new RegisterChain.Verification("CA", true, 2, null));
    assertThat(migrated.verify("CQI")).isEqualTo(new RegisterChain.Verification("CQI", true, 1, null));
    migrated.register(draft("CA-2022-S1", 1));
    assertThat(migrated.verify("CA")).isEqualTo(new RegisterChain.Verification("CA", true, 3, null));
  }
}
