package ma.majlis.deliberation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * The hash chain that makes each body's register tamper-evident (issue #12). Every resolution of a body has a
 * position ({@code chain_seq}: 1, 2, 3 ... in order of registration) and a hash ({@code chain_hash}): SHA-256 over
 * the canonical text of the row's content followed by the previous row's hash ({@link #GENESIS} for the first).
 * Changing a registered row, deleting one or slipping one in breaks the chain at that row (or the next) for anyone
 * who recomputes it ({@link #verify}). {@code superseded_by} is left out: linking a correction is the one change the
 * register allows.
 *
 * <p>The canonical text is one line per field, in a fixed order, {@code name=<length>:<value>} ({@code name=~} for
 * null), so that no two contents give the same text. The registration time is the wall-clock time stored in the
 * column ({@code timestamp} without time zone), to the microsecond, so that the hash does not depend on the time
 * zone of the node that recomputes it.
 */
public final class RegisterChain {

  /** The "previous hash" of a body's first resolution. */
  public static final String GENESIS = "0".repeat(64);

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");

  private RegisterChain() {
  }

  /** The body of a session key {@code <BODY>-<YEAR>-S<N>}: CA, or a committee's code. */
  public static String bodyOf(String sessionKey) {
    int dash = sessionKey.indexOf('-');
    if (dash < 1) {
      throw new IllegalArgumentException("not a session key <BODY>-<YEAR>-S<N>: " + sessionKey);
    }
    return sessionKey.substring(0, dash);
  }

  /** The registration time as the {@code registered_at} column stores it (the node's wall clock, microseconds). */
  public static LocalDateTime storedTime(Instant registeredAt) {
    return LocalDateTime.ofInstant(registeredAt, ZoneId.systemDefault()).truncatedTo(ChronoUnit.MICROS);
  }

  /** A registered row as the chain sees it: its content, its place, its stored hash. */
  public record Link(Resolution resolution, String bodyCode, long chainSeq, LocalDateTime registeredAt,
                     String chainHash) {
  }

  /** Reads a row of {@code resolution} as a link; the registration time as stored. */
  public static final RowMapper<Link> LINK = (rs, i) -> new Link(Resolution.MAPPER.mapRow(rs, i),
      rs.getString("body_code"), rs.getLong("chain_seq"), rs.getObject("registered_at", LocalDateTime.class),
      rs.getString("chain_hash"));

  /** The hash of a resolution at position {@code chainSeq} of {@code bodyCode}, after {@code previousHash}. */
  public static String hash(Resolution r, String bodyCode, long chainSeq, LocalDateTime registeredAt,
                            String previousHash) {
    StringBuilder text = new StringBuilder();
    field(text, "body", bodyCode);
    field(text, "seq", Long.toString(chainSeq));
    field(text, "number", r.number());
    field(text, "session", r.sessionKey());
    field(text, "item", Integer.toString(r.itemIndex()));
    field(text, "round", Integer.toString(r.voteRound()));
    field(text, "title", r.itemTitle());
    field(text, "subject", r.subject());
    field(text, "text", r.finalText());
    field(text, "voteMode", r.voteMode());
    field(text, "for", Integer.toString(r.votesFor()));
    field(text, "against", Integer.toString(r.votesAgainst()));
    field(text, "abstain", Integer.toString(r.votesAbstain()));
    field(text, "recusals", r.recusals());
    field(text, "castingVote", r.castingVote());
    field(text, "outcome", r.outcome());
    field(text, "registeredAt", registeredAt == null ? null : TIME.format(registeredAt));
    field(text, "previous", previousHash);
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** The hash a link should have after {@code previousHash}. */
  public static String hash(Link link, String previousHash) {
    return hash(link.resolution(), link.bodyCode(), link.chainSeq(), link.registeredAt(), previousHash);
  }

  private static void field(StringBuilder text, String name, String value) {
    text.append(name).append('=');
    if (value == null) {
      text.append('~');
    } else {
      text.append(value.length()).append(':').append(value);
    }
    text.append('\n');
  }

  /** What a recomputation of a body's chain found: {@code firstBroken} is the first row that does not fit. */
  public record Verification(String body, boolean valid, int checked, String firstBroken) {
  }

  /**
   * Recomputes a body's chain from its rows, in order of position: a row is broken when its position is not the
   * next one (a row deleted or slipped in) or its stored hash is not the hash of its content after the previous
   * row's stored hash (its content or the previous hash changed).
   */
  public static Verification verify(String bodyCode, List<Link> links) {
    String previous = GENESIS;
    long expected = 1;
    String firstBroken = null;
    for (Link link : links) {
      if (firstBroken == null && (link.chainSeq() != expected || !hash(link, previous).equals(link.chainHash()))) {
        firstBroken = link.resolution().number();
      }
      previous = link.chainHash();
      expected++;
    }
    return new Verification(bodyCode, firstBroken == null, links.size(), firstBroken);
  }

  /** A body's rows, in order of position. */
  public static List<Link> links(JdbcTemplate jdbc, String bodyCode) {
    return jdbc.query("select * from resolution where body_code = ? order by chain_seq", LINK, bodyCode);
  }
}
