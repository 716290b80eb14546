package ma.majlis.session;

import ma.majlis.board.SessionOf;
import ma.majlis.board.SessionRecords;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import static ma.majlis.session.SessionVariables.*;

/** Records the quorum decision of the day with the session (for the minutes and the read API). */
@Component
public class RecordQuorumListener implements ExecutionListener {

  private static final Logger LOG = LoggerFactory.getLogger(RecordQuorumListener.class);

  private final SessionRecords records;

  public RecordQuorumListener(SessionRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String key = SessionOf.key(execution);
    SessionScope session = SessionScope.of(execution);
    boolean reached = session.quorumReached();
    int required = session.quorumRequired();
    records.recordQuorum(key, required, reached);
    LOG.info("Session {}: quorum {} ({} present, {} represented, {} required, round {})", key,
        reached ? "reached" : "NOT reached", session.present(), session.represented(),
        required, session.convocationRound());
  }
}
