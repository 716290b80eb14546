package ma.majlis.followup;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.RowMapper;

/** The follow-up of one resolution as stored in {@code follow_up}; {@code actions} is Json text. */
public record FollowUp(String resolutionNumber, String owner, LocalDate dueDate, String actions, FollowUpStatus status,
                       String lastReport, Instant doneAt) {

  static final RowMapper<FollowUp> MAPPER = (rs, i) -> new FollowUp(
      rs.getString("resolution_number"), rs.getString("owner"), rs.getDate("due_date").toLocalDate(),
      rs.getString("actions"), FollowUpStatus.valueOf(rs.getString("status")), rs.getString("last_report"),
      rs.getTimestamp("done_at") == null ? null : rs.getTimestamp("done_at").toInstant());
}
