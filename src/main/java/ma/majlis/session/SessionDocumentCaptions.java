package ma.majlis.session;

import ma.majlis.documents.DocumentLanguage;

import static ma.majlis.session.SessionVariables.MINUTES_DOCUMENT_ID;
import static ma.majlis.session.SessionVariables.MINUTES_TEXT;
import static ma.majlis.session.SessionVariables.MINUTES_TEXT_AR;
import static ma.majlis.session.SessionVariables.PRESS_RELEASE_AR_ID;
import static ma.majlis.session.SessionVariables.PRESS_RELEASE_AR_TEXT;
import static ma.majlis.session.SessionVariables.PRESS_RELEASE_FR_ID;
import static ma.majlis.session.SessionVariables.PRESS_RELEASE_FR_TEXT;

import java.util.Map;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

import ma.majlis.language.Language;
import ma.majlis.minutes.SessionDocuments;
import ma.majlis.platform.ShownTask;
import ma.majlis.platform.ShownValues;
import ma.majlis.process.TaskIds;

/**
 * The documents the secretariat and the chair decide on, as their forms show them, read from the documents each time
 * a form is read ({@link ShownValues}), never stored as variables (issue #17: five variables a session, two of them
 * whole texts, each written, kept in the history and deleted): {@code minutesDocumentId} on "Review the minutes" and
 * "Sign the minutes", the current version in French, the one signed, with the text of the current versions in French
 * and in Arabic, {@code minutesText} and {@code minutesTextAr} (what the secretariat reviews, the chair signs);
 * {@code pressReleaseArId}, {@code pressReleaseFrId} and their texts {@code pressReleaseArText}, {@code
 * pressReleaseFrText} (read only, shortened as a form holds them) on "Approve the press release", the versions
 * approved and published.
 */
@Component
public class SessionDocumentCaptions implements ShownValues {

  private final SessionDocuments documents;

  public SessionDocumentCaptions(SessionDocuments documents) {
    this.documents = documents;
  }

  @Override
  public void addTo(Map<String, TypedValue> shown, ShownTask task, Language language) {
    String key = task.businessKey();
    if (key == null) {
      return;
    }
    switch (task.definitionKey()) {
      case TaskIds.REVIEW_MINUTES, TaskIds.SIGN_MINUTES -> {
        long french = documents.currentMinutes(key);
        shown.put(MINUTES_DOCUMENT_ID, Variables.longValue(french));
        shown.put(MINUTES_TEXT, Variables.stringValue(documents.minutesTextForReview(french)));
        shown.put(MINUTES_TEXT_AR, Variables.stringValue(documents.minutesTextForReview(
            documents.currentMinutes(key, DocumentLanguage.AR))));
      }
      case TaskIds.APPROVE_PRESS_RELEASE -> {
        SessionDocuments.PressReleases releases = documents.currentPressReleases(key);
        shown.put(PRESS_RELEASE_AR_ID, Variables.longValue(releases.arabicId()));
        shown.put(PRESS_RELEASE_FR_ID, Variables.longValue(releases.frenchId()));
        shown.put(PRESS_RELEASE_AR_TEXT, Variables.stringValue(documents.textForForm(releases.arabicId())));
        shown.put(PRESS_RELEASE_FR_TEXT, Variables.stringValue(documents.textForForm(releases.frenchId())));
      }
      default -> {
      }
    }
  }
}
