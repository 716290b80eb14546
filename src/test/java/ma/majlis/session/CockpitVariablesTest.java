package ma.majlis.session;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ma.majlis.support.ApplicationTest;
import ma.majlis.support.Engine;
import ma.majlis.support.Jobs;
import ma.majlis.support.Rest.Response;

import static ma.majlis.support.Board.MEMBERS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a manager reads in Cockpit's variables tab for a running session: at the session's own scope, the variables
 * that route it and no technical leftovers (no Null-typed placeholder, no form helper, no dossier data, which are
 * local to the step or task that uses them and end with it). Read as Cockpit reads them: all variable instances of
 * the process instance, as the manager. What the forms only show ({@code sessionDate}, {@code agendaView}, the
 * {@code …Options} lists, {@code boardBookFiles}) is no variable at all, neither running nor in the history: Tasklist
 * reads it with the form's variables, computed then ({@code platform/ShownValues}).
 */
class CockpitVariablesTest extends ApplicationTest {

  static final Set<String> STEP_LOCAL = Set.of("draftResolution", "documentRef", "programmes", "budgetLines",
      "committee", "controllerOpinion", "controllerOpinionText", "keyPointList", "keyPointsOffered", "attendanceReply",
      "proxyHolder", "presentationRemarks");
  /** What the forms show and no step takes: computed when a form is read, never a variable of the engine. */
  static final Set<String> SHOWN = Set.of("sessionDate", "replyBy", "agendaView", "proxyHolderOptions",
      "rapporteurOptions", "boardMemberOptions", "ownerOptions", "reopenItemOptions", "boardBookFiles", "voterId",
      "onBehalfOf", "voterOptions", "arrivalOptions");

  @Autowired
  ManagementService management;

  @Test
  void theSessionsOwnScopeHoldsWhatRoutesItAndNoTechnicalLeftovers() {
    String key = "CA-2057-S1";
    Engine api = new Engine(rest);
    Jobs jobs = new Jobs(management);
    String instance = api.convene(jobs, key, LocalDateTime.parse("2057-03-20T10:00"), "TALLY", """
        [{"title":"Opening address of the chair","kind":"ADDRESS"},
         {"title":"Draft budget 2058","kind":"DELIBERATION","subject":"BUDGET"}]""");

    // While the members reply: their replies are local to each reply (a task or its instance); what their forms
    // show is no variable: Tasklist reads it with the form's variables
    List<JsonNode> all = variables(instance);
    List<String> sessionScope = new ArrayList<>();
    for (JsonNode v : all) {
      String name = v.path("name").asText();
      boolean ownScope = instance.equals(v.path("activityInstanceId").asText())
          || (instance.equals(v.path("executionId").asText()) && v.path("taskId").isNull());
      if (ownScope) {
        sessionScope.add(name + ":" + v.path("type").asText());
      }
    }
    assertThat(sessionScope).as("the session's own variables").hasSizeLessThan(35)
        .noneMatch(v -> v.endsWith(":Null")).noneMatch(v -> STEP_LOCAL.contains(v.substring(0, v.indexOf(':'))));
    assertThat(all).extracting(v -> v.path("name").asText()).as("what the forms only show").isNotEmpty()
        .noneMatch(SHOWN::contains);
    JsonNode reply = api.assignedTask("member02", key, "Task_ConfirmAttendance");
    JsonNode shown = api.formVariables("member02", reply.path("id").asText());
    assertThat(shown.has("sessionDate") && shown.has("replyBy") && shown.has("agendaView")
        && shown.has("proxyHolderOptions") && shown.has("boardBookFiles")).as("the reply's form shows " + shown)
        .isTrue();

    // Once every member has replied, nothing of the replies is left but what the record and the routing need
    MEMBERS.forEach(m -> api.completeOk(m, api.assignedTask(m, key, "Task_ConfirmAttendance"),
        Map.of("attendanceReply", "PRESENT")));
    jobs.runDue();
    List<String> leftovers = variables(instance).stream().map(v -> v.path("name").asText())
        .filter(STEP_LOCAL::contains).toList();
    assertThat(leftovers).as("step-local variables after their steps ended").isEmpty();
    assertThat(variables(instance)).extracting(v -> v.path("type").asText()).doesNotContain("Null");
    // nor did the engine's history ever hold what the forms showed (history level full: every value ever written)
    Response history = rest.get("manager", "/engine-rest/history/variable-instance?processInstanceId=" + instance
        + "&deserializeValues=false");
    assertThat(history.status()).as(history.toString()).isEqualTo(200);
    List<String> written = new ArrayList<>();
    history.json().forEach(v -> written.add(v.path("name").asText()));
    assertThat(written).as("the session's variables in history").contains("attendanceReply")
        .noneMatch(SHOWN::contains);
  }

  /** Every variable instance of the session's process instance, as Cockpit asks for them (as the manager). */
  private List<JsonNode> variables(String instance) {
    Response response = rest.get("manager", "/engine-rest/variable-instance?processInstanceIdIn=" + instance
        + "&deserializeValues=false");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    List<JsonNode> list = new ArrayList<>();
    response.json().forEach(list::add);
    return list;
  }
}
