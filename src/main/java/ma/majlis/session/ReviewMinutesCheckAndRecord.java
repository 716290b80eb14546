package ma.majlis.session;

import ma.majlis.minutes.SessionDocuments;
import ma.majlis.board.SessionOf;
import ma.majlis.documents.DocumentLanguage;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import ma.majlis.platform.InputRejectedException;
import ma.majlis.platform.Inputs;

import static ma.majlis.session.SessionVariables.*;

/**
 * The secretariat's review of the minutes, in French ({@code minutesText}) and in Arabic ({@code minutesTextAr}), each
 * reviewed as below. {@code minutesText} is required (at most 4000 characters, what a text
 * variable holds). The same text keeps the drafted version; a corrected text is stored as the next version of the
 * minutes, each line a paragraph in the documents' style (the text is escaped: what the secretariat typed is shown,
 * never interpreted), and the chair signs that version. The chair's remarks of a return are cleared once answered.
 */
@Component
public class ReviewMinutesCheckAndRecord implements TaskListener {

  private final SessionDocuments documents;

  public ReviewMinutesCheckAndRecord(SessionDocuments documents) {
    this.documents = documents;
  }

  @Override
  public void notify(DelegateTask task) {
    Inputs in = Inputs.of(task);
    String text = in.requiredString(MINUTES_TEXT);
    if (text.length() > SessionDocuments.MAX_FORM_TEXT) {
      throw InputRejectedException.of(MINUTES_TEXT, "error.input.tooLong",
          String.valueOf(SessionDocuments.MAX_FORM_TEXT), String.valueOf(text.length()));
    }
    String arabic = in.requiredString(MINUTES_TEXT_AR);
    if (arabic.length() > SessionDocuments.MAX_FORM_TEXT) {
      throw InputRejectedException.of(MINUTES_TEXT_AR, "error.input.tooLong",
          String.valueOf(SessionDocuments.MAX_FORM_TEXT), String.valueOf(arabic.length()));
    }
    String key = SessionOf.key(task);
    long current = documents.currentMinutes(key);
    long reviewed = documents.reviewMinutes(current, text);
    long currentArabic = documents.currentMinutes(key, DocumentLanguage.AR);
    long reviewedArabic = documents.reviewMinutes(currentArabic, arabic);
    task.getExecution().setVariable(MINUTES_TEXT, reviewed == current ? text : documents.minutesTextForReview(reviewed));
    task.getExecution().setVariable(MINUTES_TEXT_AR, reviewedArabic == currentArabic ? arabic
        : documents.minutesTextForReview(reviewedArabic));
    task.getExecution().setVariable(APPROVED, null);
    task.getExecution().setVariable(REMARKS, null);
  }
}
