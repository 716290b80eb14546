package ma.majlis.platform;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A user's or integrator's input broke a rule of the contract. Thrown by the validators that run when a
 * process starts or a task completes; the engine rolls the whole step back (no instance, task still open),
 * and the REST layer answers 400 with this message. The message always names the variable and the rule.
 */
public class InputRejectedException extends BadUserRequestException {

  private final String variable;

  public InputRejectedException(String variable, String rule) {
    super(variable + ": " + rule);
    this.variable = variable;
  }

  /** The variable (or form field) whose value was refused. */
  public String getVariable() {
    return variable;
  }
}
