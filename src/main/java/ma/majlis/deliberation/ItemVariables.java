package ma.majlis.deliberation;

import static ma.majlis.deliberation.DeliberationVariables.*;


import ma.majlis.platform.Inputs;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;


/** Typed access to the deliberation's own variables (set by the session or by earlier steps, already checked). */
final class ItemVariables {

  private final VariableScope scope;

  private ItemVariables(VariableScope scope) {
    this.scope = scope;
  }

  static ItemVariables of(VariableScope scope) {
    return new ItemVariables(scope);
  }

  /** The session's key: the business key the session passes to the deliberation (not a variable). */
  String sessionKey() {
    return ma.majlis.board.SessionOf.key(scope);
  }

  DeliberationItem item() {
    return DeliberationItem.fromJson(Inputs.of(scope).optionalJson(AGENDA_ITEM));
  }

  int voteRound() {
    return integer(VOTE_ROUND, 1);
  }

  int integer(String name, int absent) {
    Object value = scope.getVariable(name);
    return value instanceof Number n ? n.intValue() : absent;
  }

  String string(String name) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  VoteTally tally() {
    return new VoteTally(integer(VOTES_FOR, 0), integer(VOTES_AGAINST, 0), integer(VOTES_ABSTAIN, 0));
  }

  void setTally(VoteTally tally) {
    scope.setVariable(VOTES_FOR, tally.votesFor());
    scope.setVariable(VOTES_AGAINST, tally.votesAgainst());
    scope.setVariable(VOTES_ABSTAIN, tally.votesAbstain());
  }

  void setJson(String name, SpinJsonNode value) {
    scope.setVariable(name, SpinValues.jsonValue(value.toString()).create());
  }
}
