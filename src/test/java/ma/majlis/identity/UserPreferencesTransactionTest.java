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
 * A person's language, on the real migrations (H2): in a transaction, the first person's row is read alone and a
 * second person's question reads everyone's at once, so that a job for a dozen members sends two statements, not a
 * dozen or more (issue #17); a change made in the transaction is read in it; outside a transaction each read goes to
 * the database.
 */
class UserPreferencesTransactionTest {

  private static final String READ = "select language from user_preference where user_id = ?";
  private static final String EVERYONE = "select user_id, language from user_preference";

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
  void aTransactionReadsTheFirstPersonAloneAndThenEveryoneOnce() {
    preferences.setLanguage("member03", "en", "admin");
    log.clear();

    transaction.executeWithoutResult(status -> {
      assertThat(preferences.language("member01")).isEqualTo("ar");
      assertThat(preferences.chosen("member01")).contains("ar");
      assertThat(log.statements()).containsExactly(READ);

      assertThat(preferences.chosen("member02")).isEmpty();
      assertThat(preferences.language("member02")).isEqualTo("fr");
      assertThat(preferences.language("member03")).isEqualTo("en");
      assertThat(preferences.language("member01")).isEqualTo("ar");
      assertThat(preferences.chosen("nobody")).isEmpty();
    });

    assertThat(log.statements()).containsExactly(READ, EVERYONE);

    log.clear();
    transaction.executeWithoutResult(status -> assertThat(preferences.language("member01")).isEqualTo("ar"));
    assertThat(log.statements()).as("read again in the next transaction").containsExactly(READ);
  }

  @Test
  void aPersonNotChosenIsNotReadAgainInTheTransaction() {
    transaction.executeWithoutResult(status -> {
      assertThat(preferences.chosen("member02")).isEmpty();
      assertThat(preferences.chosen("member02")).isEmpty();
    });

    assertThat(log.statements()).containsExactly(READ);
  }

  @Test
  void aChangeMadeInTheTransactionIsReadInIt() {
    transaction.executeWithoutResult(status -> {
      assertThat(preferences.language("member01")).isEqualTo("ar");
      preferences.setLanguage("member01", "en", "member01");
      assertThat(preferences.language("member01")).isEqualTo("en");

      assertThat(preferences.chosen("member02")).isEmpty();
      assertThat(preferences.language("member03")).isEqualTo("fr");
      preferences.setLanguage("member02", "ar", "admin");
      assertThat(preferences.chosen("member02")).contains("ar");
      assertThat(preferences.language("member01")).isEqualTo("en");
      assertThat(preferences.language("member03")).isEqualTo("fr");
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
