package ma.majlis.followup;

import ma.majlis.platform.JsonValues;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import ma.majlis.platform.InputRejectedException;
import ma.majlis.platform.Inputs;
import ma.majlis.platform.WithoutAuthorization;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import ma.majlis.platform.EngineClock;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import static ma.majlis.followup.FollowUpVariables.*;

/**
 * Task_AssignFollowUp: an owner who is a known user, a due date that is not in the past, at least one action.
 * Sets {@code dueDateTime}, the moment the follow-up becomes overdue: the day after the due date at 00:00.
 */
// the name the process calls it by (every deployed version of resolution-follow-up)
@Component("assignFollowUpCheck")
public class AssignFollowUpCheckAndRecord implements TaskListener {

  /** The field of a dynamic list row that holds an action. */
  static final String ACTION_FIELD = "action";

  private final FollowUps followUps;

  public AssignFollowUpCheckAndRecord(FollowUps followUps) {
    this.followUps = followUps;
  }

  @Override
  public void notify(DelegateTask task) {
    Inputs in = Inputs.of(task);
    String owner = in.requiredString(OWNER);
    if (!WithoutAuthorization.userExists(task.getProcessEngineServices().getIdentityService(), owner)) {
      throw InputRejectedException.of(OWNER, "error.followup.unknownOwner", Inputs.quoted(owner));
    }
    LocalDate dueDate = checkDueDate(in.requiredDate(DUE_DATE), today());
    List<String> actions = actions(in.requiredJsonArray(ACTIONS));

    FollowUpVariables vars = FollowUpVariables.of(task);
    vars.setOwner(owner);
    vars.setDueDate(dueDate, overdueFrom(dueDate));
    vars.setActions(actions);
    // who follows the resolution up, by when, doing what: recorded by the assignment itself, not by the job after it
    // from the variables above (which route the owner's task and the overdue timer)
    followUps.assign(vars.resolutionNumber(), owner, dueDate, JsonValues.stringArray(actions).toString());
  }

  public static LocalDate checkDueDate(LocalDate dueDate, LocalDate today) {
    if (dueDate.isBefore(today)) {
      throw InputRejectedException.of(DUE_DATE, "error.followup.dueDatePast", String.valueOf(today),
          String.valueOf(dueDate));
    }
    return dueDate;
  }

  /** Plain strings (integrators) or dynamic list rows {@code {"action": "..."}} (Tasklist); at least one. */
  public static List<String> actions(SpinJsonNode array) {
    List<String> actions = new ArrayList<>();
    List<SpinJsonNode> elements = array.elements();
    for (int i = 0; i < elements.size(); i++) {
      SpinJsonNode element = elements.get(i);
      String action = element.isString() ? element.stringValue().trim() : Inputs.text(element, ACTION_FIELD);
      if (action == null || action.isBlank()) {
        throw InputRejectedException.of(ACTIONS, "error.followup.actionBlank", String.valueOf(i + 1));
      }
      actions.add(action);
    }
    if (actions.isEmpty()) {
      throw InputRejectedException.of(ACTIONS, "error.followup.noAction");
    }
    return actions;
  }

  /** The follow-up is overdue once its due date has passed: the next day at 00:00. */
  public static Date overdueFrom(LocalDate dueDate) {
    return Date.from(dueDate.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  private static LocalDate today() {
    return EngineClock.localNow().toLocalDate();
  }
}
