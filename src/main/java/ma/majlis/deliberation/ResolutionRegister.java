package ma.majlis.deliberation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ma.majlis.platform.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The register of resolutions (standing rule 8). A resolution is inserted once and never edited: the only
 * change ever made to a registered row is linking it to the resolution that supersedes it (on PostgreSQL the
 * database refuses any other, migration V12). Each resolution is chained to the previous one of its body by a hash
 * ({@link RegisterChain}), so a change made behind the database's back shows in {@link #verify}. Writes join the
 * engine's transaction, so a resolution exists exactly when the step that registered it committed.
 */
@Service
public class ResolutionRegister {

  private static final Logger LOG = LoggerFactory.getLogger(ResolutionRegister.class);

  private final JdbcTemplate jdbc;

  public ResolutionRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Numbers and registers the resolution of one vote round on one item. Idempotent: when the round is already
   * registered (a retried job), the registered resolution is returned and nothing is inserted.
   */
  public Resolution register(Resolution draft) {
    Optional<Resolution> existing = forItemRound(draft.sessionKey(), draft.itemIndex(), draft.voteRound());
    if (existing.isPresent()) {
      LOG.info("Resolution {} already registered for item {} round {} of {}, not registered again",
          existing.get().number(), draft.itemIndex(), draft.voteRound(), draft.sessionKey());
      return existing.get();
    }
    Resolution resolution = draft.numbered(nextNumber(draft.sessionKey()), now());
    insert(resolution);
    LOG.info("Resolution {} registered: {} ({} for, {} against, {} abstain) - {}", resolution.number(),
        resolution.outcome(), resolution.votesFor(), resolution.votesAgainst(), resolution.votesAbstain(),
        resolution.itemTitle());
    return resolution;
  }

  /**
   * Corrects a registered resolution: registers the correction as a new resolution of the same session and
   * links the old one to it. A resolution that was already superseded cannot be superseded again.
   */
  public Resolution supersede(String oldNumber, Resolution correction) {
    Resolution old = find(oldNumber)
        .orElseThrow(() -> new IllegalArgumentException("no resolution " + oldNumber + " to supersede"));
    if (old.supersededBy() != null) {
      throw new IllegalStateException(oldNumber + " is already superseded by " + old.supersededBy());
    }
    Resolution resolution = correction.numbered(nextNumber(correction.sessionKey()), now());
    insert(resolution);
    int linked = jdbc.update("update resolution set superseded_by = ? where number = ? and superseded_by is null",
        resolution.number(), oldNumber);
    if (linked != 1) {
      throw new IllegalStateException(oldNumber + " was superseded concurrently");
    }
    LOG.info("Resolution {} supersedes {}", resolution.number(), oldNumber);
    return resolution;
  }

  public Optional<Resolution> find(String number) {
    return jdbc.query("select * from resolution where number = ?", Resolution.MAPPER, number).stream().findFirst();
  }

  public Optional<Resolution> forItemRound(String sessionKey, int itemIndex, int voteRound) {
    return jdbc.query("select * from resolution where session_key = ? and item_index = ? and vote_round = ?",
        Resolution.MAPPER, sessionKey, itemIndex, voteRound).stream().findFirst();
  }

  /** The session's resolutions in order of registration. */
  public List<Resolution> forSession(String sessionKey) {
    return jdbc.query("select * from resolution where session_key = ? order by registered_at, number",
        Resolution.MAPPER, sessionKey);
  }

  /**
   * What to look for in the register; a null field does not filter. Body and year match the session's business
   * key ({@code <BODY>-<YEAR>-S<N>}); callers pass checked values (a body code of capital letters and digits).
   */
  public record Filter(String bodyCode, Integer year, String sessionKey, String outcome, String subject) {
  }

  /** One page of the register, in order of registration. */
  public List<Resolution> search(Filter filter, int offset, int limit) {
    List<Object> args = new ArrayList<>();
    String where = where(filter, args);
    args.add(limit);
    args.add(offset);
    return jdbc.query("select * from resolution" + where + " order by registered_at, number limit ? offset ?",
        Resolution.MAPPER, args.toArray());
  }

  public long count(Filter filter) {
    List<Object> args = new ArrayList<>();
    Long count = jdbc.queryForObject("select count(*) from resolution" + where(filter, args), Long.class,
        args.toArray());
    return count == null ? 0 : count;
  }

  /** The resolution that this one corrected (whose {@code superseded_by} is this number), if any. */
  public Optional<Resolution> superseded(String number) {
    return jdbc.query("select * from resolution where superseded_by = ?", Resolution.MAPPER, number).stream()
        .findFirst();
  }

  private static String where(Filter filter, List<Object> args) {
    List<String> conditions = new ArrayList<>();
    if (filter.bodyCode() != null || filter.year() != null) {
      conditions.add("session_key like ?");
      args.add((filter.bodyCode() == null ? "%" : filter.bodyCode()) + "-"
          + (filter.year() == null ? "%" : filter.year().toString()) + "-S%");
    }
    if (filter.sessionKey() != null) {
      conditions.add("session_key = ?");
      args.add(filter.sessionKey());
    }
    if (filter.outcome() != null) {
      conditions.add("outcome = ?");
      args.add(filter.outcome());
    }
    if (filter.subject() != null) {
      conditions.add("subject = ?");
      args.add(filter.subject());
    }
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  /** The number the session's next resolution will get. */
  public String nextNumber(String sessionKey) {
    List<String> numbers = jdbc.queryForList("select number from resolution where session_key = ?", String.class,
        sessionKey);
    return ResolutionNumbers.next(sessionKey, numbers);
  }

  /**
   * Inserts the resolution at the end of its body's chain ({@link RegisterChain}). The body's row is locked first
   * (select ... for update, until the step's transaction ends), so registrations of one body are chained one after
   * the other; the unique position (body, chain_seq) refuses a second row on the same predecessor in any case (a
   * body without a row in {@code body}), and the step is then retried.
   */
  private void insert(Resolution r) {
    String body = RegisterChain.bodyOf(r.sessionKey());
    jdbc.queryForList("select code from body where code = ? for update", String.class, body);
    List<RegisterChain.Link> head = jdbc.query("select * from resolution where body_code = ?"
        + " order by chain_seq desc limit 1", RegisterChain.LINK, body);
    long seq = head.isEmpty() ? 1 : head.get(0).chainSeq() + 1;
    String previous = head.isEmpty() ? RegisterChain.GENESIS : head.get(0).chainHash();
    LocalDateTime registeredAt = RegisterChain.storedTime(r.registeredAt());
    String hash = RegisterChain.hash(r, body, seq, registeredAt, previous);
    jdbc.update("insert into resolution (number, session_key, item_index, vote_round, item_title, subject, final_text,"
            + " vote_mode, votes_for, votes_against, votes_abstain, recusals, casting_vote, outcome, registered_at,"
            + " body_code, chain_seq, chain_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        r.number(), r.sessionKey(), r.itemIndex(), r.voteRound(), r.itemTitle(), r.subject(), r.finalText(),
        r.voteMode(), r.votesFor(), r.votesAgainst(), r.votesAbstain(), r.recusals(), r.castingVote(), r.outcome(),
        registeredAt, body, seq, hash);
  }

  /** Recomputes the chain of a body's register (every row, in order of position). */
  public RegisterChain.Verification verify(String bodyCode) {
    return RegisterChain.verify(bodyCode, RegisterChain.links(jdbc, bodyCode));
  }

  private static Instant now() {
    return EngineClock.now().toInstant();
  }
}
