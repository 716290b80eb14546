package ma.majlis.session;

import ma.majlis.minutes.SessionDocuments;
import ma.majlis.board.SessionChair;
import ma.majlis.board.SessionOf;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import ma.majlis.platform.ApprovalCheck;

import static ma.majlis.session.SessionVariables.*;

/**
 * The chair signs the minutes or returns them: the rules of every approval ({@link ApprovalCheck}: {@code approved},
 * {@code remarks} required on a return). Signed: the version is recorded as approved by the chair and the session's
 * status becomes {@code MINUTES_SIGNED}. Returned: the remarks are kept with the version and the secretariat sees
 * them in its review form.
 */
@Component
public class SignMinutesCheckAndRecord implements TaskListener {

  private final ApprovalCheck approval;
  private final SessionDocuments documents;
  private final SessionChair chair;

  public SignMinutesCheckAndRecord(ApprovalCheck approval, SessionDocuments documents, SessionChair chair) {
    this.approval = approval;
    this.documents = documents;
    this.chair = chair;
  }

  @Override
  public void notify(DelegateTask task) {
    // the session's chair, from its record: the task's assignee (chairId) only routes it
    String signer = chair.require(task, "error.chair.signMinutes");
    approval.notify(task);
    String key = SessionOf.key(task);
    if (SessionScope.ofProcess(task).approved()) {
      documents.signMinutes(key, signer);
    } else {
      documents.returnMinutes(key, SessionScope.ofProcess(task).remarks());
    }
  }
}
