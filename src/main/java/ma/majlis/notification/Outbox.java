package ma.majlis.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import ma.majlis.platform.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import ma.majlis.language.Language;
import ma.majlis.identity.UserPreferences;
import ma.majlis.language.Languages;

/**
 * The outbox of every message Majlis sends. Steps queue messages here, in the engine's transaction, so a
 * message exists exactly when the step that produced it committed; {@link OutboxSender} delivers them. A message is
 * written in its recipient's language, which the outbox knows ({@link #enqueue(String, String, Function, String)}).
 */
@Service
public class Outbox {

  private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

  private final JdbcTemplate jdbc;
  private final Function<String, Language> languageOf;

  /** The recipients' languages as Majlis knows them ({@link Languages}: their choice, else the working language). */
  @Autowired
  public Outbox(JdbcTemplate jdbc, Languages languages) {
    this(jdbc, languages::of);
  }

  /** Outside the application: a recipient's language as {@link UserPreferences} reads it, French by default. */
  public Outbox(JdbcTemplate jdbc) {
    this(jdbc, new UserPreferences(jdbc, "fr"));
  }

  private Outbox(JdbcTemplate jdbc, UserPreferences preferences) {
    this(jdbc, recipient -> Language.parse(preferences.language(recipient)).orElse(Language.FR));
  }

  private Outbox(JdbcTemplate jdbc, Function<String, Language> languageOf) {
    this.jdbc = jdbc;
    this.languageOf = languageOf;
  }

  /**
   * Queues a message written in its recipient's language: {@code write} is given the language and writes the
   * {@link Mail}. Unless one with the same dedup key is already queued; true when newly queued.
   */
  public boolean enqueue(String dedupKey, String recipient, Function<Language, Mail> write, String sessionKey) {
    return enqueueIn(dedupKey, recipient, language -> Notification.of(dedupKey, recipient, write.apply(language),
        sessionKey));
  }

  /**
   * Queues a message that {@code write} makes in the recipient's language (with an attachment, say). The dedup key is
   * checked once, before the message is written: a message already queued is neither written nor queued again (a
   * message written under another key is checked under its own, {@link #enqueue(Notification)}).
   */
  public boolean enqueueIn(String dedupKey, String recipient, Function<Language, Notification> write) {
    if (isQueued(dedupKey)) {
      return false;
    }
    Notification n = write.apply(languageOf.apply(recipient));
    if (!dedupKey.equals(n.dedupKey())) {
      return enqueue(n);
    }
    insert(n);
    return true;
  }

  /** A message to queue: its dedup key, its recipient, and how it is written in the recipient's language. */
  public record Pending(String dedupKey, String recipient, Function<Language, Notification> write) {
  }

  /**
   * Queues each message unless one with its dedup key is already queued (or comes earlier in the list), as
   * {@link #enqueueIn} does one by one; the keys are checked in one query and the new messages written in one batch,
   * so that a mail to every member (the convocations, the minutes) is two round trips to the database, not two per
   * member. Returns how many were newly queued.
   */
  public int enqueueAll(List<Pending> messages) {
    if (messages.isEmpty()) {
      return 0;
    }
    java.util.Set<String> seen = new java.util.HashSet<>(jdbc.queryForList("select dedup_key from notification_outbox"
        + " where dedup_key in (" + String.join(", ", java.util.Collections.nCopies(messages.size(), "?")) + ")",
        String.class, messages.stream().map(Pending::dedupKey).toArray()));
    List<Notification> fresh = new java.util.ArrayList<>();
    int queued = 0;
    for (Pending p : messages) {
      if (!seen.add(p.dedupKey())) {
        continue;
      }
      Notification n = p.write().apply(languageOf.apply(p.recipient()));
      if (!p.dedupKey().equals(n.dedupKey())) {
        queued += enqueue(n) ? 1 : 0;
      } else {
        fresh.add(n);
      }
    }
    Timestamp now = new Timestamp(EngineClock.now().getTime());
    jdbc.batchUpdate(INSERT, fresh.stream().map(n -> values(n, now)).toList());
    return queued + fresh.size();
  }

  private boolean isQueued(String dedupKey) {
    Integer known = jdbc.queryForObject("select count(*) from notification_outbox where dedup_key = ?", Integer.class,
        dedupKey);
    return known != null && known > 0;
  }

  /** Queues the message unless one with the same dedup key is already queued; true when newly queued. */
  public boolean enqueue(Notification n) {
    if (isQueued(n.dedupKey())) {
      LOG.info("Notification {} already queued, not queued again", n.dedupKey());
      return false;
    }
    insert(n);
    return true;
  }

