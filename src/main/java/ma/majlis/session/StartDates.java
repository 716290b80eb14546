package ma.majlis.session;

import java.time.LocalDateTime;

import ma.majlis.platform.EngineClock;

import ma.majlis.platform.InputRejectedException;
import ma.majlis.platform.Inputs;

/** A session's planned start: an ISO-8601 local date-time in the future. */
final class StartDates {

  private StartDates() {
  }

  static LocalDateTime future(Inputs in, String variable) {
    LocalDateTime value = in.requiredDateTime(variable);
    LocalDateTime now = EngineClock.localNow();
    if (!value.isAfter(now)) {
      throw InputRejectedException.of(variable, "error.input.inFuture", String.valueOf(value));
    }
    return value;
  }
}
