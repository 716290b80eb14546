package ma.majlis.session;

import ma.majlis.board.SessionOf;
import ma.majlis.board.SessionRecords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import ma.majlis.platform.InputRejectedException;
import ma.majlis.platform.Inputs;
import ma.majlis.board.AttendanceStatus;

import static ma.majlis.session.SessionVariables.*;

/**
 * The attendance of the day: every convened member exactly once, present, represented or absent; a represented
 * member's proxy is held by a member who is present and holds no other proxy. Gives the quorum its counts.
 */
@Component
public class RecordAttendanceCheckAndRecord implements TaskListener {

  private final SessionRecords records;

  public RecordAttendanceCheckAndRecord(SessionRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    Inputs in = Inputs.of(task.getExecution());
    String sessionKey = SessionOf.key(task);
    List<String> members = records.convened(sessionKey);
    List<SessionRecords.Attendance> attendance = check(in.requiredJsonArray(ATTENDANCE), members);
    int present = (int) attendance.stream().filter(a -> a.status() == AttendanceStatus.PRESENT).count();
    int represented = (int) attendance.stream().filter(a -> a.status() == AttendanceStatus.REPRESENTED).count();
    records.saveAttendance(sessionKey, records.proceedings(sessionKey).orElseThrow().convocationRound(), attendance,
        present, represented);
    boolean controllerPresent = in.isPresent(CONTROLLER_PRESENT) && in.requiredBoolean(CONTROLLER_PRESENT);
    String controllerRemarks = in.optionalString(CONTROLLER_REMARKS, 4000);
    if (!controllerPresent && controllerRemarks != null) {
      throw InputRejectedException.of(CONTROLLER_REMARKS, "error.attendance.controllerRemarks");
    }
    records.recordController(sessionKey, controllerPresent, controllerRemarks);
    task.getExecution().setVariable(PRESENT, present);
    task.getExecution().setVariable(REPRESENTED, represented);
    task.getExecution().setVariable(RECUSED, 0);
    task.getExecution().setVariable(VOTING_MEMBERS, members.size());
  }

  static List<SessionRecords.Attendance> check(SpinJsonNode entries, List<String> members) {
    Map<String, SessionRecords.Attendance> byMember = new HashMap<>();
    int i = 0;
    for (SpinJsonNode entry : entries.elements()) {
      i++;
      String where = ATTENDANCE + "[" + i + "]";
      String member = Inputs.text(entry, MEMBER_ID);
      if (member == null) {
        throw InputRejectedException.of(where + "." + MEMBER_ID, "error.input.requiredShort");
      }
      if (!members.contains(member)) {
        throw InputRejectedException.of(where + "." + MEMBER_ID, "error.session.notConvened", Inputs.quoted(member));
      }
      if (byMember.containsKey(member)) {
        throw InputRejectedException.of(where + "." + MEMBER_ID, "error.members.listedTwice", member);
      }
      String given = Inputs.text(entry, "status");
      AttendanceStatus status;
      try {
        status = AttendanceStatus.valueOf(given == null ? "" : given);
      } catch (IllegalArgumentException e) {
        throw InputRejectedException.of(where + ".status", "error.input.oneOf", Inputs.names(AttendanceStatus.class),
            Inputs.quoted(given));
      }
      String holder = status == AttendanceStatus.REPRESENTED ? Inputs.text(entry, PROXY_HOLDER) : null;
      byMember.put(member, new SessionRecords.Attendance(member, status, holder));
    }
    List<String> missing = new ArrayList<>(members);
    missing.removeAll(byMember.keySet());
    if (!missing.isEmpty()) {
      throw InputRejectedException.of(ATTENDANCE, "error.attendance.missing", String.join(", ", missing));
    }
    Set<String> holders = new HashSet<>();
    for (SessionRecords.Attendance a : byMember.values()) {
      if (a.status() != AttendanceStatus.REPRESENTED) {
        continue;
      }
      String field = ATTENDANCE + "[" + a.memberId() + "]." + PROXY_HOLDER;
      if (a.proxyHolder() == null) {
        throw InputRejectedException.of(field, "error.attendance.proxyHolderRequired");
      }
      SessionRecords.Attendance holder = byMember.get(a.proxyHolder());
      if (holder == null || holder.status() != AttendanceStatus.PRESENT) {
        throw InputRejectedException.of(field, "error.attendance.holderNotPresent", Inputs.quoted(a.proxyHolder()));
      }
      if (!holders.add(a.proxyHolder())) {
        throw InputRejectedException.of(field, "error.attendance.holdsOne", a.proxyHolder());
      }
    }
    List<SessionRecords.Attendance> ordered = new ArrayList<>();
    members.forEach(m -> ordered.add(byMember.get(m)));
    return ordered;
  }
}
