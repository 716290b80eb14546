package ma.majlis.session;

import ma.majlis.minutes.SessionDocuments;
import ma.majlis.board.Approver;
import ma.majlis.board.SessionOf;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import ma.majlis.platform.ApprovalCheck;

import static ma.majlis.session.SessionVariables.*;

/**
 * The communication office approves both releases (Arabic and French) or withholds them: the rules of every
 * approval ({@link ApprovalCheck}); approved, both versions record who approved them; withheld, both keep the remarks.
 */
@Component
public class ApprovePressReleaseCheckAndRecord implements TaskListener {

  private final ApprovalCheck approval;
  private final SessionDocuments documents;

  public ApprovePressReleaseCheckAndRecord(ApprovalCheck approval, SessionDocuments documents) {
    this.approval = approval;
    this.documents = documents;
  }

  @Override
  public void notify(DelegateTask task) {
    approval.notify(task);
    SessionDocuments.PressReleases releases = documents.currentPressReleases(SessionOf.key(task));
    if (SessionScope.ofProcess(task).approved()) {
      documents.approvePressReleases(releases, Approver.of(task));
    } else {
      documents.withholdPressReleases(releases, SessionScope.ofProcess(task).remarks());
    }
  }
}
