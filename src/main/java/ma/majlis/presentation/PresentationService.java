package ma.majlis.presentation;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;

/**
 * The approved presentations (table {@code presentation}, migration V2). Written in the approval's transaction by
 * the approving step's check ({@link ReviewPresentationCheckAndRecord}, {@link ArbitratePresentationCheckAndRecord});
 * read by the convocation dossier and the minutes.
 */
@Service
public class PresentationService {

  private static final Logger LOG = LoggerFactory.getLogger(PresentationService.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

  private static final RowMapper<ApprovedPresentation> MAPPER = (rs, i) -> new ApprovedPresentation(
      rs.getLong("id"), rs.getString("session_key"), rs.getObject("item_index", Integer.class),
      rs.getString("item_title"), rs.getInt("version"), rs.getString("title"), rs.getString("summary"),
      readKeyPoints(rs.getString("key_points")), rs.getString("document_ref"), rs.getInt("duration_minutes"),
      rs.getString("approved_by"), rs.getString("approved_by_role"), rs.getTimestamp("approved_at").toInstant(),
      rs.getString("process_instance_id"), rs.getString("session_remarks"));

  private final JdbcTemplate jdbc;

  public PresentationService(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores the approved version and returns its id. Idempotent per review (process instance): recording the
   * same review again returns the id stored the first time.
   */
  public long recordApproved(ApprovedPresentation p) {
    if (p.processInstanceId() != null) {
      List<Long> existing = jdbc.queryForList("select id from presentation where process_instance_id = ?", Long.class,
          p.processInstanceId());
      if (!existing.isEmpty()) {
        return existing.get(0);
      }
    }
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("insert into presentation (session_key, item_index, item_title,"
          + " version, title, summary, key_points, document_ref, duration_minutes, approved_by, approved_by_role,"
          + " approved_at, process_instance_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      statement.setString(1, p.sessionKey());
      statement.setObject(2, p.itemIndex(), java.sql.Types.INTEGER);
      statement.setString(3, p.itemTitle());
      statement.setInt(4, p.version());
      statement.setString(5, p.title());
      statement.setString(6, p.summary());
      statement.setString(7, writeKeyPoints(p.keyPoints()));
      statement.setString(8, p.documentRef());
      statement.setInt(9, p.durationMinutes());
      statement.setString(10, p.approvedBy());
      statement.setString(11, p.approvedByRole());
      statement.setTimestamp(12, Timestamp.from(p.approvedAt()));
      statement.setString(13, p.processInstanceId());
      return statement;
    }, keys);
    long id = keys.getKey().longValue();
    LOG.info("Session {}: presentation '{}' approved, version {} by {} ({}), recorded as {}", p.sessionKey(), p.title(),
        p.version(), p.approvedBy(), p.approvedByRole(), id);
    return id;
  }

  /** The version a review (its process instance) approved; empty while it approved none. */
  public Optional<ApprovedPresentation> findByReview(String processInstanceId) {
    return jdbc.query("select * from presentation where process_instance_id = ?", MAPPER, processInstanceId).stream()
        .findFirst();
  }

  public Optional<ApprovedPresentation> findById(long id) {
    return jdbc.query("select * from presentation where id = ?", MAPPER, id).stream().findFirst();
  }

  /**
   * The approved presentations of a session, one per agenda item (the latest approval when an item was reviewed
   * again), in agenda order.
   */
  public List<ApprovedPresentation> findApproved(String sessionKey) {
    Map<String, ApprovedPresentation> latestPerItem = new LinkedHashMap<>();
    for (ApprovedPresentation p : jdbc.query("select * from presentation where session_key = ? order by id", MAPPER,
        sessionKey)) {
      latestPerItem.put(p.itemIndex() != null ? "#" + p.itemIndex() : "title:" + p.itemTitle(), p);
    }
    List<ApprovedPresentation> result = new ArrayList<>(latestPerItem.values());
    result.sort(Comparator.comparing(ApprovedPresentation::itemIndex, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(ApprovedPresentation::id));
    return result;
  }

  /** The members' remarks and questions recorded during the session ({@code Task_RecordPresentation}). */
  public void recordSessionRemarks(long id, String remarks) {
    int updated = jdbc.update("update presentation set session_remarks = ? where id = ?", remarks, id);
    if (updated == 0) {
      throw new IllegalArgumentException("No approved presentation with id " + id);
    }
  }

  static String writeKeyPoints(List<String> keyPoints) {
    try {
      return JSON.writeValueAsString(keyPoints);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write key points as Json", e);
    }
  }

  static List<String> readKeyPoints(String json) {
    try {
      return json == null ? List.of() : JSON.readValue(json, STRINGS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored key points are not a Json array of strings: " + json, e);
    }
  }
}
