package ma.majlis.notification;

import java.time.Instant;

import org.springframework.jdbc.core.RowMapper;

/**
 * A queued message as stored in {@code notification_outbox}. Its status goes PENDING → SENDING (claimed by one
 * node) → SENT; FAILED_NO_ADDRESS and FAILED are final (see V5__outbox_sending.sql). {@code bodyHtml}: the HTML part
 * beside the plain text {@code body}, null for a plain-text message; {@code language}: the language of both.
 */
public record OutboxEntry(long id, String dedupKey, String recipient, String subject, String body, String sessionKey,
                          String status, int attempts, Instant createdAt, Instant sentAt, String lastError,
                          String bodyHtml, String language) {

  /** Waiting to be sent (again). */
  public static final String PENDING = "PENDING";
  /** Claimed by one node, which is sending it. */
  public static final String SENDING = "SENDING";
  /** Accepted by the SMTP server. */
  public static final String SENT = "SENT";
  /** The recipient has no usable email address: not retried. */
  public static final String FAILED_NO_ADDRESS = "FAILED_NO_ADDRESS";
  /** Refused by the SMTP server, or too many failed attempts: not retried. */
  public static final String FAILED = "FAILED";

  static final RowMapper<OutboxEntry> MAPPER = (rs, i) -> new OutboxEntry(
      rs.getLong("id"), rs.getString("dedup_key"), rs.getString("recipient"), rs.getString("subject"),
      rs.getString("body"), rs.getString("session_key"), rs.getString("status"), rs.getInt("attempts"),
      rs.getTimestamp("created_at").toInstant(),
      rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant(),
      rs.getString("last_error"), rs.getString("body_html"), rs.getString("language"));
}
