package ma.majlis.presentation;

import ma.majlis.platform.CurrentUser;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import ma.majlis.platform.EngineClock;
import org.camunda.spin.json.SpinJsonNode;

import static org.camunda.spin.Spin.JSON;

/**
 * What the review checks share: the history of remarks, and the approval (who, when, what: recorded in table
 * {@code presentation}). Plain Java over the task's variables ({@link PresentationVariables}) and the service given.
 */
final class ReviewRounds {

  private ReviewRounds() {
  }

  /**
   * The user who completes the task: the authenticated user (Tasklist, REST), else the task's assignee;
   * null when neither is known (e.g. an engine test without authentication).
   */
  static String currentUser(DelegateTask task) {
    return CurrentUser.completing(task);
  }

  /** Appends one review to {@code remarksHistory}; {@code remarks} may be null. */
  static void appendHistory(DelegateTask task, Reviewer by, String decision, String remarks) {
    PresentationVariables vars = PresentationVariables.of(task);
    SpinJsonNode history = vars.remarksHistory();
    SpinJsonNode entry = JSON("{}");
    entry.prop("version", vars.draftRound());
    entry.prop("by", by.name());
    String user = currentUser(task);
    if (user != null) {
      entry.prop("userId", user);
    }
    entry.prop("decision", decision);
    if (remarks != null) {
      entry.prop("remarks", remarks);
    }
    entry.prop("at", now().toString());
    history.append(entry);
    vars.setRemarksHistory(history);
  }

  /** The draft goes back to general management with these remarks. */
  static void sendBack(DelegateTask task, Reviewer by, String remarks) {
    PresentationVariables.of(task).setLastRemarks(remarks, by.label());
  }

  /**
   * The current draft is approved by the user completing the task: the approved version is recorded now, in the
   * completion's transaction (table {@code presentation}), with who approved and when; the session's forms read it
   * there ({@link PresentationCaptions}).
   */
  static void approve(DelegateTask task, Reviewer by, PresentationService presentations) {
    presentations.recordApproved(RecordApprovedPresentationDelegate.approvedVersion(PresentationVariables.of(task),
        currentUser(task), by.name(), EngineClock.now().toInstant(), task.getProcessInstanceId()));
  }

  private static LocalDateTime now() {
    Date now = EngineClock.now();
    return LocalDateTime.ofInstant(now.toInstant(), ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS);
  }
}
