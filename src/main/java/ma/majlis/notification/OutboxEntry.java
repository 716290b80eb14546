package ma.majlis.notification;

import java.time.Instant;

import org.springframework.jdbc.core.RowMapper;

/** A queued message as stored in {@code notification_outbox}. */
public record OutboxEntry(long id, String dedupKey, String recipient, String subject, String body, String sessionKey,
                          String status, int attempts, Instant createdAt, Instant sentAt) {

  static final RowMapper<OutboxEntry> MAPPER = (rs, i) -> new OutboxEntry(
      rs.getLong("id"), rs.getString("dedup_key"), rs.getString("recipient"), rs.getString("subject"),
      rs.getString("body"), rs.getString("session_key"), rs.getString("status"), rs.getInt("attempts"),
      rs.getTimestamp("created_at").toInstant(),
      rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant());
}
