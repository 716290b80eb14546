package ma.majlis.platform;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock, the one time every step reads: timers, due dates and Majlis's records agree because they
 * read the same clock, which the tests and the demo replay pin to a story's dates. The only door to the engine's
 * {@code ClockUtil} (an internal class): a move to another Camunda 7 distribution changes this class alone.
 */
public final class EngineClock {

  private EngineClock() {
  }

  /** Now, as the engine sees it. */
  public static Date now() {
    return ClockUtil.getCurrentTime();
  }

  public static Instant instant() {
    return now().toInstant();
  }

  /** Now in the server's time zone, as the board's dates are written. */
  public static LocalDateTime localNow() {
    return LocalDateTime.ofInstant(instant(), ZoneId.systemDefault());
  }

  /** Pins the clock (tests, the demo replay); {@link #reset()} lets it run again. */
  public static void pinTo(Date moment) {
    ClockUtil.setCurrentTime(moment);
  }

  public static void pinTo(Instant moment) {
    pinTo(Date.from(moment));
  }

  public static void pinTo(LocalDateTime moment) {
    pinTo(java.sql.Timestamp.valueOf(moment));
  }

  public static void reset() {
    ClockUtil.reset();
  }
}
