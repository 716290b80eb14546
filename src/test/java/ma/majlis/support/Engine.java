package ma.majlis.support;

import ma.majlis.platform.EngineClock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ma.majlis.support.Rest.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine REST API as the scenario's users use it: list one's tasks, read a task's variables, complete a task
 * with the contract's variables (Json values as {"type":"Json"}).
 */
public final class Engine {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The one demo user that works over REST only (no Tasklist). */
  private static final String INTEGRATION = "integration";
  private final Rest rest;
  private final Tasklist tasklist;

  public Engine(Rest rest) {
    this.rest = rest;
    this.tasklist = new Tasklist(rest.base());
  }

  /** Tasklist, as the people of these tests use it. */
  public Tasklist tasklist() {
    return tasklist;
  }

  /** A Json variable's value, written as the contract says: {"type": "Json", "value": "<json text>"}. */
  public record Json(String text) {
  }

  public static Json json(String text) {
    return new Json(text);
  }

  /** The open tasks the user sees for a business key and task id. */
  public List<JsonNode> tasks(String user, String businessKey, String taskDefinitionKey) {
    Response response = rest.get(user, "/engine-rest/task?processInstanceBusinessKey=" + businessKey
        + "&taskDefinitionKey=" + taskDefinitionKey);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    List<JsonNode> tasks = new ArrayList<>();
    response.json().forEach(tasks::add);
    return tasks;
  }

  /** The single open task the user sees; fails when there is none or more. */
  public JsonNode task(String user, String businessKey, String taskDefinitionKey) {
    List<JsonNode> tasks = tasks(user, businessKey, taskDefinitionKey);
    assertThat(tasks).as(user + " sees one " + taskDefinitionKey + " of " + businessKey).hasSize(1);
    return tasks.get(0);
  }

