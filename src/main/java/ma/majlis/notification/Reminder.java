package ma.majlis.notification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * When reminders fall due: a list of numbers of days before a date ({@code 7,2}), of which the one due at a moment is
 * the smallest that is not less than the days left, so that a reminder missed (the node was down, the convocation
 * went out late) is not sent after a later one. A reminder is due only for a message (the convocation, the
 * follow-up's assignment) sent before its day, so that nobody is reminded of what he has just received.
 */
public final class Reminder {

  private final List<Integer> days;

  public Reminder(List<Integer> days) {
    List<Integer> sorted = new ArrayList<>(days);
    if (sorted.stream().anyMatch(d -> d == null || d < 0)) {
      throw new IllegalArgumentException("reminder days must be numbers of days, 0 or more: " + days);
    }
    Collections.sort(sorted);
    this.days = List.copyOf(sorted);
  }

  /**
   * The reminder due with {@code daysLeft} days left (whole days), or null: none when more days are left than the
   * largest number, or none left (the date passed).
   */
  public Integer dueAt(long daysLeft) {
    if (daysLeft < 0) {
      return null;
    }
    for (int d : days) {
      if (daysLeft <= d) {
        return d;
      }
    }
    return null;
  }

  public List<Integer> days() {
    return days;
  }
}
