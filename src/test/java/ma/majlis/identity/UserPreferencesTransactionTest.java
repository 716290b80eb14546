package ma.majlis.identity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ma.majlis.support.H2Database;
import ma.majlis.support.StatementLog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's language, on the real migrations (H2): read once per transaction (issue #17: a job that creates a task
 * or queues a mail for each member read each member's language several times), a change made in the transaction is
 * read in it, and outside a transaction each read goes to the database.
 */
class UserPreferencesTransactionTest {

  private static final String READ = "select language from user_preference where user_id = ?";

  private StatementLog log;
  private UserPreferences preferences;
  private TransactionTemplate transaction;

  @BeforeEach
  void setUp() {
    log = StatementLog.of(H2Database.migrated().getDataSource());
    preferences = new UserPreferences(new JdbcTemplate(log.dataSource()), "fr");
    transaction = new TransactionTemplate(new DataSourceTransactionManager(log.dataSource()));
    preferences.setLanguage("member01", "ar", "admin");
    log.clear();
  }

  @Test
  void aPersonsLanguageIsReadOncePerTransaction() {
    transaction.executeWithoutResult(status -> {
      assertThat(preferences.language("member01")).isEqualTo("ar");
      assertThat(preferences.chosen("member01")).contains("ar");
      assertThat(preferences.language("member02")).isEqualTo("fr");
      assertThat(preferences.chosen("member02")).isEmpty();
    });

    assertThat(log.count(READ)).as("once per person").isEqualTo(2);

    log.clear();
    transaction.executeWithoutResult(status -> assertThat(preferences.language("member01")).isEqualTo("ar"));
    assertThat(log.count(READ)).as("read again in the next transaction").isEqualTo(1);
  }

  @Test
  void aChangeMadeInTheTransactionIsReadInIt() {
    transaction.executeWithoutResult(status -> {
      assertThat(preferences.language("member01")).isEqualTo("ar");
      assertThat(preferences.chosen("member02")).isEmpty();

      preferences.setLanguage("member01", "en", "member01");
      preferences.setLanguage("member02", "ar", "admin");

      assertThat(preferences.language("member01")).isEqualTo("en");
      assertThat(preferences.chosen("member02")).contains("ar");
    });

    assertThat(preferences.language("member01")).isEqualTo("en");
    assertThat(preferences.language("member02")).isEqualTo("ar");
  }

  @Test
  void aChangeRolledBackIsNotReadAfterwards() {
    transaction.executeWithoutResult(status -> {
      preferences.setLanguage("member01", "en", "member01");
      assertThat(preferences.language("member01")).isEqualTo("en");
      status.setRollbackOnly();
    });

    assertThat(preferences.language("member01")).isEqualTo("ar");
  }

  @Test
  void outsideATransactionEachReadGoesToTheDatabase() {
    assertThat(preferences.language("member01")).isEqualTo("ar");
    assertThat(preferences.language("member01")).isEqualTo("ar");

    assertThat(log.count(READ)).isEqualTo(2);
  }
}
