package ma.majlis.deliberation;

import java.sql.Timestamp;
import java.util.List;

import ma.majlis.platform.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import ma.majlis.agenda.PendingAgendaItems;

/**
 * Items not decided at their session: the record of the deferral (why, with which text), and the item put on the
 * body's waiting list ({@link PendingAgendaItems}), from which the next session's agenda is prefilled.
 */
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
  private final PendingAgendaItems waiting;

  public DeferredItems(JdbcTemplate jdbc, PendingAgendaItems waiting) {
    this.jdbc = jdbc;
    this.waiting = waiting;
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
        draftText, new Timestamp(EngineClock.now().getTime()));
    org.camunda.spin.json.SpinJsonNode payload = org.camunda.spin.Spin.JSON("{}");
    payload.prop("draftResolution", draftText == null ? "" : draftText);
    payload.prop("reason", reason.name());
    payload.prop("deferredFrom", sessionKey + " item " + item.itemIndex());
    waiting.add(PendingAgendaItems.bodyCodeOf(sessionKey), sessionKey, item.title(), "DELIBERATION", item.subject(),
        payload.toString());
    LOG.info("Item {} of {} deferred to the next session ({}): {}", item.itemIndex(), sessionKey, reason, item.title());
  }

  /** The items a session deferred, in agenda order. */
  public List<DeferredItem> forSession(String sessionKey) {
    return jdbc.query("select * from deferred_item where session_key = ? order by item_index",
        (rs, i) -> new DeferredItem(rs.getString("session_key"), rs.getInt("item_index"), rs.getString("item_title"),
            rs.getString("subject"), rs.getString("reason"), rs.getString("draft_text")), sessionKey);
  }
}
