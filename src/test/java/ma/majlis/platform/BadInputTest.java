package ma.majlis.platform;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.majlis.support.ApplicationTest;
import ma.majlis.support.Jobs;
import ma.majlis.support.Rest.Response;
import ma.majlis.support.RestDelivery;
import ma.majlis.support.SessionDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed REST requests: wrong types, missing fields, oversized strings, malformed Json, Json variables that are
 * not Json, unknown task ids, injection-shaped and script-shaped strings. Each gets a 4xx whose body says what is
 * wrong, and the database is unchanged: the row counts of Majlis's tables and of the engine's runtime and history
 * tables are the same before and after.
 */
class BadInputTest extends ApplicationTest {

  static final String START = "/engine-rest/process-definition/key/board-session/start";
  static final String AGENDA_TASK = "{agendaTask}";
  static final String LONG = "x".repeat(10_000);
  static final String VALID_START = """
      "businessKey":"CA-2093-S2","variables":{"bodyCode":{"value":"CA"},"sessionYear":{"value":2093,"type":"Integer"},
      "sessionNumber":{"value":2,"type":"Integer"},"sessionKind":{"value":"ORDINARY"},
      "plannedStart":{"value":"2093-06-24T10:00"},"venue":{"value":"Headquarters, Rabat"},
      "format":{"value":"IN_PERSON"},"voteMode":{"value":"TALLY"}}""";

  static String agendaTaskId;

  @Autowired
  ManagementService management;
  @Autowired
  JdbcTemplate jdbc;

  /** One malformed request: who sends it, where, and the body (with {agendaTask} for the open agenda task). */
  record BadRequest(String name, String user, String path, String body, String mentions) {
    @Override
    public String toString() {
      return name;
    }
  }

  static BadRequest start(String name, String body, String mentions) {
    return new BadRequest(name, "integration", START, body, mentions);
  }

  /** The valid start request with one variable replaced (or removed when {@code json} is null). */
  static String startWith(String variable, String json) {
    String body = "{" + VALID_START + "}";
    String pattern = "\"" + variable + "\":\\{[^}]*\\}";
    return json == null ? body.replaceAll(",?\\s*" + pattern, "")
        : body.replaceAll(pattern, java.util.regex.Matcher.quoteReplacement("\"" + variable + "\":" + json));
  }

  static BadRequest agenda(String name, String body, String mentions) {
    return new BadRequest(name, "secretary", "/engine-rest/task/" + AGENDA_TASK + "/complete", body, mentions);
  }

