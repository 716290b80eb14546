package ma.majlis.platform;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What every process's typed variable facade shares (issue #16: {@code BudgetVariables}, {@code CommitteeVariables},
 * {@code FollowUpVariables}, {@code PresentationVariables}, {@code deliberation/ItemVariables},
 * {@code session/SessionScope}): the scope it reads and writes, and how a variable set by an earlier step is read.
 * Each facade names its variables and says what a missing one means; what users submit is checked by {@link Inputs}.
 */
public abstract class TypedVariables {

  protected final VariableScope scope;

  protected TypedVariables(VariableScope scope) {
    this.scope = scope;
  }

  /** The variable as text; null when it is absent. */
  protected final String text(String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  /** The variable as a number; {@code absent} when it is absent or not a number. */
  protected final int integer(String name, int absent) {
    return scope.getVariable(name) instanceof Number number ? number.intValue() : absent;
  }

  /**
   * The variable as text, which the process cannot go on without: when it is absent, a failure of the step that
   * names the variable and says where it comes from ({@code whereItComesFrom}), for the incident in Cockpit.
   */
  protected final String required(String name, String whereItComesFrom) {
    String value = text(name);
    if (value == null) {
      throw new IllegalStateException(name + ": " + whereItComesFrom);
    }
    return value;
  }
}