  /** Writes the message to the outbox, its dedup key checked by the caller. */
  private void insert(Notification n) {
    jdbc.update(INSERT, values(n, new Timestamp(EngineClock.now().getTime())));
  }

  private static final String INSERT = "insert into notification_outbox (dedup_key, recipient, subject, body,"
      + " session_key, status, created_at, body_html, language, attachment_name, attachment_type, attachment)"
      + " values (?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?, ?, ?)";

  private static Object[] values(Notification n, Timestamp now) {
    return new Object[] {n.dedupKey(), n.recipient(), n.subject(), n.body(), n.sessionKey(), now, n.html(),
        n.language(), n.attachmentName(), n.attachmentType(), n.attachment()};
  }

  public List<OutboxEntry> forSession(String sessionKey) {
    return jdbc.query("select * from notification_outbox where session_key = ? order by id", OutboxEntry.MAPPER, sessionKey);
  }

  public List<OutboxEntry> pending(int max) {
    return jdbc.query("select * from notification_outbox where status = 'PENDING' order by id fetch first " + max + " rows only",
        OutboxEntry.MAPPER);
  }

  public Optional<OutboxEntry> findByDedupKey(String dedupKey) {
    return jdbc.query("select * from notification_outbox where dedup_key = ?", OutboxEntry.MAPPER, dedupKey)
        .stream().findFirst();
  }

  /** PENDING entries whose next attempt is due at {@code now}, oldest first. */
  public List<OutboxEntry> due(Instant now, int max) {
    return jdbc.query("select * from notification_outbox where status = 'PENDING'"
            + " and (next_attempt_at is null or next_attempt_at <= ?) order by id fetch first " + max + " rows only",
        OutboxEntry.MAPPER, Timestamp.from(now));
  }

  /**
   * Claims a PENDING entry for {@code node}: one atomic update, so that of several nodes (or threads) claiming the
   * same entry exactly one gets true. Only the node that claimed an entry sends it. Call outside a transaction, so
   * that the claim is visible to the other nodes at once.
   */
  public boolean claim(long id, String node, Instant now) {
    return jdbc.update("update notification_outbox set status = 'SENDING', claimed_by = ?, claimed_at = ?"
        + " where id = ? and status = 'PENDING'", node, Timestamp.from(now), id) == 1;
  }

  /**
   * Puts back to PENDING the entries claimed before {@code claimedBefore} and never finished (their node died or
   * hung while sending); returns how many. Such a message may have reached the server before the node died: it is
   * then sent a second time, the only case where it can be.
   */
  public int releaseStaleClaims(Instant claimedBefore) {
    return jdbc.update("update notification_outbox set status = 'PENDING', claimed_by = null, claimed_at = null"
        + " where status = 'SENDING' and claimed_at < ?", Timestamp.from(claimedBefore));
  }

  /** Marks SENT an entry that {@code node} claimed; false when the claim is no longer its own. */
  public boolean markSent(long id, String node, Instant now) {
    return jdbc.update("update notification_outbox set status = 'SENT', sent_at = ?, attempts = attempts + 1,"
        + " last_error = null, claimed_by = null, claimed_at = null"
        + " where id = ? and status = 'SENDING' and claimed_by = ?", Timestamp.from(now), id, node) == 1;
  }

  /** A failed attempt: back to PENDING, to be tried again from {@code nextAttempt}. */
  public boolean retryLater(long id, String node, String error, Instant nextAttempt) {
    return jdbc.update("update notification_outbox set status = 'PENDING', attempts = attempts + 1, last_error = ?,"
            + " next_attempt_at = ?, claimed_by = null, claimed_at = null"
            + " where id = ? and status = 'SENDING' and claimed_by = ?",
        truncate(error), Timestamp.from(nextAttempt), id, node) == 1;
  }

  /** A final failure ({@link OutboxEntry#FAILED_NO_ADDRESS} or {@link OutboxEntry#FAILED}): not tried again. */
  public boolean markFailed(long id, String node, String status, String error) {
    return jdbc.update("update notification_outbox set status = ?, attempts = attempts + 1, last_error = ?,"
            + " claimed_by = null, claimed_at = null where id = ? and status = 'SENDING' and claimed_by = ?",
        status, truncate(error), id, node) == 1;
  }

  private static String truncate(String error) {
    String text = error == null ? "unknown error" : error;
    return text.length() > 1000 ? text.substring(0, 1000) : text;
  }
}
