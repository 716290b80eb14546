package ma.majlis.platform;

/**
 * A first use made before a person needs it (see {@link WarmUps}): the code a step runs for the first time after a
 * start (a library's classes loaded and initialised, its parser run once), run on a sample, with nothing read from or
 * written to the database, nothing sent and nothing kept. Listed in {@code META-INF/spring.factories} under this
 * interface's name, each with a constructor without arguments; {@code @Order} says which runs first.
 */
public interface WarmUp {

  /** What it warms, for the log ("mail", "calendar", "decisions"). */
  String name();

  /** Uses the code once on a sample. */
  void run() throws Exception;
}
