package ma.majlis.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How a {@link SessionDriver} delivers the people's answers ({@link Answers}) to the application: one thin adapter
 * per way in, so that the same session can be driven through each.
 * <ul>
 *   <li>{@link TasklistDelivery}: in an application test, each person completes in Tasklist (its own webapp API, as
 *   the browser submits the form; the integration portal over the engine REST API); the due jobs run in the test.</li>
 *   <li>{@link RestDelivery}: the engine REST API, on one application or each node of a cluster in turn, polling
 *   for what the job executor does (the reliability tests, real time).</li>
 *   <li>{@link JavaApiDelivery}: the engine's Java API as the user (authenticated, so that authorizations are
 *   checked), each job run as the job executor runs it (the benchmark).</li>
 * </ul>
 */
public interface Delivery {

  /** An open task as its user sees it. */
  record OpenTask(String id, String taskKey, String assignee) {
  }

  /** Starts a process as {@code user}; returns the instance id. */
  String start(String user, String processKey, String businessKey, Map<String, Object> variables);

  /** The open tasks {@code taskKey} of {@code businessKey} that {@code user} sees (only those assigned to them). */
  List<OpenTask> tasks(String user, String businessKey, String taskKey, boolean assignedToUser);

  /** Every open task of these business keys, whoever holds it. */
  List<OpenTask> allOpen(String... businessKeys);

  /** A variable of the task as its user reads it, as text (a Json value as its text); null when it has none. */
  String read(String user, OpenTask task, String variable);

  /** Completes the task as {@code user} with {@code answer}; fails the test when the application refuses it. */
  void complete(String user, OpenTask task, Map<String, Object> answer);

  /** Lets what runs asynchronously run: runs the due jobs in the test (returns how many), or nothing (0). */
  int settle();

  /** The timer at {@code activityId} of the instance is due now; false when the instance has no such timer (yet). */
  boolean fireTimer(String processInstanceId, String activityId);

  /** Whether the instance has ended. */
  boolean ended(String processInstanceId);

  /** How long to wait for a task or an end to appear (zero: what settle runs is all there is), and between polls. */
  default Duration patience() {
    return Duration.ZERO;
  }

  default Duration poll() {
    return Duration.ofMillis(50);
  }
}
