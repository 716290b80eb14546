package ma.majlis.deliberation;

import java.sql.Timestamp;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Items not decided at their session, kept for the next session's agenda. */
@Service
public class DeferredItems {

  /** Why an item was deferred. */
  public enum Reason { NO_QUORUM_AFTER_RECUSALS, DEFERRED_AFTER_REJECTION }

  /** An item waiting for a next session. */
  public record DeferredItem(String sessionKey, int itemIndex, String itemTitle, String subject, String reason,
                             String draftText) {
  }

  private static final Logger LOG = LoggerFactory.getLogger(DeferredItems.class);

  private final JdbcTemplate jdbc;

  public DeferredItems(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the deferral once per item of a session (a retried job records nothing more). */
  public void defer(String sessionKey, DeliberationItem item, Reason reason, String draftText) {
    Integer existing = jdbc.queryForObject("select count(*) from deferred_item where session_key = ? and item_index = ?",
        Integer.class, sessionKey, item.itemIndex());
    if (existing != null && existing > 0) {
      return;
    }
    jdbc.update("insert into deferred_item (session_key, item_index, item_title, subject, reason, draft_text, deferred_at)"
            + " values (?, ?, ?, ?, ?, ?, ?)", sessionKey, item.itemIndex(), item.title(), item.subject(), reason.name(),
        draftText, new Timestamp(ClockUtil.getCurrentTime().getTime()));
    LOG.info("Item {} of {} deferred to the next session ({}): {}", item.itemIndex(), sessionKey, reason, item.title());
  }

  /** Items deferred and not yet taken up by a later session: for the next agenda. */
  public List<DeferredItem> pending() {
    return jdbc.query("select * from deferred_item where taken_up_by is null order by deferred_at, id",
        (rs, i) -> new DeferredItem(rs.getString("session_key"), rs.getInt("item_index"), rs.getString("item_title"),
            rs.getString("subject"), rs.getString("reason"), rs.getString("draft_text")));
  }

  /** The items a session deferred, in agenda order (for its minutes). */
  public List<DeferredItem> forSession(String sessionKey) {
    return jdbc.query("select * from deferred_item where session_key = ? order by item_index",
        (rs, i) -> new DeferredItem(rs.getString("session_key"), rs.getInt("item_index"), rs.getString("item_title"),
            rs.getString("subject"), rs.getString("reason"), rs.getString("draft_text")), sessionKey);
  }

  /** Marks the items a later session put on its agenda. */
  public void takenUpBy(String sessionKey, String fromSessionKey, int itemIndex) {
    jdbc.update("update deferred_item set taken_up_by = ? where session_key = ? and item_index = ? and taken_up_by is null",
        sessionKey, fromSessionKey, itemIndex);
  }
}
