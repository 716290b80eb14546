package ma.majlis.session;

import ma.majlis.process.SharedVariables;
import ma.majlis.board.SessionStatus;
import ma.majlis.board.SessionRegistry;
import ma.majlis.board.SessionRecord;
import ma.majlis.board.Bodies;
import ma.majlis.board.Body;
import ma.majlis.agenda.Agenda;
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

import static ma.majlis.board.SessionRegistry.BUSINESS_KEY;
import static ma.majlis.session.SessionVariables.*;

/**
 * Checks a session request when {@code board-session} starts, from Tasklist's start form or over REST, and records
 * the session. A refusal rolls the start back: no instance, no variable, no row is left behind.
 */
@Component
public class StartSessionCheckAndRecord implements ExecutionListener {

  private static final Logger LOG = LoggerFactory.getLogger(StartSessionCheckAndRecord.class);

  private final Bodies bodies;
  private final SessionRegistry sessions;
  private final AgendaCorrections corrections;

  public StartSessionCheckAndRecord(Bodies bodies, SessionRegistry sessions, AgendaCorrections corrections) {
    this.bodies = bodies;
    this.sessions = sessions;
    this.corrections = corrections;
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
    String meetingUrl = meetingUrl(in, format);
    SpinJsonNode agenda = in.optionalJson(AGENDA);
    if (agenda != null) {
      SpinJsonNode checked = Agenda.check(AGENDA, agenda);
      corrections.check(AGENDA, checked, bodyCode);
      in.setJson(AGENDA, checked);
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
        SessionStatus.REQUESTED));
    if (meetingUrl != null) {
      sessions.recordMeetingUrl(key, meetingUrl);
    }

    in.setInteger(SESSION_YEAR, year);
    in.setInteger(SESSION_NUMBER, number);
    execution.setVariable(PLANNED_START, plannedStart.toString());
    execution.setVariable(SharedVariables.SESSION_KEY, key);
    execution.setVariable(BODY_NAME, body.name());
    execution.setVariable(CONVOCATION_ROUND, 1);
    if (meetingUrl == null && execution.hasVariable(MEETING_URL)) {
      execution.removeVariable(MEETING_URL); // a blank link leaves no empty variable behind
    }
    LOG.info("Session {} requested: {} session of {} on {} at {}", key, kind, body.name(), plannedStart, venue);
  }

  /** Optional; an https link without spaces, for a REMOTE or HYBRID session only. */
  static String meetingUrl(Inputs in, SessionFormat format) {
    String url = in.optionalString(MEETING_URL, 1000);
    if (url == null) {
      return null;
    }
    if (format == SessionFormat.IN_PERSON) {
      throw InputRejectedException.of(MEETING_URL, "error.meetingUrl.inPerson");
    }
    try {
      java.net.URI uri = new java.net.URI(url);
      if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getHost().isBlank()) {
        throw new java.net.URISyntaxException(url, "not https");
      }
    } catch (java.net.URISyntaxException e) {
      throw InputRejectedException.of(MEETING_URL, "error.meetingUrl.https",
          "'" + (url.length() > 60 ? url.substring(0, 57) + "..." : url) + "'");
    }
    return url;
  }
}
