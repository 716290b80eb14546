package ma.majlis.session;

import ma.majlis.identity.Groups;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import ma.majlis.platform.EngineClock;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.majlis.support.ApplicationTest;
import ma.majlis.support.Rest.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** Starting a session over REST: a good request opens the agenda task, a bad one gets 400 and leaves nothing. */
class StartSessionRestTest extends ApplicationTest {

  /** The integration portal reads the refusals in English here (the demo gives it French), as an integrator sets it. */
  @org.junit.jupiter.api.BeforeEach
  void integratorsReadEnglish() {
    rest.put("admin", "/api/users/integration/preferences", "{\"language\":\"en\"}");
  }

  @org.junit.jupiter.api.AfterEach
  void theDemosFrenchComesBack() {
    rest.put("admin", "/api/users/integration/preferences", "{\"language\":\"fr\"}");
  }


  @Autowired
  RuntimeService runtime;
  @Autowired
  HistoryService history;
  @Autowired
  JdbcTemplate jdbc;

  @BeforeEach
  void pinClock() {
    EngineClock.pinTo(java.sql.Timestamp.valueOf("2029-01-10 09:00:00"));
  }

  static String start(String businessKey, String body, Object year, Object number, String kind, String plannedStart,
                      String voteMode) {
    StringBuilder json = new StringBuilder("{");
    if (businessKey != null) {
      json.append("\"businessKey\":\"").append(businessKey).append("\",");
    }
    json.append("\"variables\":{")
        .append(var("bodyCode", body, "String")).append(',')
        .append(var("sessionYear", year, "Integer")).append(',')
        .append(var("sessionNumber", number, "Integer")).append(',')
        .append(var("sessionKind", kind, "String")).append(',')
        .append(var("plannedStart", plannedStart, "String")).append(',')
        .append(var("venue", "Headquarters, Rabat", "String")).append(',')
        .append(var("format", "IN_PERSON", "String")).append(',')
        .append(var("voteMode", voteMode, "String"))
        .append("}}");
    return json.toString();
  }

  private static String var(String name, Object value, String type) {
    String rendered = value == null ? "null" : value instanceof String ? "\"" + value + "\"" : value.toString();
    return "\"" + name + "\":{\"value\":" + rendered + ",\"type\":\"" + type + "\"}";
  }

  @Test
  void integratorStartsASessionAndTheSecretariatGetsTheAgendaTask() {
    Response response = rest.post("integration", "/engine-rest/process-definition/key/board-session/start",
        start("CA-2029-S1", "CA", 2029, 1, "ORDINARY", "2029-02-15T10:00", "TALLY"));
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey("CA-2029-S1")
        .singleResult();
    assertThat(instance).isWaitingAt("Task_PrepareAgenda");
    assertThat(task(instance)).hasCandidateGroup(Groups.BOARD_SECRETARIAT);
    assertThat(runtime.getVariable(instance.getId(), "convocationRound")).isEqualTo(1);
    assertThat(jdbc.queryForObject("select status from board_session where business_key = 'CA-2029-S1'",
        String.class)).isEqualTo("REQUESTED");
    Response tasks = rest.get("secretary", "/engine-rest/task?processInstanceBusinessKey=CA-2029-S1");
    assertThat(tasks.json().findValuesAsText("taskDefinitionKey")).containsExactly("Task_PrepareAgenda");
  }

  @Test
  void withoutABusinessKeyTheKeyIsMadeFromBodyYearAndNumber() {
    Response response = rest.post("integration", "/engine-rest/process-definition/key/board-session/start",
        start(null, "CA", 2029, 7, "EXTRAORDINARY", "2029-03-01T09:30", "ROLL_CALL"));
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.json().path("businessKey").asText()).isEqualTo("CA-2029-S7");
  }

  static Stream<Arguments> badStarts() {
    return Stream.of(
        Arguments.of("unknown body", start("XX-2029-S2", "XX", 2029, 2, "ORDINARY", "2029-02-15T10:00", "TALLY"),
            "bodyCode", "known body"),
        Arguments.of("date not ISO-8601", start("CA-2029-S3", "CA", 2029, 3, "ORDINARY", "15/02/2029 10:00", "TALLY"),
            "plannedStart", "ISO-8601"),
        Arguments.of("vote mode misspelt", start("CA-2029-S4", "CA", 2029, 4, "ORDINARY", "2029-02-15T10:00", "TALY"),
            "voteMode", "must be one of [TALLY, ROLL_CALL]"),
        Arguments.of("unknown kind", start("CA-2029-S5", "CA", 2029, 5, "SPECIAL", "2029-02-15T10:00", "TALLY"),
            "sessionKind", "must be one of [ORDINARY, EXTRAORDINARY]"),
        Arguments.of("year out of range", start("CA-1999-S6", "CA", 1999, 6, "ORDINARY", "2029-02-15T10:00", "TALLY"),
            "sessionYear", "from 2000 to 2100"),
        Arguments.of("date in the past", start("CA-2029-S8", "CA", 2029, 8, "ORDINARY", "2028-12-15T10:00", "TALLY"),
            "plannedStart", "in the future"),
        Arguments.of("key that does not match", start("CA-2029-S9", "CA", 2029, 10, "ORDINARY", "2029-02-15T10:00",
            "TALLY"), "businessKey", "must be CA-2029-S10"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badStarts")
  void aBadStartIsRefusedWith400AndLeavesNothingBehind(String label, String request, String variable, String rule) {
    long outboxBefore = jdbc.queryForObject("select count(*) from notification_outbox", Long.class);
    long variablesBefore = history.createHistoricVariableInstanceQuery().count();
    long instancesBefore = history.createHistoricProcessInstanceQuery().count();
    Response response = rest.post("integration", "/engine-rest/process-definition/key/board-session/start", request);
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.json().path("variable").asText()).isEqualTo(variable);
    assertThat(response.json().path("message").asText()).startsWith(variable + ":").contains(rule);
    assertNothingLeftFor(request);
    assertThat(history.createHistoricVariableInstanceQuery().count()).isEqualTo(variablesBefore);
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    assertThat(jdbc.queryForObject("select count(*) from notification_outbox", Long.class)).isEqualTo(outboxBefore);
  }

  @Test
  void aSecondStartWithTheSameKeyIsRefusedWith400() {
    String request = start("CA-2029-S11", "CA", 2029, 11, "ORDINARY", "2029-02-15T10:00", "TALLY");
    assertThat(rest.post("integration", "/engine-rest/process-definition/key/board-session/start", request).status())
        .isEqualTo(200);
    Response second = rest.post("integration", "/engine-rest/process-definition/key/board-session/start", request);
    assertThat(second.status()).as(second.toString()).isEqualTo(400);
    assertThat(second.json().path("message").asText()).contains("CA-2029-S11 already exists");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("CA-2029-S11").count()).isEqualTo(1);
  }

  @Test
  void aMemberMayNotStartASession() {
    Response response = rest.post("member01", "/engine-rest/process-definition/key/board-session/start",
        start("CA-2029-S12", "CA", 2029, 12, "ORDINARY", "2029-02-15T10:00", "TALLY"));
    assertThat(response.status()).as(response.toString()).isEqualTo(403);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("CA-2029-S12").count()).isZero();
  }

  private void assertNothingLeftFor(String request) {
    String key = request.replaceAll("(?s).*\"businessKey\":\"([^\"]+)\".*", "$1");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
    assertThat(jdbc.queryForObject("select count(*) from board_session where business_key = ?", Long.class, key))
        .isZero();
  }
}
