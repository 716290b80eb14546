package ma.majlis.reliability;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the reliability tests count in the database once the sessions are over: every effect that must exist
 * exactly once, and the duplicates found (expected: none).
 */
final class Effects {

  private Effects() {
  }

  /** Each duplicate found, described; empty when every effect exists exactly once. */
  static List<String> duplicates() throws SQLException {
    List<String> found = new ArrayList<>();
    for (List<Object> row : ReliabilityDatabase.rows("select session_key, recipient, dedup_key, count(*)"
        + " from notification_outbox group by session_key, recipient, dedup_key having count(*) > 1")) {
      found.add("message " + row.get(2) + " queued " + row.get(3) + " times");
    }
    for (List<Object> row : ReliabilityDatabase.rows("select session_key, recipient, count(*) from notification_outbox"
        + " where dedup_key like '%/convocation/1/%' group by session_key, recipient having count(*) > 1")) {
      found.add(row.get(1) + " convened " + row.get(2) + " times to " + row.get(0));
    }
    for (List<Object> row : ReliabilityDatabase.rows("select session_key, item_index, count(*) from resolution"
        + " group by session_key, item_index having count(*) > 1")) {
      found.add("item " + row.get(1) + " of " + row.get(0) + " has " + row.get(2) + " resolutions");
    }
    for (List<Object> row : ReliabilityDatabase.rows("select job_id_, act_id_, count(*) from act_hi_job_log"
        + " where job_state_ = 2 and process_instance_id_ is not null" // not the engine's own jobs (history cleanup)
        + " group by job_id_, act_id_ having count(*) > 1")) {
      found.add("job " + row.get(0) + " (" + row.get(1) + ") ran to success " + row.get(2) + " times");
    }
    for (List<Object> row : ReliabilityDatabase.rows("select business_key_, proc_def_key_, count(*) from act_hi_procinst"
        + " where proc_def_key_ in ('resolution-follow-up', 'budget-approval', 'committee-establishment')"
        + " group by business_key_, proc_def_key_ having count(*) > 1")) {
      found.add("follow-up " + row.get(1) + " of " + row.get(0) + " started " + row.get(2) + " times");
    }
    return found;
  }

  /** Recipients of the first convocation of a session. */
  static long convocations(String sessionKey) throws SQLException {
    return ReliabilityDatabase.count("select count(*) from notification_outbox where session_key = ?"
        + " and dedup_key like ?", sessionKey, sessionKey + "/convocation/1/%");
  }

  static long resolutions(String sessionKey) throws SQLException {
    return ReliabilityDatabase.count("select count(*) from resolution where session_key = ?", sessionKey);
  }

  static long followUps(String sessionKey) throws SQLException {
    return ReliabilityDatabase.count("select count(*) from act_hi_procinst where business_key_ like ?"
        + " and proc_def_key_ = 'resolution-follow-up'", sessionKey + "-R%");
  }

  /** Successful job runs per engine host name (node). */
  static List<List<Object>> jobsPerNode() throws SQLException {
    return ReliabilityDatabase.rows("select hostname_, count(*) from act_hi_job_log where job_state_ = 2"
        + " group by hostname_ order by hostname_");
  }
}
