package ma.majlis.scenario;

import ma.majlis.process.ProcessKeys;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.majlis.support.ApplicationTest;
import ma.majlis.support.SessionDriver;
import ma.majlis.support.Engine;
import ma.majlis.support.Jobs;
import ma.majlis.support.Rest.Response;
import ma.majlis.support.Tasklist;

import static ma.majlis.support.SessionDriver.MEMBERS;
import static ma.majlis.support.SessionDriver.clock;
import static ma.majlis.support.Board.attendance;
import static ma.majlis.support.Engine.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms that the acceptance scenario and its variants do not reach, completed as people complete them: in
 * Tasklist, through the webapps' own API, with the payload Tasklist builds ({@link Tasklist}). Every other form of
 * the contract is completed the same way by {@link Session2021S2Test} and {@link ScenarioVariantsTest}, whose
 * people also work in Tasklist ({@link Engine#completeOk}).
 */
class TasklistFormsTest extends ApplicationTest {

  @Autowired
  ManagementService management;
  @Autowired
  RuntimeService runtime;
  @Autowired
  JdbcTemplate jdbc;

  Jobs jobs;

  @BeforeEach
  void setUp() {
    jobs = new Jobs(management);
  }

  @Test
  void theSecretariatRequestsASessionWithTheStartFormAndTheChairWaivesTheShortNotice() {
    clock(LocalDateTime.parse("2036-03-01T09:00"));
    Engine api = new Engine(rest);
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("sessionYear", 2036);
    request.put("sessionNumber", 1);
    request.put("plannedStart", "2036-03-06T10:00");
    Response started = api.tasklist().start("secretary", ProcessKeys.BOARD_SESSION, null, request);
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    String instance = started.json().path("id").asText();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().getBusinessKey())
        .isEqualTo("CA-2036-S1");

    SessionDriver session = new SessionDriver(rest, jobs, "CA-2036-S1");
    session.agenda(ScenarioVariantsTest.ONE_DELIBERATION);
    session.prepare();
    session.approveConvocation();
    // five days' notice for an ordinary session: the chair waives it in Tasklist
    JsonNode waiver = api.task("chair", "CA-2036-S1", "Task_WaiveShortNotice");
    api.completeOk("chair", waiver, Map.of("waiveNotice", true, "waiverReason", "The budget must be voted this month."));
    jobs.runDue();
    assertThat(jdbc.queryForObject("select notice_waiver_reason from board_session where business_key = ?",
        String.class, "CA-2036-S1")).isEqualTo("The budget must be voted this month.");
    assertThat(api.assignedTask("member01", "CA-2036-S1", "Task_ConfirmAttendance")).isNotNull();
  }

  @Test
  void theChairArbitratesAPresentationRevisedThreeTimesAndDecidesOnARejectedItem() {
    clock(LocalDateTime.parse("2037-03-01T09:00"));
    SessionDriver session = new SessionDriver(rest, jobs, "CA-2037-S1");
    Engine api = new Engine(rest);
    session.start("ORDINARY", LocalDateTime.parse("2037-03-20T10:00"), "TALLY");
    session.agenda("""
        [{"title":"Presentation of the director","kind":"PRESENTATION"},
         {"title":"Partnership agreement with the social pole","kind":"DELIBERATION","subject":"OTHER"}]""");
    Map<String, Object> draft = Map.of("presentationTitle", "The year", "presentationSummary", "What was done.",
        "keyPoints", json("[{\"point\":\"Services\"}]"), "durationMinutes", 20);
    for (int round = 1; round <= 3; round++) {
      api.completeOk("director", api.task("director", "CA-2037-S1", "Task_DraftPresentation"), draft);
      api.completeOk("secretary", api.task("secretary", "CA-2037-S1", "Task_ReviewPresentation"),
          Map.of("decision", "REVISE", "remarks", "Revision " + round));
    }
    api.completeOk("chair", api.task("chair", "CA-2037-S1", "Task_ArbitratePresentation"), Map.of("approved", true));
    jobs.runDue();
    assertThat(jdbc.queryForObject("select count(*) from presentation where session_key = ?", Integer.class,
        "CA-2037-S1")).isEqualTo(1);

    session.prepare();

    session.approveConvocation();
    session.sessionDay(LocalDateTime.parse("2037-03-20T10:00"), attendance(10, 0));
    session.open();
    session.declareInterests("[]");
    session.recordDebate();
    session.tally(2, 8, 0);
    JsonNode rejection = api.task("chair", "CA-2037-S1", "Task_DecideOnRejection");
    // what the chair's form shows of the item, computed when read: its title, and round 1 (the form's note that only
    // Defer or Close remain, after an amended text was voted again, stays hidden)
    JsonNode shown = api.formVariables("chair", rejection.path("id").asText());
    assertThat(shown.path("itemTitle").path("value").asText()).isEqualTo("Partnership agreement with the social pole");
    assertThat(shown.path("voteRound").path("value").asInt()).isEqualTo(1);
    api.completeOk("chair", rejection, Map.of("rejectionDecision", "CLOSE"));
    jobs.runDue();
    assertThat(jdbc.queryForObject("select outcome from resolution where number = 'CA-2037-S1-R01'", String.class))
        .isEqualTo("REJECTED");
  }

  @Test
  void generalManagementAssignsAFollowUpAndItsOwnerReportsProgress() {
    clock(LocalDateTime.parse("2038-03-01T09:00"));
    SessionDriver session = new SessionDriver(rest, jobs, "CA-2038-S1");
    Engine api = new Engine(rest);
    session.start("ORDINARY", LocalDateTime.parse("2038-03-20T10:00"), "TALLY");
    session.agenda("""
        [{"title":"Action plan 2039","kind":"DELIBERATION","subject":"ACTION_PLAN"}]""");
    session.prepare();
    session.approveConvocation();
    Map<String, Map<String, Object>> replies = new HashMap<>();
    MEMBERS.forEach(m -> replies.put(m, Map.of("attendanceReply", "PRESENT")));
    session.replies(replies);
    session.sessionDay(LocalDateTime.parse("2038-03-20T10:00"), attendance(12, 0));
    session.open();
    session.declareInterests("[]");
    session.recordDebate();
    session.tally(12, 0, 0);
    session.close(LocalDateTime.parse("2038-03-20T12:00"));
    jobs.runDue();

    api.completeOk("director", api.task("director", "CA-2038-S1-R01", "Task_AssignFollowUp"), Map.of(
        "owner", "director", "dueDate", "2038-09-30",
        "actions", json("[{\"action\":\"Open the provincial spaces\"},{\"action\":\"Report to the board\"}]")));
    jobs.runDue();
    JsonNode report = api.assignedTask("director", "CA-2038-S1-R01", "Task_ReportProgress");
    assertThat(report.path("due").asText()).as("due with the follow-up").startsWith("2038-09-30T23:59");
    assertThat(report.path("name").asText()).isEqualTo("Rendre compte de l’avancement — CA-2038-S1-R01");
    api.completeOk("director", api.assignedTask("director", "CA-2038-S1-R01", "Task_ReportProgress"),
        Map.of("progressReport", "Two spaces opened.", "done", true));
    jobs.runDue();
    assertThat(jdbc.queryForObject("select status from follow_up where resolution_number = 'CA-2038-S1-R01'",
        String.class)).isEqualTo("DONE");
    // The report waits for the board's next session; this test's session year has none: set it aside, so that the
    // next session another test prepares does not find it on its agenda.
    assertThat(jdbc.update("update pending_agenda_item set taken_by_session = 'CA-2038-S2' where source like ?"
        + " and taken_by_session is null", "%CA-2038-S1-R01%")).isEqualTo(1);
  }
}
