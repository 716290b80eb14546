package ma.majlis.session;

import java.time.LocalDateTime;
import java.util.List;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import ma.majlis.identity.Groups;
import ma.majlis.platform.Inputs;
import ma.majlis.platform.WithoutAuthorization;

import static ma.majlis.session.SessionVariables.*;
import static org.camunda.spin.Spin.JSON;

/**
 * Sends the convocations, once the notice is long enough (decision {@code convocation-notice}) or the chair waived
 * it: one per voting member (the body's group) and per advisory attendee (the state controller, for the board).
 * A notice too short is the business error {@code Error_NoticeTooShort}; a body without members is a technical
 * failure that becomes an incident telling the administrator what to fix.
 */
@Component
public class SendConvocationsDelegate implements JavaDelegate {

  private final DecisionService decisions;
  private final IdentityService identity;
  private final BodyRegistry bodies;
  private final SessionRegistry sessions;
  private final Convocations convocations;

  public SendConvocationsDelegate(DecisionService decisions, IdentityService identity, BodyRegistry bodies,
                                  SessionRegistry sessions, Convocations convocations) {
    this.decisions = decisions;
    this.identity = identity;
    this.bodies = bodies;
    this.sessions = sessions;
    this.convocations = convocations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Inputs in = Inputs.of(execution);
    String key = in.requiredString(SESSION_KEY);
    String kind = in.requiredString(SESSION_KIND);
    int round = in.requiredInteger(CONVOCATION_ROUND, 1, 9);
    LocalDateTime plannedStart = in.requiredDateTime(PLANNED_START);

    Object minimum = decisions.evaluateDecisionByKey("convocation-notice")
        .variables(Variables.createVariables().putValue(SESSION_KIND, kind).putValue(CONVOCATION_ROUND, round))
        .evaluate().getSingleEntry();
    if (minimum == null) {
      throw new IllegalStateException("Decision convocation-notice gives no notice for a " + kind
          + " session, round " + round + ": check the decision table");
    }
    long minimumDays = ((Number) minimum).longValue();
    long noticeDays = Convocations.noticeDays(plannedStart);
    execution.setVariable(NOTICE_DAYS, (int) noticeDays);
    execution.setVariable(MINIMUM_NOTICE_DAYS, (int) minimumDays);
    if (noticeDays < minimumDays && !Boolean.TRUE.equals(execution.getVariable(NOTICE_WAIVED))) {
      throw new BpmnError(ERROR_NOTICE_TOO_SHORT, "Session " + key + " is " + noticeDays + " days away; the statutes"
          + " require " + minimumDays + " days' notice");
    }

    String bodyCode = in.requiredString(BODY_CODE);
    Body body = bodies.find(bodyCode).orElseThrow(() -> new IllegalStateException("Body " + bodyCode
        + " is not registered (table body)"));
    List<String> members = WithoutAuthorization.membersOf(identity, body.groupId());
    if (members.isEmpty()) {
      throw new IllegalStateException("Body " + bodyCode + " has no voting members: add its members to the group "
          + body.groupId() + " in Camunda Admin, then retry this job");
    }
    List<String> advisory = "CA".equals(bodyCode)
        ? WithoutAuthorization.membersOf(identity, Groups.STATE_CONTROLLER) : List.of();

    convocations.send(new Convocations.Session(key, body.name(), kind, round, plannedStart,
        in.requiredString(VENUE), in.requiredString(FORMAT), in.optionalString(HEALTH_MEASURES),
        in.requiredJsonArray(AGENDA)), members, advisory);

    execution.setVariable(MEMBERS, json(members));
    execution.setVariable(CHAIR_ID, chairOf(body, members));
    execution.setVariable(ADVISORY_ATTENDEES, json(advisory));
    execution.setVariable(VOTING_MEMBERS, members.size());
    execution.setVariable(REPLY_DEADLINE, Convocations.replyDeadline(plannedStart).withNano(0).toString());
    sessions.updateStatus(key, round > 1 ? SessionStatus.CONVENED_AGAIN : SessionStatus.CONVENED);
  }

  /** The chair: for the board, the member of board-chair; for a committee, the chair it was appointed with. */
  private String chairOf(Body body, List<String> members) {
    if ("CA".equals(body.code())) {
      return WithoutAuthorization.membersOf(identity, Groups.BOARD_CHAIR).stream().filter(members::contains)
          .findFirst().orElse(null);
    }
    return bodies.chairOf(body.code()).orElse(null);
  }

  private static Object json(List<String> ids) {
    SpinJsonNode array = JSON("[]");
    ids.forEach(array::append);
    return org.camunda.spin.plugin.variable.SpinValues.jsonValue(array.toString()).create();
  }
}
