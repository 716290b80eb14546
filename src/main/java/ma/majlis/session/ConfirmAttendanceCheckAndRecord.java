package ma.majlis.session;

import ma.majlis.board.SessionOf;
import ma.majlis.board.SessionRecords;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import ma.majlis.platform.InputRejectedException;
import ma.majlis.platform.Inputs;
import ma.majlis.session.SessionVariables.AttendanceReply;

import static ma.majlis.session.SessionVariables.*;

/**
 * A member's reply to the convocation: present, absent, or a proxy to another convened member, who may hold at most
 * one proxy and must not have given their own. Recorded for the attendance of the day.
 */
@Component
public class ConfirmAttendanceCheckAndRecord implements TaskListener {

  private final SessionRecords records;

  public ConfirmAttendanceCheckAndRecord(SessionRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    // read from the reply's execution, where the task's input mapping holds the reply: the task itself has no variable
    // of its own (reading through it would load its empty list first)
    Inputs in = Inputs.of(task.getExecution());
    AttendanceReply reply = in.requiredEnum(ATTENDANCE_REPLY, AttendanceReply.class);
    String member = task.getAssignee();
    String sessionKey = SessionOf.key(task);
    if (reply != AttendanceReply.PROXY) {
      // present or absent: recorded in one statement, only for a member convened to the current round
      if (!records.saveOwnReply(sessionKey, member, reply.name())) {
        throw notConvened(member, sessionKey);
      }
      return;
    }
    SessionRecords.Convened convocation = records.convenedWithRound(sessionKey).orElseThrow();
    int round = convocation.round();
    List<String> convened = convocation.members();
    if (!convened.contains(member)) {
      throw notConvened(member, sessionKey);
    }
    String holder = in.optionalString(PROXY_HOLDER);
    if (holder == null) {
      throw InputRejectedException.of(PROXY_HOLDER, "error.proxy.holderRequired");
    }
    checkProxyHolder(holder, member, convened, records.replies(sessionKey, round));
    records.saveReply(sessionKey, round, new SessionRecords.Reply(member, reply.name(), holder));
  }

  private static org.camunda.bpm.engine.AuthorizationException notConvened(String member, String sessionKey) {
    return new org.camunda.bpm.engine.AuthorizationException("'" + member + "' is not a member convened to "
        + sessionKey + ": only a convened member replies to its convocation");
  }

  static void checkProxyHolder(String holder, String member, List<String> members, List<SessionRecords.Reply> replies) {
    if (holder.equals(member)) {
      throw InputRejectedException.of(PROXY_HOLDER, "error.proxy.self");
    }
    if (!members.contains(holder)) {
      throw InputRejectedException.of(PROXY_HOLDER, "error.session.notConvened", Inputs.quoted(holder));
    }
    for (SessionRecords.Reply other : replies) {
      if (other.memberId().equals(member)) {
        continue;
      }
      if (holder.equals(other.proxyHolder())) {
        throw InputRejectedException.of(PROXY_HOLDER, "error.proxy.holdsOne", holder, other.memberId());
      }
      if (other.memberId().equals(holder) && !AttendanceReply.PRESENT.name().equals(other.reply())) {
        throw InputRejectedException.of(PROXY_HOLDER, AttendanceReply.PROXY.name().equals(other.reply())
            ? "error.proxy.holderGaveProxy" : "error.proxy.holderAbsent", holder);
      }
    }
  }
}
