package ma.majlis.deliberation;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ma.majlis.platform.EngineClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The roll-call votes of each item and round. Ballots are issued as rows without a vote; casting fills the
 * row of the voter's mandate exactly once. The rows are the authority: the count is made from them, and a
 * vote is accepted only on a ballot issued to that voter and not yet cast (and the unique key refuses a
 * second row for a mandate).
 */
@Service
public class VoteBook {

  private final JdbcTemplate jdbc;

  public VoteBook(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Issues the ballots of a round; a ballot already issued (a retried job) is not issued again. Two statements
   * whatever the number of ballots: the mandates already issued, then the others in one batch.
   */
  public void issue(String sessionKey, int itemIndex, int voteRound, List<Ballot> ballots) {
    Timestamp now = new Timestamp(EngineClock.now().getTime());
    Set<String> issued = new HashSet<>(jdbc.queryForList("select mandate_id from vote"
        + " where session_key = ? and item_index = ? and vote_round = ?", String.class, sessionKey, itemIndex, voteRound));
    List<Object[]> rows = ballots.stream().filter(b -> !issued.contains(b.mandateId()))
        .map(b -> new Object[] {sessionKey, itemIndex, voteRound, b.voterId(), b.onBehalfOf(), b.mandateId(), now})
        .toList();
    if (!rows.isEmpty()) {
      jdbc.batchUpdate("insert into vote (session_key, item_index, vote_round, voter_id, on_behalf_of, mandate_id,"
          + " issued_at) values (?, ?, ?, ?, ?, ?, ?)", rows, new int[] {Types.VARCHAR, Types.INTEGER,
          Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
          Types.TIMESTAMP});
    }
  }

  /**
   * Casts the vote of a ballot. Refused (with the reason, naming the mandate) when no such ballot was issued to
   * this voter, or when the mandate has already voted.
   */
  public void cast(String sessionKey, int itemIndex, int voteRound, Ballot ballot, VoteChoice vote) {
    // the common case in one statement: the voter's ballot, not cast yet, gets the vote
    int cast = jdbc.update("update vote set vote = ?, cast_at = ? where session_key = ? and item_index = ?"
            + " and vote_round = ? and mandate_id = ? and voter_id = ? and vote is null",
        vote.name(), new Timestamp(EngineClock.now().getTime()), sessionKey, itemIndex, voteRound,
        ballot.mandateId(), ballot.voterId());
    if (cast == 1) {
      return;
    }
    // otherwise say why: no such ballot for this voter, or already cast
    List<VoteRow> rows = jdbc.query("select voter_id, on_behalf_of, vote from vote where session_key = ?"
            + " and item_index = ? and vote_round = ? and mandate_id = ?",
        (rs, i) -> new VoteRow(rs.getString("voter_id"), rs.getString("on_behalf_of"), rs.getString("vote")),
        sessionKey, itemIndex, voteRound, ballot.mandateId());
    if (rows.isEmpty() || !rows.get(0).voterId().equals(ballot.voterId())) {
      throw ballot.onBehalfOf() == null
          ? new VoteRefusedException("error.vote.noBallot", ballot.voterId())
          : new VoteRefusedException("error.vote.noProxy", ballot.voterId(), ballot.onBehalfOf());
    }
    throw new VoteRefusedException("error.vote.alreadyCast", ballot.mandateId());
  }

  /** The votes cast in a round (ballots not yet cast are left out). */
  public List<VoteChoice> votesCast(String sessionKey, int itemIndex, int voteRound) {
    return jdbc.queryForList("select vote from vote where session_key = ? and item_index = ? and vote_round = ?"
            + " and vote is not null", String.class, sessionKey, itemIndex, voteRound)
        .stream().map(VoteChoice::valueOf).toList();
  }

  /** A roll-call vote as cast: the voter, the member represented (null for his own vote), the vote. */
  public record CastVote(String voterId, String onBehalfOf, String vote) {
  }

  /** The roll-call votes cast in a round, by voter and mandate: what the minutes print by name. */
  public List<CastVote> rollCall(String sessionKey, int itemIndex, int voteRound) {
    return jdbc.query("select voter_id, on_behalf_of, vote from vote where session_key = ? and item_index = ?"
            + " and vote_round = ? and vote is not null order by voter_id, mandate_id",
        (rs, i) -> new CastVote(rs.getString("voter_id"), rs.getString("on_behalf_of"), rs.getString("vote")),
        sessionKey, itemIndex, voteRound);
  }

  /** The ballots of a round not cast yet. */
  public int ballotsOutstanding(String sessionKey, int itemIndex, int voteRound) {
    Integer n = jdbc.queryForObject("select count(*) from vote where session_key = ? and item_index = ?"
        + " and vote_round = ? and vote is null", Integer.class, sessionKey, itemIndex, voteRound);
    return n == null ? 0 : n;
  }

  private record VoteRow(String voterId, String onBehalfOf, String vote) {
  }

  /**
   * A vote that breaks a roll-call rule: the rule's text ({@code error.vote.*} in the message files) and its
   * arguments; the message is the English text.
   */
  public static class VoteRefusedException extends RuntimeException {
    private final String key;
    private final transient Object[] args;

    public VoteRefusedException(String key, Object... args) {
      super(ma.majlis.language.Texts.get(ma.majlis.language.Language.EN, key, args));
      this.key = key;
      this.args = args;
    }

    public String key() {
      return key;
    }

    public Object[] args() {
      return args.clone();
    }
  }
}
