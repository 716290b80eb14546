package ma.majlis.platform;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import ma.majlis.support.ApplicationTest;
import ma.majlis.support.Engine;
import ma.majlis.support.Rest.Response;
import ma.majlis.support.Tasklist;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Json variables read over REST are Json (issue #16): with the engine's default {@code deserializeValues=true}, an
 * integrator reading {@code agenda} gets the agenda itself, not the bean properties of the Java object that holds it
 * ({@code nodeType}, {@code array}, ...), on the three reads of variables, on {@code /engine-rest} and on the webapps'
 * engine API alike; with {@code deserializeValues=false}, as Cockpit and Tasklist ask, the value is the Json text, as
 * before.
 */
class JsonVariablesOverRestTest extends ApplicationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String AGENDA = "[{\"title\":\"Opening address of the chair\",\"kind\":\"ADDRESS\"},"
      + "{\"title\":\"Draft budget 2070\",\"kind\":\"DELIBERATION\",\"subject\":\"BUDGET\"}]";

  private JsonNode agenda;

  @Test
  void aJsonVariableIsReadAsJsonOnBothApis() throws Exception {
    String key = "CA-2069-S1";
    String instance = start(key);
    String task = new Engine(rest).task("secretary", key, "Task_PrepareAgenda").path("id").asText();
    Tasklist webapps = new Tasklist(rest.base());
    // the agenda as the session holds it (the start numbers its items), read as Json text
    Response raw = rest.get("manager", "/engine-rest/process-instance/" + instance
        + "/variables/agenda?deserializeValue=false");
    assertThat(raw.status()).as(raw.toString()).isEqualTo(200);
    agenda = JSON.readTree(raw.json().path("value").asText());
    assertThat(agenda.findValuesAsText("title")).containsExactly("Opening address of the chair", "Draft budget 2070");

    // /variable-instance (GET and POST, as Cockpit's API client sends it), as the manager
    assertAgenda(rest.get("manager", "/engine-rest/variable-instance?processInstanceIdIn=" + instance
        + "&variableName=agenda"), "variable-instance");
    assertAgenda(rest.post("manager", "/engine-rest/variable-instance", "{\"processInstanceIdIn\":[\"" + instance
        + "\"],\"variableName\":\"agenda\"}"), "variable-instance (POST)");
    // the task's variables, as the secretary whose task it is
    assertAgenda(rest.get("secretary", "/engine-rest/task/" + task + "/variables"), "task variables");
    assertAgenda(rest.get("secretary", "/engine-rest/task/" + task + "/variables/agenda"), "task variable");
    assertAgenda(webapps.get("secretary", "/task/" + task + "/variables"), "webapps' task variables");
    // the process instance's variables
    assertAgenda(rest.get("manager", "/engine-rest/process-instance/" + instance + "/variables"),
        "process-instance variables");
    assertAgenda(webapps.get("admin", "/process-instance/" + instance + "/variables"),
        "webapps' process-instance variables");
    // (after a GET, as Cockpit's pages send their first POST: the webapps' CSRF token comes with it)
    assertAgenda(webapps.post("admin", "/variable-instance", "{\"processInstanceIdIn\":[\"" + instance
        + "\"],\"variableName\":\"agenda\"}"), "webapps' variable-instance");

    // what Cockpit and Tasklist read: the Json text, unchanged
    for (Response text : List.of(
        rest.get("manager", "/engine-rest/process-instance/" + instance + "/variables?deserializeValues=false"),
        webapps.get("secretary", "/task/" + task + "/form-variables?deserializeValues=false"),
        webapps.post("admin", "/variable-instance?deserializeValues=false", "{\"processInstanceIdIn\":[\""
            + instance + "\"],\"variableName\":\"agenda\"}"))) {
      assertThat(text.status()).as(text.toString()).isEqualTo(200);
      JsonNode held = text.json().isArray() ? text.json().get(0) : text.json().path("agenda");
      assertThat(held.path("type").asText()).isEqualTo("Json");
      assertThat(held.path("value").isTextual()).as(text.toString()).isTrue();
      assertThat(JSON.readTree(held.path("value").asText())).isEqualTo(agenda);
    }
  }

  /** The answer holds the variable {@code agenda} (a list of variable instances, or a map by name, or the one) as Json. */
  private void assertAgenda(Response response, String what) throws Exception {
    assertThat(response.status()).as(what + ": " + response).isEqualTo(200);
    JsonNode json = response.json();
    JsonNode variable = json.isArray() ? json.get(0) : json.has("agenda") ? json.get("agenda") : json;
    assertThat(variable).as(what + ": " + response).isNotNull();
    assertThat(variable.path("type").asText()).as(what).isEqualTo("Json");
    assertThat(variable.path("value")).as(what + ": the agenda itself").isEqualTo(agenda);
    assertThat(response.body()).as(what).doesNotContain("nodeType");
  }

  /** The integration portal requests the session with its agenda (REST only), a Json variable. */
  private String start(String key) {
    ObjectNode body = JSON.createObjectNode();
    body.put("businessKey", key);
    ObjectNode vars = body.putObject("variables");
    vars.putObject("bodyCode").put("value", "CA");
    vars.putObject("sessionYear").put("value", 2069).put("type", "Integer");
    vars.putObject("sessionNumber").put("value", 1).put("type", "Integer");
    vars.putObject("sessionKind").put("value", "ORDINARY");
    vars.putObject("plannedStart").put("value", "2069-06-24T10:00");
    vars.putObject("venue").put("value", "Headquarters, Rabat");
    vars.putObject("format").put("value", "IN_PERSON");
    vars.putObject("voteMode").put("value", "TALLY");
    vars.putObject("agenda").put("type", "Json").put("value", AGENDA);
    Response response = rest.post("integration", "/engine-rest/process-definition/key/board-session/start",
        body.toString());
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json().path("id").asText();
  }
}
