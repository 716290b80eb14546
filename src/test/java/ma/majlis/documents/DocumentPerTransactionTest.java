package ma.majlis.documents;

import java.time.Instant;
import java.util.Date;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ma.majlis.platform.EngineClock;
import ma.majlis.support.H2Database;
import ma.majlis.support.StatementLog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document read once per transaction (issue #17: the job distributing the minutes read the same document, content
 * included, for each member's mail), and a change of its row made in the transaction read in it.
 */
class DocumentPerTransactionTest {

  private static final String READ = "select * from document where id = ?";

  private StatementLog log;
  private DocumentStore store;
  private TransactionTemplate transaction;

  @BeforeEach
  void setUp() {
    EngineClock.pinTo(Date.from(Instant.parse("2021-12-24T13:00:00Z")));
    log = StatementLog.of(H2Database.migrated().getDataSource());
    store = new DocumentStore(new JdbcTemplate(log.dataSource()));
    transaction = new TransactionTemplate(new DataSourceTransactionManager(log.dataSource()));
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  void aDocumentIsReadOncePerTransactionAndItsApprovalIsReadInIt() {
    long id = store.save(DocumentKind.MINUTES, DocumentLanguage.FR, "CA-2021-S2", "<html><body><p>PV</p></body></html>");
    log.clear();

    transaction.executeWithoutResult(status -> {
      for (int mail = 0; mail < 12; mail++) {
        assertThat(store.find(id)).get().extracting(StoredDocument::content).asString().contains("PV");
      }
      assertThat(log.count(READ)).isEqualTo(1);
      assertThat(store.find(id).orElseThrow().approved()).isFalse();

      assertThat(store.approve(id, "chair").approved()).isTrue();
      assertThat(store.find(id).orElseThrow().approvedBy()).isEqualTo("chair");
    });

    log.clear();
    assertThat(store.find(id).orElseThrow().approvedBy()).isEqualTo("chair");
    assertThat(store.find(id)).isPresent();
    assertThat(log.count(READ)).as("outside a transaction, each read goes to the database").isEqualTo(2);
  }
}
