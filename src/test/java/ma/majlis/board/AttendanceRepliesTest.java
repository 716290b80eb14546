package ma.majlis.board;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.majlis.support.H2Database;
import ma.majlis.support.SessionRows;
import ma.majlis.support.StatementLog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member's reply is recorded in one statement and replaces his earlier reply in the same round (a reply given
 * again after an administrator moved the session back in Cockpit), not his reply in another round; the round and its
 * convened members are read in one statement. On H2 here; {@link AttendanceRepliesOnPostgresTest} runs the same on
 * PostgreSQL.
 */
class AttendanceRepliesTest {

  @Test
  void aReplyIsOneStatementAndReplacesTheMembersEarlierReplyInItsRound() {
    check(H2Database.migrated().getDataSource(), "CA-2021-S2");
  }

  /** The checks, on a migrated database where session {@code key} ({@code CA-<year>-S<number>}) is not recorded yet. */
  static void check(javax.sql.DataSource dataSource, String key) {
    StatementLog log = StatementLog.of(dataSource);
    JdbcTemplate jdbc = new JdbcTemplate(log.dataSource());
    SessionRecords records = new SessionRecords(jdbc, new SessionRegistry(jdbc));
    assertThat(records.convenedWithRound(key)).isEmpty();
    SessionRows.insertOpen(jdbc, key, 2);
    assertThat(records.convenedWithRound(key)).contains(new SessionRecords.Convened(2, List.of()));
    records.recordConvening(key, 1, "chair", List.of("member01", "member02"), LocalDateTime.now());
    records.recordConvening(key, 2, "chair", List.of("member02", "member01", "member03"), LocalDateTime.now());
    log.clear();
    assertThat(records.convenedWithRound(key))
        .contains(new SessionRecords.Convened(2, List.of("member01", "member02", "member03")));
    assertThat(log.statements()).hasSize(1);

    records.saveReply(key, 1, new SessionRecords.Reply("member01", "ABSENT", null));
    log.clear();
    records.saveReply(key, 2, new SessionRecords.Reply("member01", "PRESENT", null));
    records.saveReply(key, 2, new SessionRecords.Reply("member02", "PROXY", "member01"));
    assertThat(log.statements()).hasSize(2);
    records.saveReply(key, 2, new SessionRecords.Reply("member02", "PRESENT", null));

    assertThat(records.replies(key, 2)).containsExactly(new SessionRecords.Reply("member01", "PRESENT", null),
        new SessionRecords.Reply("member02", "PRESENT", null));
    assertThat(records.replies(key, 1)).containsExactly(new SessionRecords.Reply("member01", "ABSENT", null));

    // a reply without a proxy: checked against the current round's convened members and recorded, in one statement
    log.clear();
    assertThat(records.saveOwnReply(key, "member03", "ABSENT")).isTrue();
    assertThat(records.saveOwnReply(key, "member02", "ABSENT")).as("replaces his reply").isTrue();
    assertThat(log.statements()).hasSize(2);
    assertThat(records.saveOwnReply(key, "member09", "PRESENT")).as("not convened").isFalse();
    assertThat(records.saveOwnReply("CA-1999-S9", "member01", "PRESENT")).as("no such session").isFalse();
    assertThat(records.replies(key, 2)).containsExactly(new SessionRecords.Reply("member01", "PRESENT", null),
        new SessionRecords.Reply("member02", "ABSENT", null), new SessionRecords.Reply("member03", "ABSENT", null));
    assertThat(records.replies(key, 1)).containsExactly(new SessionRecords.Reply("member01", "ABSENT", null));
  }
}
