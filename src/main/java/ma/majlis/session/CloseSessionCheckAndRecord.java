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

/** The session closes: closing time and remarks are recorded. */
@Component
public class CloseSessionCheckAndRecord implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(CloseSessionCheckAndRecord.class);

  private final SessionRecords records;

  public CloseSessionCheckAndRecord(SessionRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    Inputs in = Inputs.of(task);
    LocalDateTime closedAt = in.requiredDateTime(CLOSED_AT);
    String key = SessionOf.key(task);
    records.recordClose(key, closedAt, in.optionalString(CLOSING_REMARKS));
    task.getExecution().setVariable(CLOSED_AT, closedAt.toString());
    LOG.info("Session {} closed at {}", key, closedAt);
  }
}
