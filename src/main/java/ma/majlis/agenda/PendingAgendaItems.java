package ma.majlis.agenda;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;

import ma.majlis.platform.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The items that wait for a body's next session (table {@code pending_agenda_item}). Follow-up processes add
 * them; the agenda preparation of the body's next session lists them with {@link #forBody(String)} and takes
 * the ones it puts on its agenda with {@link #take(Collection, String)}.
 */
@Service
public class PendingAgendaItems {

  private static final Logger LOG = LoggerFactory.getLogger(PendingAgendaItems.class);

  private final JdbcTemplate jdbc;

  public PendingAgendaItems(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records an item for the next session of {@code bodyCode}, once: an item with the same source, kind, subject
   * and title is not recorded twice (a retried step). Returns the item's id.
   */
  public long add(String bodyCode, String source, String title, String kind, String subject, String payload) {
    List<Long> existing = jdbc.queryForList(
        "select id from pending_agenda_item where source = ? and kind = ? and coalesce(subject, '') = ? and title = ?",
        Long.class, source, kind, subject == null ? "" : subject, title);
    if (!existing.isEmpty()) {
      LOG.info("Pending agenda item '{}' from {} already recorded", title, source);
      return existing.get(0);
    }
    jdbc.update("insert into pending_agenda_item (body_code, source, title, kind, subject, payload, created_at)"
            + " values (?, ?, ?, ?, ?, ?, ?)",
        bodyCode, source, title, kind, subject, payload, new Timestamp(EngineClock.now().getTime()));
    long id = jdbc.queryForObject(
        "select max(id) from pending_agenda_item where source = ? and kind = ? and title = ?",
        Long.class, source, kind, title);
    LOG.info("Pending agenda item {} '{}' from {} waits for the next session of {}", id, title, source, bodyCode);
    return id;
  }

  /** The items not yet taken by a session of the body, oldest first. */
  public List<PendingAgendaItem> forBody(String bodyCode) {
    return jdbc.query("select * from pending_agenda_item where body_code = ? and taken_by_session is null order by id",
        PendingAgendaItem.MAPPER, bodyCode);
  }

  /** Every item from one source (a resolution number or a session key), taken or not. */
  public List<PendingAgendaItem> fromSource(String source) {
    return jdbc.query("select * from pending_agenda_item where source = ? order by id", PendingAgendaItem.MAPPER, source);
  }

  /**
   * Marks the items as taken by the session; an item already taken (by this or another session) is left as it
   * is. Returns how many items this call took.
   */
  public int take(Collection<Long> ids, String sessionKey) {
    int taken = 0;
    for (Long id : ids) {
      taken += jdbc.update("update pending_agenda_item set taken_by_session = ? where id = ? and taken_by_session is null",
          sessionKey, id);
    }
    LOG.info("Session {} took {} pending agenda item(s)", sessionKey, taken);
    return taken;
  }

  /** The body whose session produced a resolution or session key: the part before the first dash ({@code CA}). */
  public static String bodyCodeOf(String sessionKeyOrResolutionNumber) {
    int dash = sessionKeyOrResolutionNumber.indexOf('-');
    return dash < 0 ? sessionKeyOrResolutionNumber : sessionKeyOrResolutionNumber.substring(0, dash);
  }
}
