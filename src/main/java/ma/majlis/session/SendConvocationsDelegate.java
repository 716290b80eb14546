package ma.majlis.session;

import ma.majlis.convocation.Convocations;
import ma.majlis.board.SessionChair;
import ma.majlis.board.SessionOf;
import ma.majlis.board.SessionStatus;
import ma.majlis.board.SessionRegistry;
import ma.majlis.board.SessionRecords;
import ma.majlis.board.SessionRecord;
import ma.majlis.board.Bodies;
import ma.majlis.board.Body;
import java.time.LocalDateTime;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import ma.majlis.identity.Groups;
import ma.majlis.platform.WithoutAuthorization;

import static ma.majlis.session.SessionVariables.*;
import static org.camunda.spin.Spin.JSON;

/**
 * Sends the convocations, once the notice is long enough or the chair waived it: one per voting member (the body's
 * group) and per advisory attendee (the state controller, for the board). The minimum notice is the routing variable
 * {@code minimumNoticeDays}, set just before by the business rule task "Determine the required notice" (decision
 * {@code convocation-notice} on the session's recorded kind and round, see {@link ConvocationNoticeInputs}).
 * A notice too short is the business error {@code Error_NoticeTooShort}; a body without members is a technical
 * failure that becomes an incident telling the administrator what to fix.
 */
@Component
public class SendConvocationsDelegate implements JavaDelegate {

  private final IdentityService identity;
  private final Bodies bodies;
  private final SessionRegistry sessions;
  private final SessionRecords records;
  private final SessionChair chairs;
  private final Convocations convocations;

  public SendConvocationsDelegate(IdentityService identity, Bodies bodies, SessionRegistry sessions,
                                  SessionRecords records, SessionChair chairs, Convocations convocations) {
    this.identity = identity;
    this.bodies = bodies;
    this.sessions = sessions;
    this.records = records;
    this.chairs = chairs;
    this.convocations = convocations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // the session as recorded (its request, a new date, a second convocation), not as its variables say
    String key = SessionOf.key(execution);
    SessionRecord session = sessions.find(key).orElseThrow(() -> new IllegalStateException("Session " + key
        + " is not registered (board_session)"));
    String kind = session.kind();
    int round = records.proceedings(key).orElseThrow().convocationRound();
    LocalDateTime plannedStart = session.plannedStart();

    SessionScope variables = SessionScope.of(execution);
    long minimumDays = variables.minimumNoticeDays().orElseThrow(() -> new IllegalStateException(
        "Decision convocation-notice gives no notice for a " + kind + " session, round " + round
            + " (no minimumNoticeDays): check the decision table"));
    long noticeDays = Convocations.noticeDays(plannedStart);
    execution.setVariable(NOTICE_DAYS, (int) noticeDays);
    if (noticeDays < minimumDays && !variables.noticeWaived()) {
      throw new BpmnError(ERROR_NOTICE_TOO_SHORT, "Session " + key + " is " + noticeDays + " days away; the statutes"
          + " require " + minimumDays + " days' notice");
    }

    String bodyCode = session.bodyCode();
    Body body = bodies.find(bodyCode).orElseThrow(() -> new IllegalStateException("Body " + bodyCode
        + " is not registered (table body)"));
    List<String> members = WithoutAuthorization.membersOf(identity, body.groupId());
    if (members.isEmpty()) {
      throw new IllegalStateException("Body " + bodyCode + " has no voting members: add its members to the group "
          + body.groupId() + " in Camunda Admin, then retry this job");
    }
    List<String> advisory = "CA".equals(bodyCode)
        ? WithoutAuthorization.membersOf(identity, Groups.STATE_CONTROLLER) : List.of();

    convocations.send(new Convocations.Session(key, body.name(), kind, round, plannedStart, session.venue(),
        session.format(), session.healthMeasures(), records.agenda(key)), members, advisory);

    // written once here, read from here by every later step; the variables are copies that route and inform
    String chair = chairs.ofBody(bodyCode, members).orElse(null);
    LocalDateTime replyDeadline = Convocations.replyDeadline(plannedStart).withNano(0);
    records.recordConvening(key, round, chair, members, replyDeadline);
    execution.setVariable(MEMBERS, json(members));
    execution.setVariable(CHAIR_ID, chair);
    execution.setVariable(ADVISORY_ATTENDEES, json(advisory));
    execution.setVariable(VOTING_MEMBERS, members.size());
    execution.setVariable(REPLY_DEADLINE, replyDeadline.toString());
    sessions.updateStatus(key, round > 1 ? SessionStatus.CONVENED_AGAIN : SessionStatus.CONVENED);
  }

  private static Object json(List<String> ids) {
    SpinJsonNode array = JSON("[]");
    ids.forEach(array::append);
    return org.camunda.spin.plugin.variable.SpinValues.jsonValue(array.toString()).create();
  }
}
