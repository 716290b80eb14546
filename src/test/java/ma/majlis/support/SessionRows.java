package ma.majlis.support;

import org.springframework.jdbc.core.JdbcTemplate;

/** A session's row in {@code board_session}, written directly for a test of Majlis's records. */
public final class SessionRows {

  private SessionRows() {
  }

  /**
   * An open ordinary session of the board (body CA) on 24 December at 10:00 of the key's year, chaired by
   * {@code chair}, in convocation round {@code round}; {@code key} is {@code CA-<year>-S<number>}.
   */
  public static void insertOpen(JdbcTemplate jdbc, String key, int round) {
    jdbc.update("insert into board_session (business_key, body_code, session_year, session_number, session_kind,"
        + " planned_start, venue, session_format, vote_mode, process_instance_id, status, created_at, chair_id,"
        + " convocation_round) values (?, 'CA', ?, ?, 'ORDINARY', timestamp '2021-12-24 10:00:00', 'Rabat',"
        + " 'IN_PERSON', 'TALLY', 'none', 'OPEN', current_timestamp, 'chair', ?)", key,
        // the key's year and number: another session's would take its place in the body's numbering
        Integer.parseInt(key.substring(3, 7)), Integer.parseInt(key.substring(9)), round);
  }
}
