package ma.majlis.session;

import ma.majlis.minutes.SessionDocuments;
import ma.majlis.board.SessionOf;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;


import static ma.majlis.session.SessionVariables.*;

/**
 * Drafts the press release in Arabic and in French from the session's facts, in the style of the seed release; the
 * approval's form shows both from the documents ({@link SessionDocumentCaptions}).
 */
@Component
public class DraftPressReleaseDelegate implements JavaDelegate {

  private final SessionDocuments documents;

  public DraftPressReleaseDelegate(SessionDocuments documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // the approval's form shows both releases from the documents (SessionDocumentCaptions)
    documents.draftPressReleases(SessionOf.key(execution));
    execution.setVariable(APPROVED, null);
    execution.setVariable(REMARKS, null);
  }

}
