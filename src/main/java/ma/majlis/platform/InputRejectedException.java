package ma.majlis.platform;

import org.camunda.bpm.engine.BadUserRequestException;

import ma.majlis.language.Language;
import ma.majlis.language.Texts;

/**
 * A user's or integrator's input broke a rule of the contract. Thrown by the validators that run when a
 * process starts or a task completes; the engine rolls the whole step back (no instance, task still open),
 * and the REST layer answers 400 with this message. The message always names the variable and the rule.
 *
 * <p>A rule made with {@link #of} is a text of {@code i18n/messages_*.properties} ({@code error.*}): the REST
 * layer writes it in the language of the person who made the request; the exception's own message (logs,
 * integrators' English) is the English text.
 */
public class InputRejectedException extends BadUserRequestException {

  private final String variable;
  private final String key;
  private final transient Object[] args;

  /** A rule written in English only (prefer {@link #of}). */
  public InputRejectedException(String variable, String rule) {
    this(variable, rule, null, new Object[0]);
  }

  private InputRejectedException(String variable, String rule, String key, Object[] args) {
    super(variable + ": " + rule);
    this.variable = variable;
    this.key = key;
    this.args = args;
  }

  /** The variable broke the rule {@code key} ({@code error.*} in the message files), with its arguments. */
  public static InputRejectedException of(String variable, String key, Object... args) {
    return new InputRejectedException(variable, Texts.get(Language.EN, key, args), key, args);
  }

  /** The variable (or form field) whose value was refused. */
  public String getVariable() {
    return variable;
  }

  /** The rule as the person reads it, without the variable's name. */
  public String rule(Language language) {
    return key == null ? getMessage().substring(variable.length() + 2) : Texts.get(language, key, args);
  }
}
