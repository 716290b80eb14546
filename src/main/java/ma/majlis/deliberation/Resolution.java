package ma.majlis.deliberation;

import java.time.Instant;

import org.springframework.jdbc.core.RowMapper;

/**
 * A registered resolution (standing rule 8): its number, final text, tally, recusals (Json array of member
 * ids), the chair's casting vote when there was a tie, and the outcome. Never edited once registered;
 * {@code supersededBy} names the resolution that corrects it, if any.
 */
public record Resolution(String number, String sessionKey, int itemIndex, int voteRound, String itemTitle,
                         String subject, String finalText, String voteMode, int votesFor, int votesAgainst,
                         int votesAbstain, String recusals, String castingVote, String outcome,
                         Instant registeredAt, String supersededBy) {

  /** A resolution about to be registered: its number and registration time are given by the register. */
  public static Resolution draft(String sessionKey, int itemIndex, int voteRound, String itemTitle, String subject,
                                 String finalText, String voteMode, VoteTally tally, String recusals,
                                 String castingVote, String outcome) {
    return new Resolution(null, sessionKey, itemIndex, voteRound, itemTitle, subject, finalText, voteMode,
        tally.votesFor(), tally.votesAgainst(), tally.votesAbstain(), recusals, castingVote, outcome, null, null);
  }

  Resolution numbered(String number, Instant registeredAt) {
    return new Resolution(number, sessionKey, itemIndex, voteRound, itemTitle, subject, finalText, voteMode,
        votesFor, votesAgainst, votesAbstain, recusals, castingVote, outcome, registeredAt, null);
  }

  static final RowMapper<Resolution> MAPPER = (rs, i) -> new Resolution(
      rs.getString("number"), rs.getString("session_key"), rs.getInt("item_index"), rs.getInt("vote_round"),
      rs.getString("item_title"), rs.getString("subject"), rs.getString("final_text"), rs.getString("vote_mode"),
      rs.getInt("votes_for"), rs.getInt("votes_against"), rs.getInt("votes_abstain"), rs.getString("recusals"),
      rs.getString("casting_vote"), rs.getString("outcome"), rs.getTimestamp("registered_at").toInstant(),
      rs.getString("superseded_by"));
}
