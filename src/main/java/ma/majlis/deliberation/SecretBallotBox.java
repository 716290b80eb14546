package ma.majlis.deliberation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The secret ballots of an item's vote round. Two tables that share nothing but the round: who holds a ballot and
 * whether he has voted ({@code secret_ballot_holder}, for the quorum and to refuse a second ballot), and one counter
 * per choice ({@code secret_ballot_box}). A ballot is cast by marking the holder's row and adding one to a counter in
 * the same transaction; no row ever holds a voter and a choice, no ballot has an id, a time or a position. The count
 * ({@link #count}) rewrites every row of the round in its own transaction, so that on PostgreSQL no row keeps the
 * transaction id (xmin) of one voter's ballot. Nothing here logs a choice.
 */
@Service
public class SecretBallotBox {

  private final JdbcTemplate jdbc;

  public SecretBallotBox(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Issues the round's ballots and opens its box at zero; a retried job issues nothing twice. */
  public void issue(String sessionKey, int itemIndex, int voteRound, List<Ballot> ballots) {
    for (Ballot b : ballots) {
      if (jdbc.update("update secret_ballot_holder set voter_id = voter_id where session_key = ? and item_index = ?"
          + " and vote_round = ? and mandate_id = ?", sessionKey, itemIndex, voteRound, b.mandateId()) == 0) {
        jdbc.update("insert into secret_ballot_holder (session_key, item_index, vote_round, mandate_id, voter_id,"
            + " on_behalf_of, has_voted) values (?, ?, ?, ?, ?, ?, false)", sessionKey, itemIndex, voteRound,
            b.mandateId(), b.voterId(), b.onBehalfOf());
      }
    }
    for (VoteChoice choice : VoteChoice.values()) {
      if (jdbc.queryForObject("select count(*) from secret_ballot_box where session_key = ? and item_index = ?"
          + " and vote_round = ? and choice = ?", Integer.class, sessionKey, itemIndex, voteRound, choice.name()) == 0) {
        jdbc.update("insert into secret_ballot_box (session_key, item_index, vote_round, choice, ballots)"
            + " values (?, ?, ?, ?, 0)", sessionKey, itemIndex, voteRound, choice.name());
      }
    }
  }

  /**
   * Casts a ballot: the holder's mandate is marked as voted and the choice's counter grows by one. Refused (without
   * naming the choice) when the voter holds no such ballot or the mandate has voted.
   */
  public void cast(String sessionKey, int itemIndex, int voteRound, Ballot ballot, VoteChoice choice) {
    int marked = jdbc.update("update secret_ballot_holder set has_voted = true where session_key = ?"
            + " and item_index = ? and vote_round = ? and mandate_id = ? and voter_id = ? and has_voted = false",
        sessionKey, itemIndex, voteRound, ballot.mandateId(), ballot.voterId());
    if (marked != 1) {
      throw new VoteBook.VoteRefusedException(ballot.onBehalfOf() == null
          ? ballot.voterId() + " holds no ballot on this item that is not cast yet"
          : ballot.voterId() + " holds no uncast ballot of " + ballot.onBehalfOf() + " on this item");
    }
    int counted = jdbc.update("update secret_ballot_box set ballots = ballots + 1 where session_key = ?"
        + " and item_index = ? and vote_round = ? and choice = ?", sessionKey, itemIndex, voteRound, choice.name());
    if (counted != 1) {
      throw new IllegalStateException("the ballot box of item " + itemIndex + " round " + voteRound + " of "
          + sessionKey + " is not open");
    }
  }

  /** The ballots of the round not cast yet. */
  public int outstanding(String sessionKey, int itemIndex, int voteRound) {
    return jdbc.queryForObject("select count(*) from secret_ballot_holder where session_key = ? and item_index = ?"
        + " and vote_round = ? and has_voted = false", Integer.class, sessionKey, itemIndex, voteRound);
  }

  /** The members whose ballot was cast (mandates), in id order: who voted, never how. */
  public List<String> voted(String sessionKey, int itemIndex, int voteRound) {
    return jdbc.queryForList("select mandate_id from secret_ballot_holder where session_key = ? and item_index = ?"
        + " and vote_round = ? and has_voted = true order by mandate_id", String.class, sessionKey, itemIndex, voteRound);
  }

  /**
   * The count, once every ballot is in (else an {@link IllegalStateException}). Rewrites the round's rows first
   * (same values), so that none keeps the transaction of the ballot that last changed it.
   */
  public VoteTally count(String sessionKey, int itemIndex, int voteRound) {
    int outstanding = outstanding(sessionKey, itemIndex, voteRound);
    if (outstanding > 0) {
      throw new IllegalStateException(outstanding + " secret ballot(s) of item " + itemIndex + " round " + voteRound
          + " of " + sessionKey + " are not cast; the count is published when the last ballot is in");
    }
    jdbc.update("update secret_ballot_holder set has_voted = has_voted where session_key = ? and item_index = ?"
        + " and vote_round = ?", sessionKey, itemIndex, voteRound);
    jdbc.update("update secret_ballot_box set ballots = ballots where session_key = ? and item_index = ?"
        + " and vote_round = ?", sessionKey, itemIndex, voteRound);
    Map<VoteChoice, Integer> counts = new EnumMap<>(VoteChoice.class);
    jdbc.query("select choice, ballots from secret_ballot_box where session_key = ? and item_index = ?"
        + " and vote_round = ?", rs -> {
          counts.put(VoteChoice.valueOf(rs.getString("choice")), rs.getInt("ballots"));
        }, sessionKey, itemIndex, voteRound);
    return new VoteTally(counts.getOrDefault(VoteChoice.FOR, 0), counts.getOrDefault(VoteChoice.AGAINST, 0),
        counts.getOrDefault(VoteChoice.ABSTAIN, 0));
  }
}
