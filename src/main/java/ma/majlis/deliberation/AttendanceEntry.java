package ma.majlis.deliberation;

import ma.majlis.board.AttendanceStatus;
import java.util.ArrayList;
import java.util.List;

import ma.majlis.platform.Inputs;
import org.camunda.spin.json.SpinJsonNode;

/** One line of the session's attendance: {@code {memberId, status, proxyHolder}}. */
public record AttendanceEntry(String memberId, AttendanceStatus status, String proxyHolder) {

  public AttendanceEntry {
    if (memberId == null || memberId.isBlank()) {
      throw new IllegalArgumentException("attendance: every line needs a memberId");
    }
    if (status == null) {
      throw new IllegalArgumentException("attendance: " + memberId + " has no status");
    }
    if (status == AttendanceStatus.REPRESENTED && (proxyHolder == null || proxyHolder.isBlank())) {
      throw new IllegalArgumentException("attendance: " + memberId + " is REPRESENTED but has no proxyHolder");
    }
  }

  public static AttendanceEntry present(String memberId) {
    return new AttendanceEntry(memberId, AttendanceStatus.PRESENT, null);
  }

  public static AttendanceEntry absent(String memberId) {
    return new AttendanceEntry(memberId, AttendanceStatus.ABSENT, null);
  }

  public static AttendanceEntry represented(String memberId, String proxyHolder) {
    return new AttendanceEntry(memberId, AttendanceStatus.REPRESENTED, proxyHolder);
  }

  /** Reads the attendance the session recorded (a Json array); the session already validated it. */
  public static List<AttendanceEntry> fromJson(SpinJsonNode attendance) {
    if (attendance == null || !attendance.isArray()) {
      throw new IllegalArgumentException("attendance: the session must pass the attendance as a Json array");
    }
    List<AttendanceEntry> entries = new ArrayList<>();
    for (SpinJsonNode line : attendance.elements()) {
      String status = Inputs.text(line, "status");
      String memberId = Inputs.text(line, "memberId");
      if (status == null) {
        throw new IllegalArgumentException("attendance: " + memberId + " has no status");
      }
      entries.add(new AttendanceEntry(memberId, AttendanceStatus.valueOf(status), Inputs.text(line, "proxyHolder")));
    }
    return entries;
  }
}
