package ma.majlis.boardbook;

/**
 * The board book refuses a request: the HTTP status it is answered with, and the reason as a message key
 * ({@code boardbook.error.*} in {@code i18n/messages_*.properties}) with its arguments, said in the caller's language.
 */
public class BoardBookRefusal extends RuntimeException {

  private final int status;
  private final String key;
  private final transient Object[] args;

  public BoardBookRefusal(int status, String key, Object... args) {
    super(key);
    this.status = status;
    this.key = key;
    this.args = args;
  }

  public int status() {
    return status;
  }

  public String key() {
    return key;
  }

  public Object[] args() {
    return args;
  }
}
