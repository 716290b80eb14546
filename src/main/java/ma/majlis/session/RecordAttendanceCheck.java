package ma.majlis.session;

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
import ma.majlis.session.SessionVariables.AttendanceStatus;

import static ma.majlis.session.SessionVariables.*;

/**
 * The attendance of the day: every convened member exactly once, present, represented or absent; a represented
 * member's proxy is held by a member who is present and holds no other proxy. Gives the quorum its counts.
 */
@Component
public class RecordAttendanceCheck implements TaskListener {

  private final SessionRecords records;

  public RecordAttendanceCheck(SessionRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    Inputs in = Inputs.of(task.getExecution());
    String sessionKey = SessionOf.key(task);
    List<String> members = records.convened(sessionKey);
    List<SessionRecords.Attendance> attendance = check(in.requiredJsonArray(ATTENDANCE), members);
    int present = (int) attendance.stream().filter(a -> a.status().equals("PRESENT")).count();
    int represented = (int) attendance.stream().filter(a -> a.status().equals("REPRESENTED")).count();
    records.saveAttendance(sessionKey, records.proceedings(sessionKey).orElseThrow().convocationRound(), attendance,
        present, represented);
    boolean controllerPresent = in.isPresent(CONTROLLER_PRESENT) && in.requiredBoolean(CONTROLLER_PRESENT);
    String controllerRemarks = in.optionalString(CONTROLLER_REMARKS, 4000);
    if (!controllerPresent && controllerRemarks != null) {
      throw new InputRejectedException(CONTROLLER_REMARKS, "the state controller's remarks need him present:"
          + " tick his presence, or leave the remarks empty");
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
        throw new InputRejectedException(where + "." + MEMBER_ID, "is required");
      }
      if (!members.contains(member)) {
        throw new InputRejectedException(where + "." + MEMBER_ID, "'" + member + "' is not a member convened to"
            + " this session");
      }
      if (byMember.containsKey(member)) {
        throw new InputRejectedException(where + "." + MEMBER_ID, member + " is listed twice");
      }
      String status = Inputs.text(entry, "status");
      try {
        AttendanceStatus.valueOf(status == null ? "" : status);
      } catch (IllegalArgumentException e) {
        throw new InputRejectedException(where + ".status", "must be one of " + Inputs.names(AttendanceStatus.class)
            + ", got '" + status + "'");
      }
      String holder = "REPRESENTED".equals(status) ? Inputs.text(entry, PROXY_HOLDER) : null;
      byMember.put(member, new SessionRecords.Attendance(member, status, holder));
    }
    List<String> missing = new ArrayList<>(members);
    missing.removeAll(byMember.keySet());
    if (!missing.isEmpty()) {
      throw new InputRejectedException(ATTENDANCE, "must list every convened member; missing: "
          + String.join(", ", missing));
    }
    Set<String> holders = new HashSet<>();
    for (SessionRecords.Attendance a : byMember.values()) {
      if (!a.status().equals("REPRESENTED")) {
        continue;
      }
      String field = ATTENDANCE + "[" + a.memberId() + "]." + PROXY_HOLDER;
      if (a.proxyHolder() == null) {
        throw new InputRejectedException(field, "is required for a represented member");
      }
      SessionRecords.Attendance holder = byMember.get(a.proxyHolder());
      if (holder == null || !holder.status().equals("PRESENT")) {
        throw new InputRejectedException(field, "'" + a.proxyHolder() + "' must be a member who is present");
      }
      if (!holders.add(a.proxyHolder())) {
        throw new InputRejectedException(field, a.proxyHolder() + " already holds a proxy; a member may hold at"
            + " most one proxy");
      }
    }
    List<SessionRecords.Attendance> ordered = new ArrayList<>();
    members.forEach(m -> ordered.add(byMember.get(m)));
    return ordered;
  }
}
