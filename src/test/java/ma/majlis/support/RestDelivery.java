package ma.majlis.support;

import java.text.SimpleDateFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ma.majlis.support.Rest.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delivers the answers over the engine REST API, as the demo users, on real time, to one application or to several
 * nodes of a cluster: each call goes to the next node in turn, so that a task listed on one node is completed on
 * another. What the job executor does is awaited by polling (calling {@code settle} between polls: in an application
 * test it runs the due jobs; against a packaged application it does nothing and the application's job executor
 * works), up to {@code patience}. A timer comes due when the administrator sets its job's due date to now.
 */
public final class RestDelivery implements Delivery {

  private final Runnable settle;
  private final Duration patience;
  private final Duration poll;
  private volatile List<Rest> nodes;
  private int lastListed;
  private int turn;
  private int crossNodeCompletions;
  private int completions;

  public RestDelivery(List<Rest> nodes, Runnable settle, Duration patience, Duration poll) {
    this.nodes = List.copyOf(nodes);
    this.settle = settle;
    this.patience = patience;
    this.poll = poll;
  }

  /** The nodes to call from now on (a restarted application listens on a new port). */
  public void nodes(List<Rest> nodes) {
    this.nodes = List.copyOf(nodes);
  }

  /** Tasks completed. */
  public int completions() {
    return completions;
  }

  /** Tasks listed on one node and completed through another. */
  public int crossNodeCompletions() {
    return crossNodeCompletions;
  }

  private Rest next() {
    return nodes.get(Math.floorMod(turn++, nodes.size()));
  }

  @Override
  public String start(String user, String processKey, String businessKey, Map<String, Object> variables) {
    Response response = next().post(user, "/engine-rest/process-definition/key/" + processKey + "/start",
        Engine.startBody(businessKey, variables));
    assertThat(response.status()).as(businessKey + " starts: " + response).isEqualTo(200);
    return response.json().path("id").asText();
  }

  /** The tasks as the user lists them; none when the node does not answer (it may be restarting). */
  @Override
  public List<OpenTask> tasks(String user, String businessKey, String taskKey, boolean assignedToUser) {
    int node = Math.floorMod(turn++, nodes.size());
    Response response = nodes.get(node).get(user, "/engine-rest/task?processInstanceBusinessKey=" + businessKey
        + "&taskDefinitionKey=" + taskKey + (assignedToUser ? "&assignee=" + user : ""));
    if (response.status() != 200) {
      return List.of();
    }
    lastListed = node;
    return openTasks(response.json());
  }

  @Override
  public List<OpenTask> allOpen(String... businessKeys) {
    List<OpenTask> open = new ArrayList<>();
    for (String key : businessKeys) {
      Response response = next().get("admin", "/engine-rest/task?processInstanceBusinessKey=" + key);
      if (response.status() == 200) {
        open.addAll(openTasks(response.json()));
      }
    }
    return open;
  }

  @Override
  public String read(String user, OpenTask task, String variable) {
    Response response = next().get(user, "/engine-rest/task/" + task.id() + "/variables?deserializeValues=false");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    JsonNode value = response.json().path(variable).path("value");
    if (value.isMissingNode() || value.isNull()) {
      // a value the form shows without the process holding it (platform/ShownValues: the minutes' texts)
      response = next().get(user, "/engine-rest/task/" + task.id() + "/form-variables?deserializeValues=false");
      assertThat(response.status()).as(response.toString()).isEqualTo(200);
      value = response.json().path(variable).path("value");
    }
    return value.isMissingNode() || value.isNull() ? null : value.asText();
  }

  /** Completes the task through the next node (not the one that listed it, when there are several). */
  @Override
  public void complete(String user, OpenTask task, Map<String, Object> answer) {
    Response response = completion(user, task, answer);
    assertThat(response.status()).as(user + " completes " + task.taskKey() + ": " + response).isEqualTo(204);
  }

  /** The engine's answer to a completion, whatever it is (a test about refusals reads it). */
  public Response completion(String user, OpenTask task, Map<String, ?> answer) {
    int node = Math.floorMod(lastListed + 1, nodes.size());
    crossNodeCompletions += node != lastListed ? 1 : 0;
    completions++;
    return nodes.get(node).post(user, "/engine-rest/task/" + task.id() + "/complete", Engine.body(answer));
  }

  @Override
  public int settle() {
    settle.run();
    return 0;
  }

  @Override
  public boolean fireTimer(String processInstanceId, String activityId) {
    Response jobs = next().get("admin", "/engine-rest/job?processInstanceId=" + processInstanceId
        + "&activityId=" + activityId);
    if (jobs.status() != 200 || jobs.json().size() != 1) {
      return false;
    }
    String id = jobs.json().get(0).path("id").asText();
    String now = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ").format(new Date(System.currentTimeMillis()
        - 1000));
    Response set = next().put("admin", "/engine-rest/job/" + id + "/duedate", "{\"duedate\":\"" + now + "\"}");
    assertThat(set.status()).as("due date of " + activityId + ": " + set).isEqualTo(204);
    return true;
  }

  @Override
  public boolean ended(String processInstanceId) {
    Response response = next().get("admin", "/engine-rest/history/process-instance?processInstanceId="
        + processInstanceId);
    return response.status() == 200 && response.json().size() == 1
        && "COMPLETED".equals(response.json().get(0).path("state").asText());
  }

  @Override
  public Duration patience() {
    return patience;
  }

  @Override
  public Duration poll() {
    return poll;
  }

  /** The tasks of an engine REST task list. */
  static List<OpenTask> openTasks(JsonNode list) {
    List<OpenTask> tasks = new ArrayList<>();
    for (JsonNode task : list) {
      tasks.add(new OpenTask(task.path("id").asText(), task.path("taskDefinitionKey").asText(),
          task.path("assignee").isTextual() ? task.path("assignee").asText() : null));
    }
    return tasks;
  }
}
