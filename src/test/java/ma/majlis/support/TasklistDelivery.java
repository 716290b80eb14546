package ma.majlis.support;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import ma.majlis.platform.EngineClock;
import org.camunda.bpm.engine.runtime.Job;

import ma.majlis.support.Rest.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delivers the answers as people do in an application test: each person completes the task in Tasklist (its own
 * webapp API, with the form's submission; see {@link Tasklist}), after the forgeries {@link Engine} tries against
 * every task; the integration portal starts sessions over the engine REST API. Tasks are listed over the engine
 * REST API as their user. The engine's due jobs run in the test ({@link Jobs}) after each completion, as the job
 * executor would take them at once; a timer comes due by moving the engine clock to it. Without {@code jobs},
 * nothing runs between the steps.
 */
public final class TasklistDelivery implements Delivery {

  private final Rest rest;
  private final Engine engine;
  private final Jobs jobs;

  public TasklistDelivery(Rest rest, Jobs jobs) {
    this.rest = rest;
    this.engine = new Engine(rest);
    this.jobs = jobs;
  }

  @Override
  public String start(String user, String processKey, String businessKey, Map<String, Object> variables) {
    Response response = rest.post(user, "/engine-rest/process-definition/key/" + processKey + "/start",
        Engine.startBody(businessKey, variables));
    assertThat(response.status()).as(user + " starts " + processKey + " " + businessKey + ": " + response)
        .isEqualTo(200);
    return response.json().path("id").asText();
  }

  @Override
  public List<OpenTask> tasks(String user, String businessKey, String taskKey, boolean assignedToUser) {
    Response response = rest.get(user, "/engine-rest/task?processInstanceBusinessKey=" + businessKey
        + "&taskDefinitionKey=" + taskKey + (assignedToUser ? "&assignee=" + user : ""));
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return RestDelivery.openTasks(response.json());
  }

  @Override
  public List<OpenTask> allOpen(String... businessKeys) {
    List<OpenTask> open = new ArrayList<>();
    for (String key : businessKeys) {
      Response response = rest.get("admin", "/engine-rest/task?processInstanceBusinessKey=" + key);
      assertThat(response.status()).as(response.toString()).isEqualTo(200);
      open.addAll(RestDelivery.openTasks(response.json()));
    }
    return open;
  }

  @Override
  public String read(String user, OpenTask task, String variable) {
    JsonNode value = engine.variables(user, task.id()).path(variable).path("value");
    if (value.isMissingNode() || value.isNull()) {
      // a value the form shows without the process holding it (platform/ShownValues: the minutes' texts)
      value = engine.formVariables(user, task.id()).path(variable).path("value");
    }
    return value.isMissingNode() || value.isNull() ? null : value.asText();
  }

  @Override
  public void complete(String user, OpenTask task, Map<String, Object> answer) {
    engine.completeOk(user, task.id(), task.taskKey(), answer);
    settle(); // the job executor takes what the step left at once
  }

  @Override
  public int settle() {
    return jobs == null ? 0 : jobs.runDue();
  }

  /** Moves the engine clock to the timer's due date (if it is later) and runs the due jobs. */
  @Override
  public boolean fireTimer(String processInstanceId, String activityId) {
    if (jobs == null) {
      throw new IllegalStateException("A timer needs the jobs: new TasklistDelivery(rest, jobs)");
    }
    Job timer = jobs.management().createJobQuery().processInstanceId(processInstanceId).activityId(activityId)
        .timers().singleResult();
    if (timer == null) {
      return false;
    }
    if (timer.getDuedate() != null && timer.getDuedate().after(EngineClock.now())) {
      EngineClock.pinTo(new Timestamp(timer.getDuedate().getTime()));
    }
    jobs.runDue();
    return true;
  }

  @Override
  public boolean ended(String processInstanceId) {
    Response response = rest.get("admin", "/engine-rest/history/process-instance?processInstanceId="
        + processInstanceId);
    return response.status() == 200 && response.json().size() == 1
        && "COMPLETED".equals(response.json().get(0).path("state").asText());
  }
}
