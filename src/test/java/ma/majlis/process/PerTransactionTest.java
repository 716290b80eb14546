package ma.majlis.process;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import ma.majlis.support.H2Database;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-transaction cache of Majlis's reads: one read per transaction and key, none kept outside a transaction or
 * after it, a forgotten entry read again, and a transaction of its own inside another starts with its own cache.
 */
class PerTransactionTest {

  private final AtomicInteger reads = new AtomicInteger();
  private DataSourceTransactionManager manager;
  private TransactionTemplate transaction;

  @BeforeEach
  void setUp() {
    manager = new DataSourceTransactionManager(H2Database.migrated().getDataSource());
    transaction = new TransactionTemplate(manager);
  }

  private Optional<String> read(String key) {
    return PerTransaction.get("test.value", key, () -> {
      reads.incrementAndGet();
      return Optional.of(key + "#" + reads.get());
    });
  }

  @Test
  void aValueIsReadOncePerTransactionAndKey() {
    transaction.executeWithoutResult(status -> {
      assertThat(read("a")).contains("a#1");
      assertThat(read("a")).contains("a#1");
      assertThat(read("b")).contains("b#2");
    });
    assertThat(reads).hasValue(2);

    transaction.executeWithoutResult(status -> assertThat(read("a")).contains("a#3"));
    assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
  }

  @Test
  void outsideATransactionNothingIsKept() {
    assertThat(read("a")).contains("a#1");
    assertThat(read("a")).contains("a#2");
    PerTransaction.forget("test.value", "a");
  }

  @Test
  void aForgottenValueIsReadAgain() {
    transaction.executeWithoutResult(status -> {
      assertThat(read("a")).contains("a#1");
      PerTransaction.forget("test.value", "a");
      assertThat(read("a")).contains("a#2");
      assertThat(read("a")).contains("a#2");
    });
  }

  @Test
  void aTransactionOfItsOwnInsideAnotherHasItsOwnCache() {
    TransactionTemplate own = new TransactionTemplate(manager);
    own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

    transaction.executeWithoutResult(status -> {
      assertThat(read("a")).contains("a#1");
      own.executeWithoutResult(inner -> {
        assertThat(read("a")).contains("a#2");
        assertThat(read("a")).contains("a#2");
      });
      assertThat(read("a")).contains("a#1");
    });
    assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
  }
}
