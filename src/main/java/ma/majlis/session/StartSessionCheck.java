package ma.majlis.session;

import java.time.LocalDateTime;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.spin.json.SpinJsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import ma.majlis.platform.InputRejectedException;
import ma.majlis.platform.Inputs;
import ma.majlis.session.SessionVariables.SessionFormat;
import ma.majlis.session.SessionVariables.SessionKind;
import ma.majlis.session.SessionVariables.VoteMode;

import static ma.majlis.session.SessionVariables.*;

/**
 * Checks a session request when {@code board-session} starts, from Tasklist's start form or over REST, and records
 * the session. A refusal rolls the start back: no instance, no variable, no row is left behind.
 */
@Component
public class StartSessionCheck implements ExecutionListener {

  private static final Logger LOG = LoggerFactory.getLogger(StartSessionCheck.class);

  private final BodyRegistry bodies;
  private final SessionRegistry sessions;

  public StartSessionCheck(BodyRegistry bodies, SessionRegistry sessions) {
    this.bodies = bodies;
    this.sessions = sessions;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Inputs in = Inputs.of(execution);
    String bodyCode = in.requiredString(BODY_CODE);
    Body body = bodies.find(bodyCode).orElseThrow(() -> InputRejectedException.of(BODY_CODE, "error.session.unknownBody",
        String.join(", ", bodies.all().stream().map(Body::code).toList()), Inputs.quoted(bodyCode)));
    int year = in.requiredInteger(SESSION_YEAR, 2000, 2100);
    int number = in.requiredInteger(SESSION_NUMBER, 1, 99);
    SessionKind kind = in.requiredEnum(SESSION_KIND, SessionKind.class);
    LocalDateTime plannedStart = StartDates.future(in, PLANNED_START);
    String venue = in.requiredString(VENUE, 300);
    SessionFormat format = in.requiredEnum(FORMAT, SessionFormat.class);
    VoteMode voteMode = in.requiredEnum(VOTE_MODE, VoteMode.class);
    String healthMeasures = in.optionalString(HEALTH_MEASURES, 1000);
    SpinJsonNode agenda = in.optionalJson(AGENDA);
    if (agenda != null) {
      in.setJson(AGENDA, Agenda.check(AGENDA, agenda));
    }

    String key = bodyCode + "-" + year + "-S" + number;
    String given = execution.getProcessBusinessKey();
    if (given == null || given.isBlank()) {
      execution.setProcessBusinessKey(key);
    } else if (!given.equals(key)) {
      throw InputRejectedException.of(BUSINESS_KEY, "error.session.businessKey", key, bodyCode,
          String.valueOf(year), String.valueOf(number), Inputs.quoted(given));
    }
    if (sessions.find(key).isPresent()) {
      throw SessionRegistry.duplicate(key);
    }
    sessions.create(new SessionRecord(key, bodyCode, year, number, kind.name(), plannedStart, venue, format.name(),
        healthMeasures, voteMode.name(), execution.getProcessInstanceId(),
        SessionStatus.REQUESTED.name()));

    in.setInteger(SESSION_YEAR, year);
    in.setInteger(SESSION_NUMBER, number);
    execution.setVariable(PLANNED_START, plannedStart.toString());
    execution.setVariable(SESSION_KEY, key);
    execution.setVariable(BODY_NAME, body.name());
    execution.setVariable(CONVOCATION_ROUND, 1);
    LOG.info("Session {} requested: {} session of {} on {} at {}", key, kind, body.name(), plannedStart, venue);
  }
}
