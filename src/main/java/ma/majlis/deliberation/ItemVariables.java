package ma.majlis.deliberation;

import ma.majlis.platform.TypedVariables;

import java.util.List;

import static ma.majlis.deliberation.DeliberationVariables.*;


import ma.majlis.platform.Inputs;
import static org.camunda.spin.Spin.JSON;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;


/**
 * Typed access to the deliberation's own variables (set by the session or by earlier steps, already checked): the
 * only place in {@code deliberation} that reads or writes a variable by name ({@link DeliberationVariables} holds the
 * names). What users submit is read and checked with {@link Inputs} first, then written back here.
 */
final class ItemVariables extends TypedVariables {

  /** In a ballot: the index of the item it is for. */
  static final String ITEM_INDEX = "itemIndex";

  private ItemVariables(VariableScope scope) {
    super(scope);
  }

  static ItemVariables of(VariableScope scope) {
    return new ItemVariables(scope);
  }

  // ---- read

  /** The session's key: the business key the session passes to the deliberation (not a variable). */
  String sessionKey() {
    return ma.majlis.board.SessionOf.key(scope);
  }

  DeliberationItem item() {
    return DeliberationItem.fromJson(Inputs.of(scope).optionalJson(AGENDA_ITEM));
  }

  /** The vote round: 1 until an amended text goes to the vote again ({@link #startVoteRound}: no variable before). */
  int voteRound() {
    return integer(VOTE_ROUND, 1);
  }

  /** This vote round of this item of this session: what its count is recorded under. */
  ItemRecords.Round round() {
    return new ItemRecords.Round(sessionKey(), item().itemIndex(), voteRound());
  }

  /** The text put to the vote; null until the item is prepared (or when blank). */
  String resolutionText() {
    return string(RESOLUTION_TEXT);
  }

  /** ADOPTED or REJECTED, as the decision {@code resolution-outcome} or the casting vote gave it; null before. */
  String outcome() {
    return string(OUTCOME);
  }

  /** The chair's casting vote on a tie (FOR or AGAINST); null when there was none. */
  String castingVote() {
    return string(CASTING_VOTE);
  }

  /** Whether the item's quorum was found missing (after the recusals): false while it was not decided. */
  boolean quorumMissing() {
    return Boolean.FALSE.equals(scope.getVariable(QUORUM_REACHED));
  }

  /**
   * The ballot a vote task was created for (a Json object {voterId, onBehalfOf, mandateId, itemIndex}), held as its Json
   * text ({@link BallotElements}) or, by a task created before, as Json; null when missing.
   */
  SpinJsonNode ballot() {
    return Inputs.of(scope).optionalJson(BALLOT);
  }

  /**
   * The index of the item a ballot is for: from the ballot (issued with it), else, for a ballot issued before
   * ballots carried it, from {@code agendaItem} (a second variable to read).
   */
  int ballotItemIndex(SpinJsonNode ballot) {
    if (ballot != null && ballot.hasProp(ITEM_INDEX) && ballot.prop(ITEM_INDEX).isNumber()) {
      return ballot.prop(ITEM_INDEX).numberValue().intValue();
    }
    return item().itemIndex();
  }

  /** The secret ballot's choice as submitted, with its transience; null when absent. */
  TypedValue secretBallot() {
    return scope.getVariableTyped(SECRET_BALLOT);
  }

  VoteTally tally() {
    return new VoteTally(integer(VOTES_FOR, 0), integer(VOTES_AGAINST, 0), integer(VOTES_ABSTAIN, 0));
  }

  // ---- write

  void setResolutionText(String text) {
    scope.setVariable(RESOLUTION_TEXT, text);
  }

  /**
   * The inputs of the decision {@code quorum} for the item. The number of eligible voters, which the tally's form
   * shows, is read from the record when the form is read ({@link ItemCaptions}).
   */
  void setElectorate(Electorate electorate) {
    scope.setVariable(PRESENT, electorate.present());
    scope.setVariable(REPRESENTED, electorate.represented());
    scope.setVariable(RECUSED, electorate.recused());
  }

  void setDebate(String summary, String resolutionText) {
    scope.setVariable(DEBATE_SUMMARY, summary);
    scope.setVariable(RESOLUTION_TEXT, resolutionText);
  }

  /**
   * The ballots of the round, one per voter: the multi-instance of the vote tasks runs over them. Each carries the
   * item's index, so that a vote's check finds its item in the ballot it already reads ({@link #ballotItemIndex}).
   */
  void setBallots(List<Ballot> ballots, int itemIndex) {
    SpinJsonNode list = JSON("[]");
    ballots.forEach(b -> list.append(b.toJson().prop(ITEM_INDEX, itemIndex)));
    setJson(BALLOTS, list);
  }

  /**
   * The submitted {@code vote}, once the vote book holds it: the vote is Majlis's record ({@link VoteBook}), not a
   * variable. From Tasklist and the REST API it arrives transient (the task's {@code majlis.transientVariables}): the
   * engine neither stores it nor writes it to its history. A caller of the Java API may send it stored: the
   * completion put it in the deliberation's scope (no scope below has a {@code vote}); removed in the same
   * transaction, it never becomes a row of the engine's runtime tables, so the parallel ballots never meet on it.
   */
  void discardSubmittedVote() {
    scope.removeVariable(VOTE);
  }

  void setTally(VoteTally tally) {
    scope.setVariable(VOTES_FOR, tally.votesFor());
    scope.setVariable(VOTES_AGAINST, tally.votesAgainst());
    scope.setVariable(VOTES_ABSTAIN, tally.votesAbstain());
  }

  /** The chair's casting vote, and the outcome it gives. */
  void setDecidingVote(DecidingVote vote) {
    scope.setVariable(DECIDING_VOTE, vote.name());
    scope.setVariable(CASTING_VOTE, vote.name());
    scope.setVariable(OUTCOME, vote.outcome());
  }

  /** The outcome as registered, when the variable says otherwise ({@link RegisterResolutionDelegate}). */
  void setOutcome(String outcome) {
    scope.setVariable(OUTCOME, outcome);
  }

  void setRejectionDecision(RejectionDecision decision) {
    scope.setVariable(REJECTION_DECISION, decision.name());
  }

  /** The amended text goes to the vote again: the next round, without the previous round's casting vote. */
  void startVoteRound(int round) {
    scope.setVariable(VOTE_ROUND, round);
    scope.setVariable(CASTING_VOTE, null);
    scope.setVariable(DECIDING_VOTE, null);
  }

  /** The item's status returned to the session. */
  void setItemStatus(ItemStatus status) {
    scope.setVariable(ITEM_STATUS, status.name());
  }

  void setResolutionNumber(String number) {
    scope.setVariable(RESOLUTION_NUMBER, number);
  }

  /** The variable as text; null when absent or blank. */
  private String string(String name) {
    String value = text(name);
    return value == null || value.isBlank() ? null : value;
  }

  private void setJson(String name, SpinJsonNode value) {
    Inputs.of(scope).setJson(name, value);
  }
}
