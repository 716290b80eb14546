package ma.majlis.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What the demo data loader replays, and when: the 2nd session of {@code year} (the acceptance scenario, closed,
 * with its follow-ups in the next year), the committee it creates ({@code committeeCode}) and its inaugural session,
 * and two board sessions still in progress, dated relative to {@code today} so that their timers are in the future.
 * A session's key carries the year of its planned start, as a session requested for real would: the sessions in
 * progress are numbered in the year they are held (the first of that year, then the second when both fall in it).
 * The standard plan is 2021 / {@code CQI}; tests use other years and codes so that they never meet the scenario's
 * own CA-2021-S2 and committee CQI in the shared test database.
 */
public record DemoPlan(int year, String committeeCode, LocalDate today) {

  /** A session of the board the plan requests: its number in its year, and when it is held. */
  public record PlannedSession(int year, int number, LocalDateTime plannedStart) {

    public String key() {
      return "CA-" + year + "-S" + number;
    }
  }

  /** The demo of a fresh installation: CA-2021-S2 closed, the next sessions in progress. */
  public static DemoPlan standard(LocalDate today) {
    return new DemoPlan(2021, "CQI", today);
  }

  /** The session replayed from request to follow-ups (the acceptance scenario), held on 24 December. */
  public String closedSession() {
    return "CA-" + year + "-S2";
  }

  /** The next ordinary session, three weeks ahead of today: convened, replies coming in. */
  public PlannedSession next() {
    LocalDateTime start = inDays(21, 10, 0);
    return new PlannedSession(start.getYear(), 1, start);
  }

  /** An extraordinary session, five weeks ahead, waiting for the chair's approval of its convocation. */
  public PlannedSession extraordinary() {
    LocalDateTime start = inDays(35, 10, 0);
    return new PlannedSession(start.getYear(), start.getYear() == next().year() ? 2 : 1, start);
  }

  public String nextSession() {
    return next().key();
  }

  public String extraordinarySession() {
    return extraordinary().key();
  }

  /**
   * The committee's inaugural session, requested by the committee's set-up (for February of the year after the
   * closed session's), waiting for its agenda.
   */
  public String inauguralSession() {
    return committeeCode + "-" + (year + 1) + "-S1";
  }

  /** When the committee's inaugural session is held (its key's year is this date's). */
  LocalDateTime inauguralStart() {
    return nextYear(2, 15, 10, 0);
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
