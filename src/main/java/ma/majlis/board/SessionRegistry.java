package ma.majlis.board;

import ma.majlis.process.PerTransaction;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import ma.majlis.platform.EngineClock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import ma.majlis.platform.InputRejectedException;

/**
 * Sessions (table {@code board_session}), written in the transaction of the step that changes them; the one writer
 * of a session's status.
 */
@Repository
public class SessionRegistry {

  /** Not a variable: the pseudo-field named when a session's business key is refused. */
  public static final String BUSINESS_KEY = "businessKey";

  private static final RowMapper<SessionRecord> MAPPER = (rs, i) -> new SessionRecord(
      rs.getString("business_key"), rs.getString("body_code"), rs.getInt("session_year"),
      rs.getInt("session_number"), rs.getString("session_kind"), rs.getTimestamp("planned_start").toLocalDateTime(),
      rs.getString("venue"), rs.getString("session_format"), rs.getString("health_measures"),
      rs.getString("vote_mode"), rs.getString("process_instance_id"), SessionStatus.valueOf(rs.getString("status")));

  /** A session among the transaction's reads ({@link PerTransaction}). */
  static final String SESSION = "session";

  private final JdbcTemplate jdbc;

  public SessionRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The session, read once per transaction ({@link PerTransaction}): a step reads it in several of its parts (the
   * convocations' job for the decision, the letters and the calendar; the minutes' for the report and the document).
   * The writers of what it holds ({@link #create}, {@link #updateStatus}, {@link SessionRecords#recordConvocationRound})
   * forget it, so that a change is read in its transaction.
   */
  public Optional<SessionRecord> find(String businessKey) {
    return PerTransaction.get(SESSION, businessKey, () -> jdbc.query("select * from board_session where business_key"
        + " = ?", MAPPER, businessKey).stream().findFirst());
  }

  /** Records a new session; a second session with the same key is refused, even when two starts race. */
  public void create(SessionRecord session) {
    PerTransaction.forget(SESSION, session.businessKey());
    try {
      jdbc.update("insert into board_session (business_key, body_code, session_year, session_number, session_kind,"
              + " planned_start, venue, session_format, health_measures, vote_mode, process_instance_id, status, created_at)"
              + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          session.businessKey(), session.bodyCode(), session.year(), session.number(), session.kind(),
          Timestamp.valueOf(session.plannedStart()), session.venue(), session.format(), session.healthMeasures(),
          session.voteMode(), session.processInstanceId(), session.status().name(),
          new Timestamp(EngineClock.now().getTime()));
    } catch (DuplicateKeyException e) {
      throw duplicate(session.businessKey());
    }
  }

  /** The link of a remote or hybrid session's meeting, given at the start (for the calendar invitation). */
  public void recordMeetingUrl(String businessKey, String meetingUrl) {
    jdbc.update("update board_session set meeting_url = ? where business_key = ?", meetingUrl, businessKey);
  }

  public Optional<String> meetingUrl(String businessKey) {
    return jdbc.queryForList("select meeting_url from board_session where business_key = ? and meeting_url is not null",
        String.class, businessKey).stream().findFirst();
  }

  /**
   * Moves a session to the status its step reached: the only writer of {@code board_session.status} (with
   * {@link #create}), so that where a session stands is always one of {@link SessionStatus}'s values.
   */
  public void updateStatus(String businessKey, SessionStatus status) {
    PerTransaction.forget(SESSION, businessKey);
    jdbc.update("update board_session set status = ? where business_key = ?", status.name(), businessKey);
  }

  /**
   * What to look for among the sessions; a null (or empty) field does not filter. Callers pass checked values.
   *
   * @param statuses the session is in one of these
   */
  public record Filter(String bodyCode, Integer year, Collection<SessionStatus> statuses) {
  }

  /** One page of the sessions, the latest planned first. */
  public List<SessionRecord> search(Filter filter, int offset, int limit) {
    List<Object> args = new ArrayList<>();
    String where = where(filter, args);
    args.add(limit);
    args.add(offset);
    return jdbc.query("select * from board_session" + where
        + " order by planned_start desc, business_key limit ? offset ?", MAPPER, args.toArray());
  }

  public long count(Filter filter) {
    List<Object> args = new ArrayList<>();
    Long count = jdbc.queryForObject("select count(*) from board_session" + where(filter, args), Long.class,
        args.toArray());
    return count == null ? 0 : count;
  }

  private static String where(Filter filter, List<Object> args) {
    List<String> conditions = new ArrayList<>();
    if (filter.bodyCode() != null) {
      conditions.add("body_code = ?");
      args.add(filter.bodyCode());
    }
    if (filter.year() != null) {
      conditions.add("session_year = ?");
      args.add(filter.year());
    }
    if (filter.statuses() != null && !filter.statuses().isEmpty()) {
      conditions.add("status in (" + String.join(", ", Collections.nCopies(filter.statuses().size(), "?")) + ")");
      filter.statuses().forEach(s -> args.add(s.name()));
    }
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  public static InputRejectedException duplicate(String businessKey) {
    return InputRejectedException.of(BUSINESS_KEY, "error.session.exists", businessKey);
  }
}
