package ma.majlis.session;

import ma.majlis.minutes.SessionDocuments;
import ma.majlis.board.SessionOf;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;


import static ma.majlis.session.SessionVariables.*;

/**
 * Drafts the minutes from what the session recorded and stores them. The process keeps no copy of them: the review
 * and signature forms read their text and id from the documents ({@link SessionDocumentCaptions}). The chair's
 * remarks of an earlier approval step are cleared: the review form shows remarks only when the chair returns these
 * minutes.
 */
@Component
public class DraftMinutesDelegate implements JavaDelegate {

  private final SessionDocuments documents;

  public DraftMinutesDelegate(SessionDocuments documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    documents.draftMinutes(SessionOf.key(execution));
    execution.setVariable(APPROVED, null);
    execution.setVariable(REMARKS, null);
  }
}
