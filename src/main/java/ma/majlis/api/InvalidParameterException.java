package ma.majlis.api;

/** A request parameter the read API refuses (answered 400); the message names the parameter and the rule. */
public class InvalidParameterException extends RuntimeException {

  private final String parameter;

  public InvalidParameterException(String parameter, String rule) {
    super(parameter + ": " + rule);
    this.parameter = parameter;
  }

  public String getParameter() {
    return parameter;
  }
}
