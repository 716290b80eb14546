package ma.majlis.session;

import ma.majlis.board.SessionOf;
import ma.majlis.board.SessionRecords;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import ma.majlis.board.AttendanceStatus;

import static ma.majlis.session.SessionVariables.*;
import static org.camunda.spin.Spin.JSON;

/** Prefills the attendance of the day from the replies: present, represented (by whom), or absent (no reply too). */
@Component
public class RecordAttendancePrefill implements TaskListener {

  private final SessionRecords records;

  public RecordAttendancePrefill(SessionRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    String sessionKey = SessionOf.key(task);
    int round = records.proceedings(sessionKey).orElseThrow().convocationRound();
    Map<String, SessionRecords.Reply> replies = new HashMap<>();
    records.replies(sessionKey, round).forEach(r -> replies.put(r.memberId(), r));
    List<String> members = records.convened(sessionKey);
    SpinJsonNode attendance = JSON("[]");
    for (String member : members) {
      SessionRecords.Reply reply = replies.get(member);
      SpinJsonNode entry = JSON("{}");
      entry.prop(MEMBER_ID, member);
      if (reply == null || reply.reply().equals("ABSENT")) {
        entry.prop("status", AttendanceStatus.ABSENT.name());
      } else if (reply.reply().equals("PROXY")) {
        entry.prop("status", AttendanceStatus.REPRESENTED.name());
        entry.prop(PROXY_HOLDER, reply.proxyHolder());
      } else {
        entry.prop("status", AttendanceStatus.PRESENT.name());
      }
      attendance.append(entry);
    }
    task.getExecution().setVariable(ATTENDANCE, SpinValues.jsonValue(attendance.toString()).create());
  }
}
