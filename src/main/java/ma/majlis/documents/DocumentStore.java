package ma.majlis.documents;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import ma.majlis.platform.EngineClock;
import ma.majlis.process.PerTransaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The documents of the sessions (table {@code document}, migration V6). Written with the engine's transaction
 * (JdbcTemplate joins it), so a document exists exactly when the step that drafted it has committed. A stored
 * version is never edited: a redraft is a new version; approval only records who approved it and when.
 */
@Repository
public class DocumentStore {

  private static final Logger LOG = LoggerFactory.getLogger(DocumentStore.class);

  private static final RowMapper<StoredDocument> MAPPER = (rs, i) -> new StoredDocument(rs.getLong("id"),
      DocumentKind.valueOf(rs.getString("kind")), DocumentLanguage.of(rs.getString("language")),
      rs.getString("session_key"), rs.getInt("version"), rs.getString("media_type"), rs.getString("content"),
      rs.getTimestamp("created_at").toInstant(), rs.getString("approved_by"),
      rs.getTimestamp("approved_at") == null ? null : rs.getTimestamp("approved_at").toInstant());

  /** A document among the transaction's reads ({@link PerTransaction}). */
  private static final String DOCUMENT = "documents.document";

  private final JdbcTemplate jdbc;

  public DocumentStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores an HTML document as the next version for its session, kind and language; returns its id. */
  public long save(DocumentKind kind, DocumentLanguage language, String sessionKey, String html) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(sessionKey, "sessionKey");
    Objects.requireNonNull(html, "html");
    Integer last = jdbc.queryForObject("select max(version) from document where session_key = ? and kind = ?"
        + " and language = ?", Integer.class, sessionKey, kind.name(), language.code());
    int version = last == null ? 1 : last + 1;
    Timestamp now = new Timestamp(EngineClock.now().getTime());
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("insert into document (kind, language, session_key, version,"
          + " media_type, content, created_at) values (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      statement.setString(1, kind.name());
      statement.setString(2, language.code());
      statement.setString(3, sessionKey);
      statement.setInt(4, version);
      statement.setString(5, StoredDocument.HTML);
      statement.setString(6, html);
      statement.setTimestamp(7, now);
      return statement;
    }, keys);
    long id = keys.getKey().longValue();
    LOG.info("Session {}: {} in {} drafted, version {}, document {}", sessionKey, kind, language.code(), version, id);
    return id;
  }

  /**
   * The document, content included. Read once per transaction ({@link PerTransaction}): the job that distributes the
   * minutes attaches the same document to each member's mail; each writer of a document's row below forgets it, so
   * that a change made in the transaction is read in it.
   */
  public Optional<StoredDocument> find(long id) {
    return PerTransaction.get(DOCUMENT, String.valueOf(id),
        () -> jdbc.query("select * from document where id = ?", MAPPER, id).stream().findFirst());
  }

  /** The latest version of a session's document of a kind in a language. */
  public Optional<StoredDocument> latest(String sessionKey, DocumentKind kind, DocumentLanguage language) {
    return jdbc.query("select * from document where session_key = ? and kind = ? and language = ?"
            + " order by version desc", MAPPER, sessionKey, kind.name(), language.code())
        .stream().findFirst();
  }

  /** Every document of a session, by kind, language and version. */
  public List<StoredDocument> forSession(String sessionKey) {
    return jdbc.query("select * from document where session_key = ? order by kind, language, version", MAPPER,
        sessionKey);
  }

  /**
   * The latest document of a kind that was approved (signed) and that its body has not approved yet, of a session of
   * the body planned before {@code before} (any, when null) other than {@code exceptSession}: latest session first,
   * then latest version, then the first created. One query, whatever the number of documents waiting (issue #12's
   * benchmark: reading them all, with their content and a session lookup each, made a session's start slower with
   * every session in history).
   */
  public Optional<StoredDocument> latestAwaitingBoardApproval(DocumentKind kind, String bodyCode,
      java.time.LocalDateTime before, String exceptSession) {
    java.util.List<Object> args = new java.util.ArrayList<>(java.util.List.of(kind.name(), bodyCode, exceptSession));
    if (before != null) {
      args.add(Timestamp.valueOf(before));
    }
    return jdbc.query("select d.* from document d join board_session s on s.business_key = d.session_key"
        + " where d.kind = ? and d.approved_at is not null and d.board_approval is null and s.body_code = ?"
        + " and d.session_key <> ?" + (before != null ? " and s.planned_start < ?" : "")
        + " order by s.planned_start desc, d.version desc, d.created_at, d.id limit 1", MAPPER, args.toArray())
        .stream().findFirst();
  }

  /** Every document of a kind that was approved (signed) and is not yet approved by its body, oldest first. */
  public List<StoredDocument> awaitingBoardApproval(DocumentKind kind) {
    return jdbc.query("select * from document where kind = ? and approved_at is not null and board_approval is null"
        + " order by created_at, id", MAPPER, kind.name());
  }

  /**
   * Records that the body approved a document by a resolution (signed minutes approved at the next session).
   * Recording it again (a retried step) keeps the first approval. True when recorded now.
   */
  public boolean approveByBoard(long id, String resolutionNumber) {
    Objects.requireNonNull(resolutionNumber, "resolutionNumber");
    PerTransaction.forget(DOCUMENT, String.valueOf(id));
    int updated = jdbc.update("update document set board_approval = ?, board_approved_at = ?"
        + " where id = ? and board_approval is null", resolutionNumber,
        new Timestamp(EngineClock.now().getTime()), id);
    if (updated == 1) {
      LOG.info("Document {} approved by the body: resolution {}", id, resolutionNumber);
    }
    return updated == 1;
  }

  /** The resolution by which the body approved the document, if it did. */
  public Optional<String> boardApproval(long id) {
    return jdbc.queryForList("select board_approval from document where id = ?", String.class, id).stream()
        .filter(Objects::nonNull).findFirst();
  }

  /** Marks a document published (a press release); publishing again keeps the first date. */
  public void publish(long id) {
    PerTransaction.forget(DOCUMENT, String.valueOf(id));
    int updated = jdbc.update("update document set published_at = ? where id = ? and published_at is null",
        new Timestamp(EngineClock.now().getTime()), id);
    if (updated == 1) {
      LOG.info("Document {} published", id);
    }
  }

  /** When the document was published, if it was. */
  public Optional<Instant> publishedAt(long id) {
    return jdbc.queryForList("select published_at from document where id = ?", Timestamp.class, id).stream()
        .filter(Objects::nonNull).map(Timestamp::toInstant).findFirst();
  }

  /** Records the remarks of whoever returned or withheld this version. */
  public void recordReviewRemarks(long id, String remarks) {
    PerTransaction.forget(DOCUMENT, String.valueOf(id));
    jdbc.update("update document set review_remarks = ? where id = ?", remarks, id);
  }

  /** The remarks recorded when this version was returned or withheld, if any. */
  public Optional<String> reviewRemarks(long id) {
    return jdbc.queryForList("select review_remarks from document where id = ?", String.class, id).stream()
        .filter(Objects::nonNull).findFirst();
  }

  /**
   * Records who approved a document and when. Approving again (a retried step) keeps the first approval.
   *
   * @throws IllegalArgumentException when there is no document with this id
   */
  public StoredDocument approve(long id, String user) {
    Objects.requireNonNull(user, "user");
    PerTransaction.forget(DOCUMENT, String.valueOf(id));
    int updated = jdbc.update("update document set approved_by = ?, approved_at = ?"
        + " where id = ? and approved_at is null", user, new Timestamp(EngineClock.now().getTime()), id);
    StoredDocument document = find(id).orElseThrow(() -> new IllegalArgumentException("No document with id " + id));
    if (updated == 1) {
      LOG.info("Session {}: {} in {} version {} approved by {}", document.sessionKey(), document.kind(),
          document.language().code(), document.version(), user);
    }
    return document;
  }
}
