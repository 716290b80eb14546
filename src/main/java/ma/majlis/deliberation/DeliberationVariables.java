package ma.majlis.deliberation;

/** The variables of {@code agenda-item-deliberation}, in one place (see contract.md). */
public final class DeliberationVariables {


  // given by the calling board-session
  public static final String AGENDA_ITEM = "agendaItem";
  public static final String VOTE_MODE = "voteMode";
  public static final String ATTENDANCE = "attendance";
  public static final String VOTING_MEMBERS = "votingMembers";
  public static final String CONVOCATION_ROUND = "convocationRound";
  public static final String CHAIR_ID = "chairId";

  // shown on the forms, computed when a form is read (ItemCaptions, AttendanceOptions), never stored
  public static final String ITEM_TITLE = "itemTitle";
  public static final String VOTER_OPTIONS = "voterOptions";
  /** The members not present when the item comes up: who may be declared as arriving. */
  public static final String ARRIVAL_OPTIONS = "arrivalOptions";
  /** Stored from the second round on (absent: round 1); shown on "Decide on the rejection" in every round. */
  public static final String VOTE_ROUND = "voteRound";

  // interests and the item's quorum (inputs of the decision "quorum" are present, represented, recused)
  public static final String RECUSALS = "recusals";
  public static final String PRESENT = "present";
  public static final String REPRESENTED = "represented";
  public static final String RECUSED = "recused";
  /** Shown on "Record the vote" (ItemCaptions), from the record; never stored. */
  public static final String ELIGIBLE_VOTERS = "eligibleVoters";
  public static final String ITEM_QUORUM = "itemQuorum";
  public static final String QUORUM_REACHED = "quorumReached";
  public static final String QUORUM_REQUIRED = "quorumRequired";

  // debate and vote
  public static final String DEBATE_SUMMARY = "debateSummary";
  public static final String RESOLUTION_TEXT = "resolutionText";
  public static final String VOTES_FOR = "votesFor";
  public static final String VOTES_AGAINST = "votesAgainst";
  public static final String VOTES_ABSTAIN = "votesAbstain";
  public static final String BALLOTS = "ballots";
  public static final String BALLOT = "ballot";
  public static final String VOTER_ID = "voterId";
  public static final String ON_BEHALF_OF = "onBehalfOf";
  public static final String VOTE = "vote";
  /** A secret ballot's choice: only ever a transient variable (never stored, never in history). */
  public static final String SECRET_BALLOT = "secretBallot";

  // the attendance's movements declared before the item (Task_DeclareInterests)
  public static final String DEPARTURES = "departures";
  public static final String ARRIVALS = "arrivals";

  // outcome
  public static final String OUTCOME = "outcome";
  public static final String DECIDING_VOTE = "decidingVote";
  public static final String CASTING_VOTE = "castingVote";
  public static final String RESOLUTION_NUMBER = "resolutionNumber";
  public static final String REJECTION_DECISION = "rejectionDecision";
  public static final String ITEM_STATUS = "itemStatus";

  private DeliberationVariables() {
  }
}
