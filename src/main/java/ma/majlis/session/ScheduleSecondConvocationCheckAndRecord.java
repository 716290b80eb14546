package ma.majlis.session;

import ma.majlis.board.SessionOf;
import ma.majlis.board.SessionRecords;
import java.time.LocalDateTime;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import ma.majlis.platform.Inputs;

import static ma.majlis.session.SessionVariables.*;

/** The quorum was not reached: the session is adjourned to a new date, and convened again as round 2. */
@Component
public class ScheduleSecondConvocationCheckAndRecord implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(ScheduleSecondConvocationCheckAndRecord.class);

  private final SessionRecords records;

  public ScheduleSecondConvocationCheckAndRecord(SessionRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    LocalDateTime plannedStart = StartDates.future(Inputs.of(task), PLANNED_START);
    int round = SessionScope.of(task).convocationRound() + 1;
    String key = SessionOf.key(task);
    task.getExecution().setVariable(PLANNED_START, plannedStart.toString());
    task.getExecution().setVariable(CONVOCATION_ROUND, round);
    task.getExecution().setVariable(NOTICE_WAIVED, false);
    records.recordConvocationRound(key, round, plannedStart);
    LOG.info("Session {} adjourned for want of quorum; convocation round {} for {}", key, round, plannedStart);
  }
}
