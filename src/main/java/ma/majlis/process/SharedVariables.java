package ma.majlis.process;

/** The variables every process of a session carries under the same name (each process's own live beside it). */
public final class SharedVariables {

  /** The session's business key, also as a variable so that called processes and forms can show it. */
  public static final String SESSION_KEY = "sessionKey";

  private SharedVariables() {
  }
}