  /** The single open task assigned to the user (an attendance reply, a vote). */
  public JsonNode assignedTask(String user, String businessKey, String taskDefinitionKey) {
    Response response = rest.get(user, "/engine-rest/task?processInstanceBusinessKey=" + businessKey
        + "&taskDefinitionKey=" + taskDefinitionKey + "&assignee=" + user);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.json().size()).as(user + " has one " + taskDefinitionKey + " of " + businessKey).isEqualTo(1);
    return response.json().get(0);
  }

  public JsonNode variables(String user, String taskId) {
    Response response = rest.get(user, "/engine-rest/task/" + taskId + "/variables?deserializeValues=false");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  /**
   * What a task's form reads, as Tasklist reads it to fill the form: its form variables through the webapps' API
   * (logged in, {@code deserializeValues=false}), the engine's variables and the values Majlis computes for the form
   * ({@code platform/ShownValues}: {@code sessionDate}, {@code agendaView}, the {@code …Options} lists...).
   */
  public JsonNode formVariables(String user, String taskId) {
    Response response = tasklist.get(user, "/task/" + taskId + "/form-variables?deserializeValues=false");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  /** A Json value of a task's form variables (as Tasklist reads them), parsed. */
  public JsonNode formJson(String user, String taskId, String name) {
    JsonNode value = formVariables(user, taskId).path(name).path("value");
    try {
      return value.isTextual() ? JSON.readTree(value.asText()) : value;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A Json variable of a task, parsed. */
  public JsonNode jsonVariable(String user, String taskId, String name) {
    JsonNode value = variables(user, taskId).path(name).path("value");
    try {
      return value.isTextual() ? JSON.readTree(value.asText()) : value;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public Response complete(String user, String taskId, Map<String, ?> variables) {
    return rest.post(user, "/engine-rest/task/" + taskId + "/complete", body(variables));
  }

  /**
   * Completes the task as its user does, and asserts 204: a person in Tasklist (its own submission, see
   * {@link Tasklist}), the integration portal over the engine REST API.
   */
  public void completeOk(String user, JsonNode task, Map<String, ?> variables) {
    completeOk(user, task.path("id").asText(), task.path("taskDefinitionKey").asText(), variables);
  }

  /** {@link #completeOk(String, JsonNode, Map)} for the task of this id and task definition key. */
  public void completeOk(String user, String taskId, String taskKey, Map<String, ?> variables) {
    attemptForgery(user, taskId, taskKey, variables);
    Response response = INTEGRATION.equals(user) ? complete(user, taskId, variables)
        : tasklist.submit(user, taskId, variables);
    assertThat(response.status()).as(user + " completes " + taskKey + ": " + response).isEqualTo(204);
  }

  /**
   * What is tried against every task the tests complete, before its holder does it properly: another person (a
   * member who is not its holder) completes it; its holder delegates it, completes it with a variable outside its
   * contract (the chair's id, which decides who signs and casts the deciding vote), writes that variable directly,
   * gives the task to himself. Each is refused (403, or 404 for a task the stranger cannot see, 400 for the extra
   * variable), Majlis's tables are exactly as before, and the task stays open for the proper completion.
   */
  private void attemptForgery(String user, String id, String taskKey, Map<String, ?> variables) {
    String what = user + " on " + taskKey + ": ";
    String before = recordFingerprint.get();
    String stranger = "member11".equals(user) ? "member10" : "member11";
    Response foreign = complete(stranger, id, variables);
    assertThat(foreign.status()).as(what + stranger + " completes it " + foreign).isIn(403, 404);
    Response delegated = rest.post(user, "/engine-rest/task/" + id + "/delegate", "{\"userId\":\"" + stranger + "\"}");
    assertThat(delegated.status()).as(what + "a delegation " + delegated).isEqualTo(403);
    java.util.Map<String, Object> forged = new java.util.HashMap<>(variables);
    forged.put("chairId", user);
    Response extra = complete(user, id, forged);
    assertThat(extra.status()).as(what + "an extra variable " + extra).isEqualTo(400);
    assertThat(extra.json().path("variable").asText()).as(what + extra).isEqualTo("chairId");
    Response write = rest.post(user, "/engine-rest/task/" + id + "/variables",
        "{\"modifications\":{\"chairId\":{\"value\":\"" + user + "\"}}}");
    assertThat(write.status()).as(what + "a direct write " + write).isEqualTo(403);
    Response reassign = rest.post(user, "/engine-rest/task/" + id + "/assignee", "{\"userId\":\"" + user + "\"}");
    assertThat(reassign.status()).as(what + "a reassignment " + reassign).isEqualTo(403);
    assertThat(recordFingerprint.get()).as(what + "the record after the forgeries").isEqualTo(before);
  }

  /** A fingerprint of Majlis's tables (every row), to show an attempt changed nothing; set by the test base. */
  private static java.util.function.Supplier<String> recordFingerprint = () -> "";

  public static void recordFingerprint(java.util.function.Supplier<String> fingerprint) {
    recordFingerprint = fingerprint;
  }

  /**
   * The integration portal requests the session {@code <BODY>-<YEAR>-S<N>} (Headquarters, Rabat, in person);
   * returns the process instance id.
   */
  public String startSession(String key, String kind, String plannedStart, String voteMode) {
    return new SessionDriver(new TasklistDelivery(rest, null), key).start(kind, plannedStart, voteMode);
  }

  /**
   * A session convened as its people do it ({@link SessionDriver#convene(String)}), the engine clock 20 days before
   * the session. Returns the process instance id.
   */
  public String convene(Jobs jobs, String key, java.time.LocalDateTime day, String voteMode, String agendaJson) {
    SessionDriver.clock(day.minusDays(20));
    SessionDriver session = new SessionDriver(new TasklistDelivery(rest, jobs), key);
    String instance = session.start("ORDINARY", day.toString(), voteMode);
    session.convene(agendaJson);
    return instance;
  }

  /**
   * General management prepares every open dossier of a session, the state controller gives an opinion on each
   * budget, with the answers of {@link Answers}.
   */
  public void prepareDossiersAndOpinions(String key) {
    new SessionDriver(new TasklistDelivery(rest, null), key).prepare();
  }

  /** The body of a process start over REST: the business key and the variables. */
  public static String startBody(String businessKey, Map<String, ?> variables) {
    ObjectNode root = (ObjectNode) parse(body(variables));
    root.put("businessKey", businessKey);
    return root.toString();
  }

  private static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static String body(Map<String, ?> variables) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode vars = root.putObject("variables");
    for (Map.Entry<String, ?> entry : variables.entrySet()) {
      ObjectNode v = vars.putObject(entry.getKey());
      Object value = entry.getValue();
      if (value instanceof Json json) {
        v.put("value", json.text());
        v.put("type", "Json");
      } else if (value instanceof Integer i) {
        v.put("value", i);
        v.put("type", "Integer");
      } else if (value instanceof Boolean b) {
        v.put("value", b);
        v.put("type", "Boolean");
      } else if (value == null) {
        v.putNull("value");
      } else {
        v.put("value", value.toString());
        v.put("type", "String");
      }
    }
    return root.toString();
  }

  /** Names of the fields of a Json object, for messages. */
  public static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    Iterator<String> it = node.fieldNames();
    it.forEachRemaining(names::add);
    return names;
  }
}
