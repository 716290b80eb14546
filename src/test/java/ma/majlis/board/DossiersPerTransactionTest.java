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
 * A session's dossiers read once per transaction (issue #17: the job sending the convocations read them for each
 * letter), and a dossier or an opinion saved in the transaction read in it; the session's row too, and what the
 * transaction changes of it (its creation, its status, its planned start at a second convocation) read in it.
 */
class DossiersPerTransactionTest {

  private static final String READ = "select * from item_dossier where session_key = ? order by item_index";

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
    jdbc.update("insert into board_session (business_key, body_code, session_year, session_number, session_kind,"
        + " planned_start, venue, session_format, vote_mode, process_instance_id, status, created_at, chair_id)"
        + " values ('CA-2021-S2', 'CA', 2021, 2, 'ORDINARY', timestamp '2021-12-24 10:00:00', 'Rabat', 'IN_PERSON',"
        + " 'TALLY', 'none', 'OPEN', current_timestamp, 'chair')");
    transaction = new TransactionTemplate(new DataSourceTransactionManager(log.dataSource()));
  }

  private static SessionRecords.Dossier dossier(int index, String draft) {
    return new SessionRecords.Dossier("CA-2021-S2", index, "ACTION_PLAN", draft, null, null, null, null);
  }

  @Test
  void theDossiersAreReadOncePerTransactionAndWhatTheTransactionSavesIsReadInIt() {
    transaction.executeWithoutResult(status -> {
      assertThat(records.dossiers("CA-2021-S2")).isEmpty();
      records.saveDossier(dossier(1, "Approves the plan"));
      assertThat(records.dossiers("CA-2021-S2")).extracting(SessionRecords.Dossier::draftResolution)
          .containsExactly("Approves the plan");

      records.saveControllerOpinion("CA-2021-S2", 1, "FAVOURABLE", "No remark");
      log.clear();
      assertThat(records.dossier("CA-2021-S2", 1)).get().extracting(SessionRecords.Dossier::controllerOpinion)
          .isEqualTo("FAVOURABLE");
      for (int letter = 0; letter < 13; letter++) {
        assertThat(records.dossiers("CA-2021-S2")).hasSize(1);
      }
      assertThat(log.count(READ)).isEqualTo(1);
    });

    log.clear();
    assertThat(records.dossiers("CA-2021-S2")).hasSize(1);
    assertThat(records.dossiers("CA-2021-S2")).hasSize(1);
    assertThat(log.count(READ)).as("outside a transaction, each read goes to the database").isEqualTo(2);
  }

  @Test
  void theSessionIsReadOncePerTransactionAndWhatTheTransactionChangesIsReadInIt() {
    String key = "CA-2022-S1";
    String read = "select * from board_session where business_key = ?";
    transaction.executeWithoutResult(status -> {
      assertThat(registry.find(key)).isEmpty();
      registry.create(new SessionRecord(key, "CA", 2022, 1, "ORDINARY", LocalDateTime.of(2022, 6, 24, 10, 0),
          "Rabat", "IN_PERSON", null, "TALLY", "none", SessionStatus.REQUESTED));
      assertThat(registry.find(key)).as("created in the transaction").get()
          .extracting(SessionRecord::status).isEqualTo(SessionStatus.REQUESTED);

      registry.updateStatus(key, SessionStatus.CONVENED);
      log.clear();
      for (int part = 0; part < 5; part++) {
        assertThat(registry.find(key)).get().extracting(SessionRecord::status).isEqualTo(SessionStatus.CONVENED);
      }
      assertThat(log.count(read)).isEqualTo(1);

      records.recordConvocationRound(key, 2, LocalDateTime.of(2022, 7, 1, 10, 0));
      assertThat(registry.find(key)).as("a second convocation's date").get()
          .extracting(SessionRecord::plannedStart).isEqualTo(LocalDateTime.of(2022, 7, 1, 10, 0));
    });

    log.clear();
    assertThat(registry.find(key)).isPresent();
    assertThat(registry.find(key)).isPresent();
    assertThat(log.count(read)).as("outside a transaction, each read goes to the database").isEqualTo(2);
  }
}
