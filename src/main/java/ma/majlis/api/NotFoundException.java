package ma.majlis.api;

/** The read API has nothing under this key (answered 404): {@code error.*} in the message files, with its arguments. */
public class NotFoundException extends ApiRefusal {

  public NotFoundException(String key, Object... args) {
    super("", key, args);
  }
}
