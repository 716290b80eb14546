package ma.majlis.session;

import ma.majlis.minutes.SessionDocuments;
import ma.majlis.board.SessionOf;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;


import static ma.majlis.session.SessionVariables.*;

/**
 * Drafts the press release in Arabic and in French from the session's facts, in the style of the seed release; the
 * process keeps both ids and, for the approval form, both texts.
 */
@Component
public class DraftPressReleaseDelegate implements JavaDelegate {

  private final SessionDocuments documents;

  public DraftPressReleaseDelegate(SessionDocuments documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SessionDocuments.PressReleases releases = documents.draftPressReleases(SessionOf.key(execution));
    execution.setVariable(PRESS_RELEASE_AR_ID, releases.arabicId());
    execution.setVariable(PRESS_RELEASE_FR_ID, releases.frenchId());
    execution.setVariable(PRESS_RELEASE_AR_TEXT, documents.textForForm(releases.arabicId()));
    execution.setVariable(PRESS_RELEASE_FR_TEXT, documents.textForForm(releases.frenchId()));
    execution.setVariable(APPROVED, null);
    execution.setVariable(REMARKS, null);
  }

}
