package ma.majlis.session;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import ma.majlis.platform.Inputs;

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
    Inputs in = Inputs.of(execution);
    SessionDocuments.PressReleases releases = documents.draftPressReleases(in.requiredString(SESSION_KEY),
        in.optionalString(CHAIR_ID));
    execution.setVariable(PRESS_RELEASE_AR_ID, releases.arabicId());
    execution.setVariable(PRESS_RELEASE_FR_ID, releases.frenchId());
    execution.setVariable(PRESS_RELEASE_AR_TEXT, documents.textForForm(releases.arabicId()));
    execution.setVariable(PRESS_RELEASE_FR_TEXT, documents.textForForm(releases.frenchId()));
    execution.setVariable(APPROVED, null);
    execution.setVariable(REMARKS, null);
  }

  /** The releases a process refers to. */
  static SessionDocuments.PressReleases of(org.camunda.bpm.engine.delegate.VariableScope scope) {
    return new SessionDocuments.PressReleases(((Number) scope.getVariable(PRESS_RELEASE_AR_ID)).longValue(),
        ((Number) scope.getVariable(PRESS_RELEASE_FR_ID)).longValue());
  }
}
