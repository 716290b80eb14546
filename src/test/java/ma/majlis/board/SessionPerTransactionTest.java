package ma.majlis.board;

import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ma.majlis.support.H2Database;
import ma.majlis.support.StatementLog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session read once per transaction (issue #17: the convocations' job and the minutes' read it in several of their
 * parts), and what the transaction changes of it (its creation, its status, its planned start at a second
 * convocation) read in it.
 */
class SessionPerTransactionTest {

  private static final String READ = "select * from board_session where business_key = ?";
  private static final String KEY = "CA-2021-S2";

  private StatementLog log;
  private SessionRegistry registry;
  private SessionRecords records;
  private TransactionTemplate transaction;

  @BeforeEach
  void setUp() {
    log = StatementLog.of(H2Database.migrated().getDataSource());
    JdbcTemplate jdbc = new JdbcTemplate(log.dataSource());
    registry = new SessionRegistry(jdbc);
    records = new SessionRecords(jdbc, registry);
    transaction = new TransactionTemplate(new DataSourceTransactionManager(log.dataSource()));
  }

  @Test
  void theSessionIsReadOncePerTransactionAndWhatTheTransactionChangesIsReadInIt() {
    transaction.executeWithoutResult(status -> {
      assertThat(registry.find(KEY)).isEmpty();
      registry.create(new SessionRecord(KEY, "CA", 2021, 2, "ORDINARY", LocalDateTime.of(2021, 12, 24, 10, 0),
          "Rabat", "IN_PERSON", null, "TALLY", "none", SessionStatus.REQUESTED));
      assertThat(registry.find(KEY)).as("created in the transaction").get()
          .extracting(SessionRecord::status).isEqualTo(SessionStatus.REQUESTED);

      registry.updateStatus(KEY, SessionStatus.CONVENED);
      log.clear();
      for (int part = 0; part < 5; part++) {
        assertThat(registry.find(KEY)).get().extracting(SessionRecord::status).isEqualTo(SessionStatus.CONVENED);
      }
      assertThat(log.count(READ)).isEqualTo(1);

      records.recordConvocationRound(KEY, 2, LocalDateTime.of(2021, 12, 31, 10, 0));
      assertThat(registry.find(KEY)).as("a second convocation's date").get()
          .extracting(SessionRecord::plannedStart).isEqualTo(LocalDateTime.of(2021, 12, 31, 10, 0));
    });

    log.clear();
    assertThat(registry.find(KEY)).isPresent();
    assertThat(registry.find(KEY)).isPresent();
    assertThat(log.count(READ)).as("outside a transaction, each read goes to the database").isEqualTo(2);
  }
}
