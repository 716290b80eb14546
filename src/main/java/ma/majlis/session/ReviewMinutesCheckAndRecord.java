package ma.majlis.session;

import ma.majlis.minutes.SessionDocuments;
import ma.majlis.board.SessionOf;
import ma.majlis.documents.DocumentLanguage;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import ma.majlis.platform.Inputs;

import static ma.majlis.session.SessionVariables.*;

/**
 * The secretariat's review of the minutes, in French ({@code minutesText}) and in Arabic ({@code minutesTextAr}), each
 * reviewed as below; neither may be blank, each holds at most 4000 characters (what a text variable holds). The same
 * text keeps the current version; a corrected text is stored as the next version of the minutes, each line a
 * paragraph in the documents' style (the text is escaped: what the secretariat typed is shown, never interpreted), and
 * the chair signs that version. A text not submitted keeps its current version, as the same text does. The texts are
 * the documents' (the form reads them there, {@link SessionDocumentCaptions}): they reach the engine as transient
 * variables (the task's {@code majlis.transientVariables}), and one sent stored through the Java API is removed here,
 * so that the process never holds a copy of the minutes. The chair's remarks of a return are cleared once answered.
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
    String text = submitted(task, in, MINUTES_TEXT);
    String arabic = submitted(task, in, MINUTES_TEXT_AR);
    String key = SessionOf.key(task);
    if (text != null) {
      documents.reviewMinutes(documents.currentMinutes(key), text);
    }
    if (arabic != null) {
      documents.reviewMinutes(documents.currentMinutes(key, DocumentLanguage.AR), arabic);
    }
    task.getExecution().removeVariable(MINUTES_TEXT);
    task.getExecution().removeVariable(MINUTES_TEXT_AR);
    task.getExecution().setVariable(APPROVED, null);
    task.getExecution().setVariable(REMARKS, null);
  }

  /** The text submitted under {@code name}, checked; null when none was. */
  private static String submitted(DelegateTask task, Inputs in, String name) {
    if (task.getVariable(name) == null) {
      return null;
    }
    return in.requiredString(name, SessionDocuments.MAX_FORM_TEXT);
  }
}
