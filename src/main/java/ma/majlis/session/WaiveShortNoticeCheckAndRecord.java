package ma.majlis.session;

import ma.majlis.board.SessionOf;
import ma.majlis.board.SessionRecords;
import java.time.LocalDateTime;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import ma.majlis.platform.InputRejectedException;
import ma.majlis.platform.Inputs;

import static ma.majlis.session.SessionVariables.*;

/** The chair waives a short notice, with a reason that is recorded, or sets a new date. */
@Component
public class WaiveShortNoticeCheckAndRecord implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(WaiveShortNoticeCheckAndRecord.class);

  private final SessionRecords records;

  public WaiveShortNoticeCheckAndRecord(SessionRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    Inputs in = Inputs.of(task);
    boolean waive = in.requiredBoolean(WAIVE_NOTICE);
    String key = SessionOf.key(task);
    task.getExecution().setVariable(WAIVE_NOTICE, waive);
    if (waive) {
      String reason = in.optionalString(WAIVER_REASON);
      if (reason == null) {
        throw InputRejectedException.of(WAIVER_REASON, "error.session.waiverReasonRequired");
      }
      task.getExecution().setVariable(NOTICE_WAIVED, true);
      records.recordWaiver(key, reason);
      LOG.info("Session {}: the chair waived the short notice ({})", key, reason);
    } else {
      LocalDateTime plannedStart = StartDates.future(in, PLANNED_START);
      task.getExecution().setVariable(PLANNED_START, plannedStart.toString());
      records.recordConvocationRound(key, SessionScope.of(task).convocationRound(), plannedStart);
      LOG.info("Session {}: the chair set a new date, {}", key, plannedStart);
    }
  }
}
