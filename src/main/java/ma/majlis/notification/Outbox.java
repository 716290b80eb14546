package ma.majlis.notification;

import java.sql.Timestamp;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The outbox of every message Majlis sends. Steps queue messages here, in the engine's transaction, so a
 * message exists exactly when the step that produced it committed; {@link OutboxSender} delivers them.
 */
@Service
public class Outbox {

  private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

  private final JdbcTemplate jdbc;

  public Outbox(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Queues the message unless one with the same dedup key is already queued; true when newly queued. */
  public boolean enqueue(Notification n) {
    Integer existing = jdbc.queryForObject(
        "select count(*) from notification_outbox where dedup_key = ?", Integer.class, n.dedupKey());
    if (existing != null && existing > 0) {
      LOG.info("Notification {} already queued, not queued again", n.dedupKey());
      return false;
    }
    jdbc.update("insert into notification_outbox (dedup_key, recipient, subject, body, session_key, status, created_at)"
            + " values (?, ?, ?, ?, ?, 'PENDING', ?)",
        n.dedupKey(), n.recipient(), n.subject(), n.body(), n.sessionKey(), new Timestamp(ClockUtil.getCurrentTime().getTime()));
    return true;
  }

  public List<OutboxEntry> forSession(String sessionKey) {
    return jdbc.query("select * from notification_outbox where session_key = ? order by id", OutboxEntry.MAPPER, sessionKey);
  }

  public List<OutboxEntry> pending(int max) {
    return jdbc.query("select * from notification_outbox where status = 'PENDING' order by id fetch first " + max + " rows only",
        OutboxEntry.MAPPER);
  }

  public void markSent(long id) {
    jdbc.update("update notification_outbox set status = 'SENT', sent_at = ? where id = ? and status = 'PENDING'",
        new Timestamp(System.currentTimeMillis()), id);
  }

  public void markFailed(long id, String error) {
    jdbc.update("update notification_outbox set attempts = attempts + 1, last_error = ? where id = ?",
        error.length() > 1000 ? error.substring(0, 1000) : error, id);
  }
}
