package ma.majlis.boardbook;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files of the board book (table {@code board_file}), bytes and SHA-256 in the database. A file is named by the
 * item it belongs to and its name; storing the same name on the same item again is its next version, and every
 * version stays (PostgreSQL refuses to change or delete one: {@code V15}).
 */
@Repository
public class BoardFiles {

  private static final String COLUMNS = "id, session_key, item_index, name, version, media_type, size, sha256,"
      + " uploaded_by, uploaded_at";

  private static final RowMapper<BoardFile> MAPPER = (rs, i) -> new BoardFile(rs.getLong("id"),
      rs.getString("session_key"), rs.getInt("item_index"), rs.getString("name"), rs.getInt("version"),
      rs.getString("media_type"), rs.getLong("size"), rs.getString("sha256"), rs.getString("uploaded_by"),
      rs.getTimestamp("uploaded_at").toLocalDateTime());

  private final JdbcTemplate jdbc;

  public BoardFiles(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores a file as the next version of its name on the item. The session's row is locked for the moment, so two
   * uploads of the same name never take the same version.
   */
  @Transactional
  public BoardFile store(String sessionKey, int itemIndex, String name, String mediaType, byte[] content,
                         String uploadedBy, LocalDateTime at) {
    jdbc.queryForList("select business_key from board_session where business_key = ? for update", String.class,
        sessionKey);
    Integer last = jdbc.queryForObject("select max(version) from board_file where session_key = ? and item_index = ?"
        + " and name = ?", Integer.class, sessionKey, itemIndex, name);
    int version = last == null ? 1 : last + 1;
    jdbc.update("insert into board_file (session_key, item_index, name, version, media_type, size, sha256, content,"
            + " uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", sessionKey, itemIndex, name, version,
        mediaType, (long) content.length, sha256(content), content, uploadedBy, Timestamp.valueOf(at));
    return jdbc.queryForObject("select " + COLUMNS + " from board_file where session_key = ? and item_index = ?"
        + " and name = ? and version = ?", MAPPER, sessionKey, itemIndex, name, version);
  }

  /** Every version of every file of the session, by item, name and version. */
  public List<BoardFile> allVersions(String sessionKey) {
    return jdbc.query("select " + COLUMNS + " from board_file where session_key = ?"
        + " order by item_index, name, version", MAPPER, sessionKey);
  }

  /** The latest version of each file of the session, by item, then in the order they were first attached. */
  public List<BoardFile> latest(String sessionKey) {
    return jdbc.query("select " + COLUMNS + " from board_file f where session_key = ? and version = (select"
        + " max(version) from board_file g where g.session_key = f.session_key and g.item_index = f.item_index"
        + " and g.name = f.name) order by item_index, (select min(id) from board_file h where h.session_key ="
        + " f.session_key and h.item_index = f.item_index and h.name = f.name)", MAPPER, sessionKey);
  }

  public Optional<BoardFile> find(long id) {
    return jdbc.query("select " + COLUMNS + " from board_file where id = ?", MAPPER, id).stream().findFirst();
  }

  /** The latest version of the file this one is a version of. */
  public BoardFile latestOf(BoardFile file) {
    return jdbc.query("select " + COLUMNS + " from board_file where session_key = ? and item_index = ? and name = ?"
        + " order by version desc", MAPPER, file.sessionKey(), file.itemIndex(), file.name()).get(0);
  }

  public byte[] content(long id) {
    return jdbc.queryForObject("select content from board_file where id = ?", byte[].class, id);
  }

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }
}
