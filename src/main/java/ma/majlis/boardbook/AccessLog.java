package ma.majlis.boardbook;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Who read what of a session's book (table {@code board_book_access}, append-only): one row per download of the
 * pack ({@code PACK}) or of a file ({@code FILE}, with its item, name and version), with the reader and the time.
 */
@Repository
public class AccessLog {

  public static final String PACK = "PACK";
  public static final String FILE = "FILE";

  /** One download. */
  public record Entry(long id, String userId, String what, Long fileId, Integer itemIndex, String name, Integer version,
                      LocalDateTime at) {
  }

  private final JdbcTemplate jdbc;

  public AccessLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void pack(String sessionKey, String userId, LocalDateTime at) {
    jdbc.update("insert into board_book_access (session_key, user_id, what, accessed_at) values (?, ?, ?, ?)",
        sessionKey, userId, PACK, Timestamp.valueOf(at));
  }

  public void file(BoardFile file, String userId, LocalDateTime at) {
    jdbc.update("insert into board_book_access (session_key, user_id, what, file_id, item_index, name, version,"
            + " accessed_at) values (?, ?, ?, ?, ?, ?, ?, ?)", file.sessionKey(), userId, FILE, file.id(),
        file.itemIndex(), file.name(), file.version(), Timestamp.valueOf(at));
  }

  /** The session's downloads, the earliest first. */
  public List<Entry> of(String sessionKey) {
    return jdbc.query("select * from board_book_access where session_key = ? order by id", (rs, i) -> new Entry(
        rs.getLong("id"), rs.getString("user_id"), rs.getString("what"), (Long) rs.getObject("file_id", Long.class),
        (Integer) rs.getObject("item_index", Integer.class), rs.getString("name"),
        (Integer) rs.getObject("version", Integer.class), rs.getTimestamp("accessed_at").toLocalDateTime()),
        sessionKey);
  }
}
