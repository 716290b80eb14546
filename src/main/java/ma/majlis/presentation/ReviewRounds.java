package ma.majlis.presentation;

import ma.majlis.platform.CurrentUser;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import ma.majlis.platform.EngineClock;
import org.camunda.spin.json.SpinJsonNode;

import ma.majlis.platform.Inputs;

import static ma.majlis.presentation.PresentationVariables.APPROVED_AT;
import static ma.majlis.presentation.PresentationVariables.APPROVED_BY;
import static ma.majlis.presentation.PresentationVariables.APPROVED_BY_ROLE;
import static ma.majlis.presentation.PresentationVariables.DRAFT_ROUND;
import static ma.majlis.presentation.PresentationVariables.LAST_REMARKS;
import static ma.majlis.presentation.PresentationVariables.LAST_REMARKS_BY;
import static ma.majlis.presentation.PresentationVariables.REMARKS_HISTORY;
import static org.camunda.spin.Spin.JSON;

/**
 * What the review checks share: the counters, the history of remarks, and the approval (who, when). Plain
 * Java over the task's variables, so that the checks need no Spring.
 */
final class ReviewRounds {

  private ReviewRounds() {
  }

  /** A counter kept as an Integer variable; 0 when absent. */
  static int counter(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return value instanceof Number n ? n.intValue() : 0;
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
    Inputs inputs = Inputs.of(task);
    SpinJsonNode history = inputs.optionalJson(REMARKS_HISTORY);
    if (history == null || !history.isArray()) {
      history = JSON("[]");
    }
    SpinJsonNode entry = JSON("{}");
    entry.prop("version", counter(task, DRAFT_ROUND));
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
    inputs.setJson(REMARKS_HISTORY, history);
  }

  /** The draft goes back to general management with these remarks. */
  static void sendBack(DelegateTask task, Reviewer by, String remarks) {
    task.setVariable(LAST_REMARKS, remarks);
    task.setVariable(LAST_REMARKS_BY, by.label());
  }

  /** The current draft is approved by the user completing the task. */
  static void approve(DelegateTask task, Reviewer by) {
    task.setVariable(APPROVED_BY, currentUser(task));
    task.setVariable(APPROVED_BY_ROLE, by.name());
    task.setVariable(APPROVED_AT, EngineClock.now());
  }

  private static LocalDateTime now() {
    Date now = EngineClock.now();
    return LocalDateTime.ofInstant(now.toInstant(), ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS);
  }
}
