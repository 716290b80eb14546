package ma.majlis.api;

/** The caller may not do this (403), with the reason: {@code error.*} in the message files, with its arguments. */
public class ForbiddenException extends ApiRefusal {

  public ForbiddenException(String key, Object... args) {
    super("", key, args);
  }
}
