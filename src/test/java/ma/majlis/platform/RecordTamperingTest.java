package ma.majlis.platform;

import ma.majlis.process.ProcessKeys;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.majlis.language.Language;
import ma.majlis.language.Texts;
import ma.majlis.support.ApplicationTest;
import ma.majlis.support.Engine;
import ma.majlis.support.Jobs;
import ma.majlis.support.Rest.Response;

import static ma.majlis.support.Engine.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member, the press office or the integration account, each with a valid account, tries to rewrite the record
 * through the engine's REST API and through the webapps' API Tasklist uses: extra variables on a completion,
 * variables written directly, the task's assignee changed or delegated, jobs deleted or moved, variables of a
 * forbidden type or size. Each attempt is refused (400 or 403) and Majlis's tables and the session's variables are
 * exactly as before.
 */
class RecordTamperingTest extends ApplicationTest {

  static final String KEY = "CA-2039-S1";
  static final LocalDateTime DAY = LocalDateTime.parse("2039-03-20T10:00");

  @Autowired
  ManagementService management;
  @Autowired
  RuntimeService runtime;
  @Autowired
  HistoryService history;
  @Autowired
  JdbcTemplate jdbc;

  Engine api;
  Jobs jobs;
  String instance;

  @BeforeEach
  void session() {
    api = new Engine(rest);
    jobs = new Jobs(management);
    instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(KEY).active()
        .processDefinitionKey(ProcessKeys.BOARD_SESSION).list().stream().map(p -> p.getId()).findFirst().orElse(null);
    if (instance != null) {
      return;
    }
    instance = api.convene(jobs, KEY, DAY, "ROLL_CALL", """
        [{"title":"Partnership agreement","kind":"DELIBERATION","subject":"OTHER"}]""");
  }

  /** Every row of Majlis's tables and every variable of the session: what an attack must leave as it was. */
  private String record() {
    StringBuilder all = new StringBuilder();
    for (String table : List.of("body", "board_session", "presentation", "resolution", "vote", "deferred_item",
        "budget_approval", "pending_agenda_item", "follow_up", "committee", "document", "item_dossier",
        "attendance_reply", "session_attendance", "session_member", "agenda_item", "item_recusals", "item_debate",
        "notification_outbox", "item_count", "follow_up_report", "committee_proposal")) {
      all.append(table).append(jdbc.queryForList("select * from " + table + " order by 1").stream()
          .map(row -> new TreeMap<>(row).toString()).toList()).append('\n');
    }
    all.append(new TreeMap<>(runtime.getVariables(instance)));
    runtime.createExecutionQuery().processInstanceId(instance).list()
        .forEach(e -> all.append(new TreeMap<>(runtime.getVariablesLocal(e.getId()))));
    return all.toString();
  }

  private void refused(String attempt, int status, Supplier<Response> attack) {
    String before = record();
    Response response = attack.get();
    assertThat(response.status()).as(attempt + ": " + response).isEqualTo(status);
    assertThat(response.body()).as(attempt).doesNotContain("ENGINE-", "Exception:");
    assertThat(record()).as(attempt + " leaves the record as it was").isEqualTo(before);
  }

  private String attendanceTask(String member) {
    return api.assignedTask(member, KEY, "Task_ConfirmAttendance").path("id").asText();
  }

  @Test
  void aCompletionWithAVariableOutsideTheTasksContractIsRefusedNamingIt() {
    String task = attendanceTask("member04");
    refused("members on a reply", 400, () -> api.complete("member04", task, Map.of("attendanceReply", "PRESENT",
        "members", json("[\"member04\",\"integration\"]"))));
    Response named = api.complete("member04", task, Map.of("attendanceReply", "PRESENT", "plannedStart",
        "2039-03-01T10:00"));
    assertThat(named.json().path("variable").asText()).isEqualTo("plannedStart");
    // member04 reads Arabic (the demo's choice): the rule in Arabic, the variable named as sent
    assertThat(named.json().path("message").asText()).startsWith("plannedStart: "
        + Texts.get(Language.AR, "error.rest.notOfTask", "").strip());
    // the same through Tasklist's own submission
    refused("chairId through Tasklist", 400, () -> api.tasklist().post("member04", "/task/" + task + "/submit-form",
        "{\"variables\":{\"attendanceReply\":{\"value\":\"PRESENT\"},\"chairId\":{\"value\":\"member04\"}}}"));
    // and the contract's variables alone still go through
    api.completeOk("member04", api.assignedTask("member04", KEY, "Task_ConfirmAttendance"),
        Map.of("attendanceReply", "PRESENT"));
  }

