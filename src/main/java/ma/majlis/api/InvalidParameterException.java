package ma.majlis.api;

import ma.majlis.language.Language;

/**
 * A request parameter the read API refuses (answered 400): the parameter and the rule ({@code error.*} in the message
 * files, with its arguments); the message names the parameter and the rule in English.
 */
public class InvalidParameterException extends ApiRefusal {

  private final String parameter;

  public InvalidParameterException(String parameter, String key, Object... args) {
    super(parameter + ": ", key, args);
    this.parameter = parameter;
  }

  public String getParameter() {
    return parameter;
  }

  /** "parameter: rule" in the caller's language. */
  String message(Language language) {
    return parameter + ": " + text(language);
  }
}
