package ma.majlis.platform;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.camunda.spin.json.SpinJsonNode;

/**
 * An open task whose form is being read, as {@link ShownValues} need it: its step, its assignee, its process's
 * business key (the session, or the resolution a follow-up is about), and the variables it sees that route its step
 * (the agenda proposed, the item, the ballot), each read from the engine once and only when asked for.
 */
public final class ShownTask {

  private final String id;
  private final String definitionKey;
  private final String assignee;
  private final String businessKey;
  private final Function<String, Object> lookup;
  private final Map<String, Object> read = new HashMap<>();

  public ShownTask(String id, String definitionKey, String assignee, String businessKey,
      Function<String, Object> lookup) {
    this.id = id;
    this.definitionKey = definitionKey;
    this.assignee = assignee;
    this.businessKey = businessKey;
    this.lookup = lookup;
  }

  public String id() {
    return id;
  }

  /** The step: the task definition key ({@code Task_ConfirmAttendance}). */
  public String definitionKey() {
    return definitionKey;
  }

  /** Null while the task waits in a group. */
  public String assignee() {
    return assignee;
  }

  /** The business key of the task's process instance; null for a process started without one. */
  public String businessKey() {
    return businessKey;
  }

  /** A variable the task sees (its own, its execution's and their parents'), null when there is none. */
  public Object variable(String name) {
    if (!read.containsKey(name)) {
      read.put(name, lookup.apply(name));
    }
    return read.get(name);
  }

  /** A Json variable the task sees; null when there is none or it is not Json. */
  public SpinJsonNode json(String name) {
    return variable(name) instanceof SpinJsonNode node ? node : null;
  }
}
