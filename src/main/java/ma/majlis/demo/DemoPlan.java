package ma.majlis.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What the demo data loader replays, and when: the 2nd session of {@code year} (the acceptance scenario, closed,
 * with its follow-ups), the committee it creates ({@code committeeCode}) and its inaugural session, and two sessions
 * of the next year still in progress, dated relative to {@code today} so that their timers are in the future.
 * The standard plan is 2021 / {@code CQI}; tests use other years and codes so that they never meet the scenario's
 * own CA-2021-S2 and committee CQI in the shared test database.
 */
public record DemoPlan(int year, String committeeCode, LocalDate today) {

  /** The demo of a fresh installation: CA-2021-S2 closed, CA-2022-S1 and CA-2022-S2 in progress. */
  public static DemoPlan standard(LocalDate today) {
    return new DemoPlan(2021, "CQI", today);
  }

  /** The session replayed from request to follow-ups (the acceptance scenario). */
  public String closedSession() {
    return "CA-" + year + "-S2";
  }

  /** The next ordinary session: convened, replies coming in. */
  public String nextSession() {
    return "CA-" + (year + 1) + "-S1";
  }

  /** An extraordinary session waiting for the chair's approval of its convocation. */
  public String extraordinarySession() {
    return "CA-" + (year + 1) + "-S2";
  }

  /** The committee's inaugural session, requested by the committee's set-up, waiting for its agenda. */
  public String inauguralSession() {
    return committeeCode + "-" + (year + 1) + "-S1";
  }

  public String resolution(int number) {
    return String.format("%s-R%02d", closedSession(), number);
  }

  /** A moment of December of the scenario's year. */
  LocalDateTime december(int day, int hour, int minute) {
    return LocalDateTime.of(year, 12, day, hour, minute);
  }

  /** A moment of the year after the scenario's. */
  LocalDateTime nextYear(int month, int day, int hour, int minute) {
    return LocalDateTime.of(year + 1, month, day, hour, minute);
  }

  LocalDateTime daysAgo(int days, int hour, int minute) {
    return today.minusDays(days).atTime(hour, minute);
  }

  LocalDateTime inDays(int days, int hour, int minute) {
    return today.plusDays(days).atTime(hour, minute);
  }

  /** Whether a process instance with this business key is the plan's (sessions, called processes, follow-ups). */
  boolean owns(String businessKey) {
    return businessKey != null && (businessKey.equals(closedSession()) || businessKey.startsWith(closedSession() + "-R")
        || businessKey.equals(nextSession()) || businessKey.equals(extraordinarySession())
        || businessKey.equals(inauguralSession()));
  }
}
