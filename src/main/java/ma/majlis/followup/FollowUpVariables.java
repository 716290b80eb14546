package ma.majlis.followup;

import ma.majlis.platform.TypedVariables;

import ma.majlis.process.MessageNames;

import static ma.majlis.process.SharedVariables.SESSION_KEY;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import ma.majlis.platform.Inputs;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

import static org.camunda.spin.Spin.JSON;

/**
 * The process {@code resolution-follow-up}: the names of its key, message, groups and variables, and typed access
 * to those variables over a task or an execution ({@code FollowUpVariables.of(scope)}); the only place that reads
 * or writes them by name.
 */
public final class FollowUpVariables extends TypedVariables {

  /** Start (message): the adopted resolution; also the business key. */
  public static final String RESOLUTION_NUMBER = "resolutionNumber";

  // Task_AssignFollowUp
  /** The user who carries the resolution out and reports on it. */
  public static final String OWNER = "owner";
  /** ISO-8601 date, e.g. 2022-06-30. */
  public static final String DUE_DATE = "dueDate";
  /** Json array of strings. */
  public static final String ACTIONS = "actions";
  /** Set by the check: the moment the follow-up becomes overdue (the day after the due date, 00:00), a Date. */
  public static final String DUE_DATE_TIME = "dueDateTime";

  // Task_ReportProgress
  public static final String PROGRESS_REPORT = "progressReport";
  public static final String DONE = "done";


  private FollowUpVariables(VariableScope scope) {
    super(scope);
  }

  public static FollowUpVariables of(VariableScope scope) {
    return new FollowUpVariables(scope);
  }

  public String resolutionNumber() {
    return required(RESOLUTION_NUMBER);
  }

  public String sessionKey() {
    return text(SESSION_KEY);
  }

  public String owner() {
    return text(OWNER);
  }

  /** The due date as the assignment's check wrote it. */
  public LocalDate dueDate() {
    return LocalDate.parse(required(DUE_DATE));
  }

  /** The actions as Json text (an array of strings), as the follow-up's record keeps them. */
  public String actionsJson() {
    return String.valueOf(scope.getVariable(ACTIONS));
  }

  public String progressReport() {
    return text(PROGRESS_REPORT);
  }

  public void setOwner(String owner) {
    scope.setVariable(OWNER, owner);
  }

  /** The due date (ISO-8601 text, the contract's type) and the moment the timer makes the follow-up overdue. */
  public void setDueDate(LocalDate dueDate, Date overdueFrom) {
    scope.setVariable(DUE_DATE, dueDate.toString());
    scope.setVariable(DUE_DATE_TIME, overdueFrom);
  }

  public void setActions(List<String> actions) {
    SpinJsonNode array = JSON("[]");
    actions.forEach(array::append);
    Inputs.of(scope).setJson(ACTIONS, array);
  }

  public void setProgressReport(String report) {
    scope.setVariable(PROGRESS_REPORT, report);
  }

  /** Whether the owner said the actions are done (false when the variable is absent). */
  public boolean isDone() {
    return Boolean.TRUE.equals(scope.getVariable(DONE));
  }

  /** Whether the actions are done: the gateway after the report reads it. */
  public void setDone(boolean done) {
    scope.setVariable(DONE, done);
  }

  private String required(String name) {
    return required(name, "the follow-up of this resolution has no value for it; it is set when the follow-up starts (message "
        + MessageNames.RESOLUTION_ADOPTED + ") or is assigned");
  }
}
