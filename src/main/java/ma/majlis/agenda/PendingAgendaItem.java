package ma.majlis.agenda;

import java.time.Instant;

import org.springframework.jdbc.core.RowMapper;

/**
 * An item waiting for the next session of a body: an amended budget, a follow-up report, a deferred item.
 * {@code source} is the resolution number or session key it comes from; {@code payload} is Json text with what
 * the agenda item needs (budget lines, draft resolution, report...). {@code takenBySession} is null until a
 * session's agenda takes it.
 */
public record PendingAgendaItem(long id, String bodyCode, String source, String title, String kind, String subject,
                                String payload, Instant createdAt, String takenBySession) {

  static final RowMapper<PendingAgendaItem> MAPPER = (rs, i) -> new PendingAgendaItem(
      rs.getLong("id"), rs.getString("body_code"), rs.getString("source"), rs.getString("title"),
      rs.getString("kind"), rs.getString("subject"), rs.getString("payload"),
      rs.getTimestamp("created_at").toInstant(), rs.getString("taken_by_session"));
}
