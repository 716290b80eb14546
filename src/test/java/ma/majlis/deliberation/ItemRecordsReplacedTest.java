package ma.majlis.deliberation;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.majlis.board.SessionRecords;
import ma.majlis.board.SessionRegistry;
import ma.majlis.support.H2Database;
import ma.majlis.support.SessionRows;
import ma.majlis.support.StatementLog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An item's recusals, its debate, its count and its dossier are each written in one statement (SQL's MERGE, issue
 * #17), and writing one again replaces it as deleting and inserting it did: a count made again loses the outcome,
 * casting vote and chair's decision of the count it replaces, a dossier prepared again the controller's opinion.
 * On H2 here; {@link ItemRecordsReplacedOnPostgresTest} runs the same on PostgreSQL.
 */
class ItemRecordsReplacedTest {

  @Test
  void eachRecordIsOneStatementAndWritingItAgainReplacesIt() {
    check(H2Database.migrated().getDataSource(), "CA-2079-S1");
  }

  /** The checks, on a migrated database where session {@code key} ({@code CA-<year>-S<number>}) is not recorded yet. */
  static void check(javax.sql.DataSource dataSource, String key) {
    StatementLog log = StatementLog.of(dataSource);
    JdbcTemplate jdbc = new JdbcTemplate(log.dataSource());
    SessionRows.insertOpen(jdbc, key, 1);
    ItemRecords items = new ItemRecords(jdbc);
    SessionRecords sessions = new SessionRecords(jdbc, new SessionRegistry(jdbc));

    log.clear();
    items.saveRecusals(key, 2, List.of("member03"));
    items.saveRecusals(key, 3, List.of());
    items.saveRecusals(key, 2, List.of("member04", "member05"));
    assertThat(log.statements()).hasSize(3);
    assertThat(items.recusals(key, 2)).containsExactly("member04", "member05");
    assertThat(items.recusals(key, 3)).isEmpty();

    log.clear();
    items.saveDebate(key, 2, 1, new ItemRecords.Debate("First debate.", "The board approves the plan."));
    items.saveDebate(key, 2, 2, new ItemRecords.Debate("Second round.", "The board approves the amended plan."));
    items.saveDebate(key, 2, 1, new ItemRecords.Debate("First debate, corrected.", "The board approves the plan."));
    assertThat(log.statements()).hasSize(3);
    assertThat(items.debate(key, 2, 1)).contains(new ItemRecords.Debate("First debate, corrected.",
        "The board approves the plan."));
    assertThat(items.debate(key, 2, 2)).contains(new ItemRecords.Debate("Second round.",
        "The board approves the amended plan."));

    ItemRecords.Round round = new ItemRecords.Round(key, 2, 1);
    log.clear();
    items.saveCount(round, new VoteTally(5, 6, 1));
    assertThat(log.statements()).hasSize(1);
    assertThat(items.saveOutcome(round, "TIE", DecidingVote.AGAINST)).isTrue();
    assertThat(items.saveRejectionDecision(round, RejectionDecision.AMEND_AND_REVOTE, "chair")).isTrue();
    assertThat(items.count(round)).contains(new ItemRecords.Count(new VoteTally(5, 6, 1), "TIE", "AGAINST"));
    log.clear();
    items.saveCount(round, new VoteTally(9, 2, 1));
    assertThat(log.statements()).hasSize(1);
    assertThat(items.count(round)).as("counted again: no outcome yet")
        .contains(new ItemRecords.Count(new VoteTally(9, 2, 1), null, null));
    assertThat(items.rejectionDecision(round)).isEmpty();
    assertThat(items.count(new ItemRecords.Round(key, 2, 2))).isEmpty();

    log.clear();
    sessions.saveDossier(new SessionRecords.Dossier(key, 3, "BUDGET", "The board adopts the budget.", "EN/B/1",
        "{\"lines\":[]}", null, null));
    assertThat(log.statements()).hasSize(1);
    sessions.saveControllerOpinion(key, 3, "FAVOURABLE", "Balanced.");
    assertThat(sessions.dossier(key, 3)).get().extracting(SessionRecords.Dossier::controllerOpinion)
        .isEqualTo("FAVOURABLE");
    log.clear();
    sessions.saveDossier(new SessionRecords.Dossier(key, 3, "BUDGET", "The board adopts the amended budget.",
        null, "{\"lines\":[1]}", null, null));
    assertThat(log.statements()).hasSize(1);
    assertThat(sessions.dossier(key, 3)).contains(new SessionRecords.Dossier(key, 3, "BUDGET",
        "The board adopts the amended budget.", null, "{\"lines\":[1]}", null, null));
  }
}
