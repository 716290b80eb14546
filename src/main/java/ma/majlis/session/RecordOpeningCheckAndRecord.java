package ma.majlis.session;

import ma.majlis.board.SessionOf;
import ma.majlis.board.SessionRecords;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import ma.majlis.platform.Inputs;

import static ma.majlis.session.SessionVariables.*;

/** The session opens: the summary of the chair's address is recorded for the minutes. */
@Component
public class RecordOpeningCheckAndRecord implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(RecordOpeningCheckAndRecord.class);

  private final SessionRecords records;

  public RecordOpeningCheckAndRecord(SessionRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    String summary = Inputs.of(task).requiredString(OPENING_SUMMARY);
    String key = SessionOf.key(task);
    records.recordOpening(key, summary);
    LOG.info("Session {} opened", key);
  }
}