  static Stream<BadRequest> requests() {
    return Stream.of(
        start("sessionYear as text", startWith("sessionYear", "{\"value\":\"abc\"}"), "sessionYear"),
        start("sessionYear typed Integer but text", startWith("sessionYear", "{\"value\":\"abc\",\"type\":\"Integer\"}"),
            "abc"),
        start("sessionNumber out of range", startWith("sessionNumber", "{\"value\":1000,\"type\":\"Integer\"}"),
            "sessionNumber"),
        start("plannedStart not a date", startWith("plannedStart", "{\"value\":\"next Tuesday\"}"), "plannedStart"),
        start("venue missing", startWith("venue", null), "venue"),
        start("venue of 10,000 characters", startWith("venue", "{\"value\":\"" + LONG + "\"}"), "venue"),
        start("health measures of 10,000 characters", startWith("healthMeasures", null).replace("\"voteMode\"",
            "\"healthMeasures\":{\"value\":\"" + LONG + "\"},\"voteMode\""), "healthMeasures"),
        start("body is malformed Json", "{" + VALID_START.substring(0, 120), ""),
        start("body is not Json", "businessKey=CA-2093-S2&venue=Rabat", ""),
        start("variables is an array", "{\"businessKey\":\"CA-2093-S2\",\"variables\":[1,2,3]}", ""),
        start("agenda Json variable that is not Json",
            startWith("voteMode", "{\"value\":\"TALLY\"},\"agenda\":{\"value\":\"[{oops\",\"type\":\"Json\"}"), "agenda"),
        start("bodyCode SQL-injection-shaped", startWith("bodyCode", "{\"value\":\"CA'; drop table body; --\"}"),
            "bodyCode"),
        start("sessionKind SQL-injection-shaped", startWith("sessionKind", "{\"value\":\"ORDINARY' OR '1'='1\"}"),
            "sessionKind"),
        start("voteMode script-shaped", startWith("voteMode", "{\"value\":\"<script>alert(1)</script>\"}"),
            "voteMode"),
        start("businessKey injection-shaped", "{" + VALID_START.replace("\"CA-2093-S2\"",
            "\"CA-2093-S2'); delete from board_session; --\"") + "}", "businessKey"),
        agenda("agenda null", "{\"variables\":{\"agenda\":{\"value\":null}}}", "agenda"),
        agenda("agenda empty", "{\"variables\":{\"agenda\":{\"value\":\"[]\",\"type\":\"Json\"}}}", "agenda"),
        agenda("agenda not a list", "{\"variables\":{\"agenda\":{\"value\":\"{\\\"title\\\":\\\"x\\\"}\","
            + "\"type\":\"Json\"}}}", "agenda"),
        agenda("agenda Json that is not Json", "{\"variables\":{\"agenda\":{\"value\":\"[{\\\"title\\\":\","
            + "\"type\":\"Json\"}}}", "agenda"),
        agenda("agenda item title of 10,000 characters", "{\"variables\":{\"agenda\":{\"value\":\"[{\\\"title\\\":\\\""
            + LONG + "\\\",\\\"kind\\\":\\\"ADDRESS\\\"}]\",\"type\":\"Json\"}}}", "title"),
        agenda("agenda item kind script-shaped", "{\"variables\":{\"agenda\":{\"value\":\"[{\\\"title\\\":\\\"x\\\","
            + "\\\"kind\\\":\\\"<script>alert(1)</script>\\\"}]\",\"type\":\"Json\"}}}", "kind"),
        agenda("agenda variable of a wrong shape", "{\"variables\":{\"agenda\":\"plain text\"}}", ""),
        agenda("completion body malformed Json", "{\"variables\":{\"agenda\":", ""),
        new BadRequest("unknown task id", "secretary", "/engine-rest/task/no-such-task/complete",
            "{\"variables\":{}}", ""),
        new BadRequest("task id SQL-injection-shaped", "secretary",
            "/engine-rest/task/x'%20or%20'1'%3D'1/complete", "{\"variables\":{}}", ""));
  }

  @BeforeEach
  void openAnAgendaTask() {
    if (agendaTaskId != null) {
      return;
    }
    SessionDriver session = new SessionDriver(new RestDelivery(List.of(rest), new Jobs(management)::runDue,
        Duration.ofSeconds(5), Duration.ofMillis(20)), "CA-2093-S1");
    session.start("ORDINARY", LocalDateTime.now().plusDays(20), "TALLY");
    agendaTaskId = session.awaitTask("secretary", "Task_PrepareAgenda").id();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void aMalformedRequestGetsA4xxWithAMessageAndChangesNothing(BadRequest request) {
    Map<String, Integer> before = rowCounts();

    Response response = rest.post(request.user(), request.path().replace(AGENDA_TASK, agendaTaskId),
        "application/json", request.body().replace(AGENDA_TASK, agendaTaskId));

    assertThat(response.status()).as(request + ": " + response).isBetween(400, 499);
    String message = response.json().path("message").asText();
    assertThat(message).as(request + ": the body says what is wrong: " + response).isNotBlank();
    assertThat(message).as(request + ": " + message).contains(request.mentions());
    assertThat(rowCounts()).as(request + ": the database is unchanged").isEqualTo(before);
    System.out.println("BadInputTest: " + request + " -> " + response.status() + " " + shorten(message));
  }

  private static String shorten(String text) {
    return text.length() > 160 ? text.substring(0, 160) + "..." : text;
  }

  /** Row counts of Majlis's tables and of the engine's instances, tasks, variables, jobs and history. */
  private Map<String, Integer> rowCounts() {
    List<String> tables = new java.util.ArrayList<>(jdbc.queryForList("select table_name from information_schema.tables"
        + " where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like 'act\\_%'"
        + " and table_name <> 'flyway_schema_history' order by table_name", String.class));
    tables.addAll(List.of("act_ru_execution", "act_ru_task", "act_ru_variable", "act_ru_job", "act_ru_incident",
        "act_hi_procinst", "act_hi_actinst", "act_hi_taskinst", "act_hi_varinst", "act_ge_bytearray"));
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String table : tables) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class));
    }
    assertThat(counts).containsKeys("board_session", "resolution", "notification_outbox");
    return counts;
  }
}
