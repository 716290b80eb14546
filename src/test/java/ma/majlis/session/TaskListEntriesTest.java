package ma.majlis.session;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import ma.majlis.platform.EngineClock;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ma.majlis.support.ApplicationTest;
import ma.majlis.support.Engine;
import ma.majlis.support.Jobs;
import ma.majlis.support.Rest.Response;

import static ma.majlis.support.Engine.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people meet in Tasklist's list and forms: tasks named with their session and item, due dates where the rules
 * set a deadline, the session's date in words, the agenda with its proposals, people offered by name, and the
 * filter each role lands on, with its count, read as Tasklist reads them (the webapps' API, logged in).
 */
class TaskListEntriesTest extends ApplicationTest {

  static final String KEY = "CA-2053-S1";
  static final LocalDateTime DAY = LocalDateTime.parse("2053-03-20T10:00");

  @Autowired
  ManagementService management;
  @Autowired
  TaskService taskService;

  @Test
  void tasksSayWhatTheyAreAndEachRoleLandsOnItsWork() {
    EngineClock.pinTo(Timestamp.valueOf(DAY.minusDays(20)));
    Engine api = new Engine(rest);
    api.startSession(KEY, "ORDINARY", DAY.toString(), "ROLL_CALL");

    JsonNode prepare = api.task("secretary", KEY, "Task_PrepareAgenda");
    assertThat(prepare.path("name").asText()).isEqualTo("Préparer l’ordre du jour — " + KEY);
    assertThat(options(api, "secretary", prepare, "rapporteurOptions")).contains("director", "member01");
    // The secretary lands on the secretariat's tasks, with their count.
    assertLandsOn(api, "secretary", "كتابة المجلس");

    api.completeOk("secretary", prepare, Map.of("agenda", json("""
        [{"title":"Opening address of the chair","kind":"ADDRESS"},
         {"title":"Draft budget 2054","kind":"DELIBERATION","subject":"BUDGET","rapporteur":"director"}]""")));
    new Jobs(management).runDue(); // the items open in a job after the agenda (Gateway_PrepareItems)
    JsonNode dossier = api.task("director", KEY, "Task_PrepareItemDossier");
    assertThat(dossier.path("name").asText()).isEqualTo("Préparer le dossier du point — " + KEY + " — Draft budget 2054");
    assertLandsOn(api, "director", "Direction générale");
    api.prepareDossiersAndOpinions(KEY);
    new Jobs(management).runDue(); // the preparation's join runs in a job
    // The chair's approval shows the agenda as proposed, with the controller's opinion, and what he may reopen
    JsonNode approval = api.task("chair", KEY, "Task_ApproveConvocation");
    JsonNode proposed = api.formJson("chair", approval.path("id").asText(), "agendaView");
    assertThat(proposed.findValuesAsText("title")).containsExactly("Opening address of the chair", "Draft budget 2054");
    assertThat(proposed.get(1).has("opinion")).as(proposed.toString()).isTrue();
    assertThat(api.formJson("chair", approval.path("id").asText(), "reopenItemOptions").findValuesAsText("value"))
        .containsExactly("2");
    api.completeOk("chair", approval, Map.of("approved", true));
    new Jobs(management).runDue();

    // A member's reply (member01 reads Arabic): due the day before the session, the date in words, the agenda with the proposals, and the
    // other members offered by name for a proxy.
    JsonNode reply = api.assignedTask("member01", KEY, "Task_ConfirmAttendance");
    assertThat(reply.path("name").asText()).isEqualTo("تأكيد حضورك — " + KEY);
    Task task = taskService.createTaskQuery().taskId(reply.path("id").asText()).singleResult();
    assertThat(task.getDueDate().toInstant().atZone(ZoneId.systemDefault()).toLocalDateTime())
        .isEqualTo(DAY.minusDays(1));
    JsonNode variables = api.tasklist().get("member01", "/task/" + task.getId() + "/form-variables?deserializeValues=false").json();
    assertThat(variables.path("sessionDate").path("value").asText()).isEqualTo("الخميس 20 مارس 2053 على الساعة 10:00");
    assertThat(variables.path("replyBy").path("value").asText()).isEqualTo("الأربعاء 19 مارس 2053");
    assertThat(variables.path("agendaView").path("value").asText()).contains("Draft budget 2054",
        "The board approves item BUDGET.");
    List<String> proxies = options(api, "member01", reply, "proxyHolderOptions");
    assertThat(proxies).contains("member02", "chair").doesNotContain("member01");
    assertThat(variables.path("proxyHolderOptions").path("value").asText()).contains("\"label\"");
    assertThat(variables.path("sessionDate").path("type").asText()).isEqualTo("String");
    assertThat(variables.path("agendaView").path("type").asText()).isEqualTo("Json");
    // Computed when the form is read: the engine holds none of it, neither on the task nor above it
    assertThat(taskService.getVariables(task.getId()).keySet()).as("what the engine holds for the reply")
        .doesNotContain("sessionDate", "replyBy", "agendaView", "proxyHolderOptions", "boardBookFiles");
    // The same on the engine's REST API, values deserialized as it writes them by default
    Response engineRest = rest.get("member01", "/engine-rest/task/" + task.getId() + "/form-variables");
    assertThat(engineRest.status()).as(engineRest.toString()).isEqualTo(200);
    assertThat(engineRest.json().path("replyBy").path("value").asText()).isEqualTo("الأربعاء 19 مارس 2053");
    assertThat(engineRest.json().path("agendaView").path("type").asText()).isEqualTo("Json");
    // Only what is asked for, when the request names variables (as the engine answers)
    JsonNode named = api.tasklist().get("member01", "/task/" + task.getId()
        + "/form-variables?variableNames=replyBy&deserializeValues=false").json();
    assertThat(named.fieldNames()).toIterable().containsExactly("replyBy");
    // Shown, not taken: no contract names them, so a completion that sends one is refused
    Response refused = api.complete("member01", task.getId(), Map.of("attendanceReply", "PRESENT",
        "sessionDate", "tomorrow"));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().path("variable").asText()).isEqualTo("sessionDate");
    // Members land on their own tasks, with the count.
    assertLandsOn(api, "member01", "مهامي");
  }

  /** The ids a task's select offers (its options variable, as the form reads it). */
  private static List<String> options(Engine api, String user, JsonNode task, String variable) {
    JsonNode vars = api.tasklist().get(user, "/task/" + task.path("id").asText() + "/form-variables?deserializeValues=false").json();
    List<String> ids = new ArrayList<>();
    try {
      new com.fasterxml.jackson.databind.ObjectMapper().readTree(vars.path(variable).path("value").asText())
          .forEach(o -> ids.add(o.path("value").asText()));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    return ids;
  }

  /** The first filter Tasklist opens for the user (lowest priority) is {@code name}, and it counts some tasks. */
  private static void assertLandsOn(Engine api, String user, String name) {
    Response filters = api.tasklist().get(user, "/filter?resourceType=Task&itemCount=true");
    assertThat(filters.status()).as(filters.toString()).isEqualTo(200);
    List<JsonNode> list = new ArrayList<>();
    filters.json().forEach(list::add);
    list.sort(Comparator.comparingInt(f -> f.path("properties").path("priority").asInt()));
    assertThat(list.get(0).path("name").asText()).as(user + " lands on").isEqualTo(name);
    assertThat(list.get(0).path("itemCount").asInt()).as(user + "'s count").isPositive();
  }
}
