package ma.majlis.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import ma.majlis.process.PerTransaction;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each person's language, in Majlis's table {@code user_preference}: {@code ar}, {@code fr} or {@code en}. A person
 * who has not chosen reads in the body's working language, {@code majlis.languages.default} ({@code fr} unless
 * configured).
 */
@Component
public class UserPreferences {

  /** The languages Majlis speaks: Arabic and French for the institution's people, English for integrators. */
  public static final Set<String> LANGUAGES = Set.of("ar", "fr", "en");

  /** A person's choice among the transaction's reads ({@link PerTransaction}). */
  private static final String CHOSEN = "preferences.language";

  private final JdbcTemplate jdbc;
  private final String defaultLanguage;

  public UserPreferences(JdbcTemplate jdbc, @Value("${majlis.languages.default:fr}") String defaultLanguage) {
    if (!LANGUAGES.contains(defaultLanguage)) {
      throw new IllegalStateException("majlis.languages.default must be one of " + LANGUAGES + ", got '"
          + defaultLanguage + "'");
    }
    this.jdbc = jdbc;
    this.defaultLanguage = defaultLanguage;
  }

  /** The person's language: as chosen, else the working language. */
  public String language(String userId) {
    return chosen(userId).orElse(defaultLanguage);
  }

  /**
   * The language the person (or an administrator for him) chose; empty when nobody chose. Read once per transaction
   * ({@link PerTransaction}): a job that creates a task or queues a mail for each member asks each member's language
   * several times; {@link #setLanguage} forgets it, so that a change is read in the transaction that made it.
   */
  public Optional<String> chosen(String userId) {
    return PerTransaction.get(CHOSEN, userId, () -> jdbc.queryForList(
        "select language from user_preference where user_id = ?", String.class, userId).stream().findFirst());
  }

  /** The body's working language, {@code majlis.languages.default}. */
  public String workingLanguage() {
    return defaultLanguage;
  }

  /** Records the person's choice (made by himself or by an administrator, {@code by}). */
  public void setLanguage(String userId, String language, String by) {
    if (!LANGUAGES.contains(language)) {
      throw new IllegalArgumentException("language must be one of " + LANGUAGES);
    }
    PerTransaction.forget(CHOSEN, userId);
    Timestamp now = Timestamp.from(Instant.now());
    int updated = jdbc.update("update user_preference set language = ?, updated_at = ?, updated_by = ?"
        + " where user_id = ?", language, now, by, userId);
    if (updated == 0) {
      jdbc.update("insert into user_preference (user_id, language, updated_at, updated_by) values (?, ?, ?, ?)",
          userId, language, now, by);
    }
  }
}
