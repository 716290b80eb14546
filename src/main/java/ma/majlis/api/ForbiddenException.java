package ma.majlis.api;

/** The caller may not do this (403), with the reason. */
public class ForbiddenException extends RuntimeException {

  public ForbiddenException(String message) {
    super(message);
  }
}