  @Test
  void aStartWithAVariableOutsideTheContractIsRefused() {
    Response waived = rest.post("integration", "/engine-rest/process-definition/key/board-session/start", """
        {"businessKey":"CA-2039-S5","variables":{"bodyCode":{"value":"CA"},
         "sessionYear":{"value":2039,"type":"Integer"},"sessionNumber":{"value":5,"type":"Integer"},
         "sessionKind":{"value":"ORDINARY"},"plannedStart":{"value":"2039-03-22T10:00"},
         "venue":{"value":"Rabat"},"format":{"value":"IN_PERSON"},"voteMode":{"value":"TALLY"},
         "noticeWaived":{"value":true,"type":"Boolean"}}}""");
    assertThat(waived.status()).as(waived.toString()).isEqualTo(400);
    assertThat(waived.json().path("variable").asText()).isEqualTo("noticeWaived");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("CA-2039-S5").count()).isZero();
  }

  @Test
  void membersCannotWriteVariablesReassignOrDelegateTasks() {
    String task = attendanceTask("member01");
    refused("task variable", 403, () -> rest.post("member01", "/engine-rest/task/" + task + "/variables",
        "{\"modifications\":{\"chairId\":{\"value\":\"member01\"}}}"));
    refused("one task variable", 403, () -> rest.put("member01", "/engine-rest/task/" + task + "/variables/chairId",
        "{\"value\":\"member01\"}"));
    refused("local variable", 403, () -> rest.put("member01", "/engine-rest/task/" + task
        + "/localVariables/attendanceReply", "{\"value\":\"PRESENT\"}"));
    refused("process variable", 403, () -> rest.post("member01", "/engine-rest/process-instance/" + instance
        + "/variables", "{\"modifications\":{\"plannedStart\":{\"value\":\"2039-03-01T10:00\"}}}"));
    refused("execution variable", 403, () -> rest.put("member01", "/engine-rest/execution/" + instance
        + "/localVariables/chairId", "{\"value\":\"member01\"}"));
    refused("assignee", 403, () -> rest.post("member01", "/engine-rest/task/" + task + "/assignee",
        "{\"userId\":\"member02\"}"));
    refused("delegate", 403, () -> rest.post("member01", "/engine-rest/task/" + task + "/delegate",
        "{\"userId\":\"member02\"}"));
    refused("update the task", 403, () -> rest.put("member01", "/engine-rest/task/" + task,
        "{\"name\":\"Forged\",\"assignee\":\"member02\",\"due\":\"2099-01-01T00:00:00.000+0000\"}"));
    refused("another member's task", 403, () -> api.complete("member02", task, Map.of("attendanceReply", "ABSENT")));
    // through the webapps' API the engine's own authorizations refuse it (TASK_WORK, not UPDATE)
    Response viaWebapp = api.tasklist().post("member01", "/task/" + task + "/variables",
        "{\"modifications\":{\"chairId\":{\"value\":\"member01\"}}}");
    assertThat(viaWebapp.status()).as(viaWebapp.toString()).isIn(403, 500);
    assertThat(runtime.getVariable(instance, "chairId")).isEqualTo("chair");
  }

  @Test
  void onlyAdministratorsTouchJobs() {
    List<Job> cleanup = history.findHistoryCleanupJobs();
    List<Job> sessionJobs = management.createJobQuery().processInstanceId(instance).list();
    List<String> jobIds = new ArrayList<>();
    cleanup.forEach(j -> jobIds.add(j.getId()));
    sessionJobs.forEach(j -> jobIds.add(j.getId()));
    assertThat(jobIds).as("the session's timers and the history cleanup").isNotEmpty();
    for (String user : List.of("member03", "press", "integration", "manager")) {
      for (String job : jobIds) {
        refused(user + " deletes " + job, 403, () -> rest.delete(user, "/engine-rest/job/" + job));
        refused(user + " moves " + job, 403, () -> rest.put(user, "/engine-rest/job/" + job + "/duedate",
            "{\"duedate\":\"2099-01-01T00:00:00.000+0000\"}"));
        refused(user + " runs " + job, 403, () -> rest.post(user, "/engine-rest/job/" + job + "/execute", "{}"));
        refused(user + " sets retries of " + job, 403, () -> rest.put(user, "/engine-rest/job/" + job + "/retries",
            "{\"retries\":0}"));
      }
    }
    // through the webapps' own API too (what Cockpit's buttons call), with a valid login and its CSRF token
    for (String job : jobIds) {
      refused("member03 deletes " + job + " through the webapps' API", 403,
          () -> api.tasklist().send("member03", "DELETE", "/job/" + job, null));
      refused("press moves " + job + " through the webapps' API", 403, () -> api.tasklist().send("press", "PUT",
          "/job/" + job + "/duedate", "{\"duedate\":\"2099-01-01T00:00:00.000+0000\"}"));
    }
    refused("member01 writes a process variable through the webapps' API", 403, () -> api.tasklist().send("member01",
        "POST", "/process-instance/" + instance + "/variables",
        "{\"modifications\":{\"chairId\":{\"value\":\"member01\"}}}"));
    assertThat(history.findHistoryCleanupJobs()).extracting(Job::getDuedate)
        .containsExactlyElementsOf(cleanup.stream().map(Job::getDuedate).toList());
    // an administrator may
    Response admin = rest.get("admin", "/engine-rest/job/" + jobIds.get(0));
    assertThat(admin.status()).isEqualTo(200);
  }

  @Test
  void variablesOfAForbiddenTypeOrSizeAreRefusedWithA400() {
    String task = attendanceTask("member05");
    String id = "/engine-rest/task/" + task + "/complete";
    refused("5000 characters", 400, () -> rest.post("member05", id, "{\"variables\":{\"attendanceReply\":"
        + "{\"value\":\"" + "x".repeat(5000) + "\"}}}"));
    refused("a 300-character name", 400, () -> rest.post("member05", id, "{\"variables\":{\"" + "n".repeat(300)
        + "\":{\"value\":\"PRESENT\"}}}"));
    refused("a serialized Java object", 400, () -> rest.post("member05", id, """
        {"variables":{"attendanceReply":{"value":"rO0ABXQABVBSRVNFTlQ=","type":"Object",
         "valueInfo":{"objectTypeName":"java.lang.String",
         "serializationDataFormat":"application/x-java-serialized-object"}}}}"""));
    refused("a ProcessBuilder", 400, () -> rest.post("member05", id, """
        {"variables":{"attendanceReply":{"value":"{}","type":"Object",
         "valueInfo":{"objectTypeName":"java.lang.ProcessBuilder","serializationDataFormat":"application/json"}}}}"""));
    refused("a NUL byte", 400, () -> rest.post("member05", id,
        "{\"variables\":{\"attendanceReply\":{\"value\":\"PRES\\u0000ENT\"}}}"));
    refused("Json over 256 KB", 400, () -> rest.post("member05", id, "{\"variables\":{\"attendanceReply\":"
        + "{\"type\":\"Json\",\"value\":\"[\\\"" + "x".repeat(300_000) + "\\\"]\"}}}"));
    Response answer = rest.post("member05", id, "{\"variables\":{\"attendanceReply\":{\"value\":\""
        + "x".repeat(5000) + "\"}}}");
    assertThat(answer.json().path("message").asText()).isEqualTo(
        "attendanceReply: " + Texts.get(Language.AR, "error.input.tooLong", "4000", "5000"));
    assertThat(answer.json().path("variable").asText()).isEqualTo("attendanceReply");
  }

  @Test
  void anAgendaOfMoreThanFiftyItemsIsRefused() {
    EngineClock.pinTo(java.sql.Timestamp.valueOf(DAY.minusDays(20)));
    api.startSession("CA-2039-S2", "ORDINARY", DAY.plusDays(1).toString(), "TALLY");
    StringBuilder agenda = new StringBuilder("[");
    for (int i = 0; i < 51; i++) {
      agenda.append(i == 0 ? "" : ",").append("{\"title\":\"Item ").append(i).append("\",\"kind\":\"ADDRESS\"}");
    }
    String task = api.task("secretary", "CA-2039-S2", "Task_PrepareAgenda").path("id").asText();
    Response refused = api.complete("secretary", task, Map.of("agenda", json(agenda.append(']').toString())));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().path("message").asText())
        .isEqualTo("agenda: " + Texts.get(Language.AR, "error.agenda.tooMany", "50", "51"));
    assertThat(api.tasks("secretary", "CA-2039-S2", "Task_PrepareAgenda")).hasSize(1);
  }
}
