package ma.majlis.api;

/** The read API has nothing under this key (answered 404). */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
