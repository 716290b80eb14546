package ma.majlis.committee;

import ma.majlis.process.ProcessKeys;
import java.time.LocalDateTime;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import static ma.majlis.committee.CommitteeVariables.*;

/**
 * ServiceTask_StartInauguralSession: starts the committee's first session, {@code <CODE>-<YEAR>-S1}, as a
 * {@code board-session} that waits for its agenda. A re-executed step does not start it twice.
 */
@Component
public class StartInauguralSessionDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(StartInauguralSessionDelegate.class);

  private final CommitteeService committees;

  public StartInauguralSessionDelegate(CommitteeService committees) {
    this.committees = committees;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CommitteeVariables vars = CommitteeVariables.of(execution);
    // the committee and its meeting as recorded (a meeting scheduled before it was recorded: as its variables say)
    CommitteeService.InauguralMeeting meeting = committees.inauguralMeeting(execution.getProcessBusinessKey())
        .orElseGet(() -> new CommitteeService.InauguralMeeting(vars.committeeCode(), vars.plannedStart(),
            vars.venue(), vars.format()));
    String code = meeting.code();
    String plannedStart = meeting.plannedStart();
    int year = LocalDateTime.parse(plannedStart).getYear();
    String sessionKey = code + "-" + year + "-S1";
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    boolean running = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.BOARD_SESSION)
        .processInstanceBusinessKey(sessionKey).count() > 0;
    if (running) {
      LOG.info("Inaugural session {} of committee {} already started", sessionKey, code);
    } else {
      runtime.createProcessInstanceByKey(ProcessKeys.BOARD_SESSION)
          .businessKey(sessionKey)
          .setVariables(Variables.createVariables()
              .putValue(SESSION_BODY_CODE, code)
              .putValue(SESSION_YEAR, year)
              .putValue(SESSION_NUMBER, 1)
              .putValue(SESSION_KIND, "ORDINARY")
              .putValue(PLANNED_START, plannedStart)
              .putValue(VENUE, meeting.venue())
              .putValue(FORMAT, meeting.format())
              .putValue(SESSION_VOTE_MODE, "TALLY"))
          .execute();
      LOG.info("Inaugural session {} of committee {} started", sessionKey, code);
    }
    vars.setInauguralSessionKey(sessionKey);
  }
}
