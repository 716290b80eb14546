package ma.majlis.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ma.majlis.process.PerTransaction;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
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

  /** The people's choices among the transaction's reads ({@link PerTransaction}). */
  private static final String KNOWN = "preferences.languages";

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
   * ({@link PerTransaction}): a job that creates a task or queues a mail for each member asks each member's language,
   * some several times. The first person asked in a transaction is read alone; when a second one is asked, everyone's
   * choice is read at once (one row per person who chose: a few hundred at most), so that a job for twelve members
   * reads two rows' worth of statements, not twelve. {@link #setLanguage} forgets them, so that a change is read in
   * the transaction that made it; outside a transaction each call reads the person's row.
   */
  public Optional<String> chosen(String userId) {
    Known known = PerTransaction.get(KNOWN, "", Known::new);
    if (known.everyone || known.asked.contains(userId)) {
      return Optional.ofNullable(known.languages.get(userId));
    }
    if (known.asked.isEmpty()) {
      Optional<String> chosen = jdbc.queryForList("select language from user_preference where user_id = ?",
          String.class, userId).stream().findFirst();
      known.asked.add(userId);
      chosen.ifPresent(language -> known.languages.put(userId, language));
      return chosen;
    }
    known.languages.clear();
    jdbc.query("select user_id, language from user_preference",
        (RowCallbackHandler) row -> known.languages.put(row.getString("user_id"), row.getString("language")));
    known.everyone = true;
    return Optional.ofNullable(known.languages.get(userId));
  }

  /** The choices a transaction read: of the people asked, or of everyone. */
  private static final class Known {
    private final Set<String> asked = new HashSet<>();
    private final Map<String, String> languages = new HashMap<>();
    private boolean everyone;
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
    PerTransaction.forget(KNOWN, "");
    Timestamp now = Timestamp.from(Instant.now());
    int updated = jdbc.update("update user_preference set language = ?, updated_at = ?, updated_by = ?"
        + " where user_id = ?", language, now, by, userId);
    if (updated == 0) {
      jdbc.update("insert into user_preference (user_id, language, updated_at, updated_by) values (?, ?, ?, ?)",
          userId, language, now, by);
    }
  }
}
