package ma.majlis.minutes;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import ma.majlis.followup.FollowUp;
import ma.majlis.followup.FollowUpStatus;

/**
 * The dossier of a {@code FOLLOW_UP} agenda item (table {@code follow_up_item}): the body's follow-ups that are not
 * done (open, in progress, overdue) as they stood when the chair approved the convocation, each with its owner, due
 * date, status and last progress report. Written by the approval, replaced by a later one; the minutes print it.
 */
@Repository
public class FollowUpItems {

  private static final Logger LOG = LoggerFactory.getLogger(FollowUpItems.class);

  private final JdbcTemplate jdbc;

  public FollowUpItems(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** One follow-up as the item shows it. */
  public record Row(int itemIndex, String resolutionNumber, String owner, LocalDate dueDate, String status,
                    String lastReport) {
  }

  /** Records the item's table; {@code followUps} done are left out. */
  public void record(String sessionKey, int itemIndex, List<FollowUp> followUps) {
    jdbc.update("delete from follow_up_item where session_key = ? and item_index = ?", sessionKey, itemIndex);
    List<FollowUp> notDone = followUps.stream().filter(f -> f.status() != FollowUpStatus.DONE).toList();
    jdbc.batchUpdate("insert into follow_up_item (session_key, item_index, resolution_number, owner, due_date, status,"
        + " last_report) values (?, ?, ?, ?, ?, ?, ?)", notDone.stream().map(f -> new Object[] {sessionKey, itemIndex,
        f.resolutionNumber(), f.owner(), Date.valueOf(f.dueDate()), f.status().name(), f.lastReport()}).toList());
    LOG.info("Session {}: item {} lists {} follow-up(s) not done", sessionKey, itemIndex, notDone.size());
  }

  /** Forgets the tables of a session's items (the agenda approved again has none at these places). */
  public void clear(String sessionKey) {
    jdbc.update("delete from follow_up_item where session_key = ?", sessionKey);
  }

  /** The session's follow-up tables, by item then due date. */
  public List<Row> of(String sessionKey) {
    return jdbc.query("select * from follow_up_item where session_key = ? order by item_index, due_date,"
            + " resolution_number",
        (rs, i) -> new Row(rs.getInt("item_index"), rs.getString("resolution_number"), rs.getString("owner"),
            rs.getDate("due_date").toLocalDate(), rs.getString("status"), rs.getString("last_report")), sessionKey);
  }
}
