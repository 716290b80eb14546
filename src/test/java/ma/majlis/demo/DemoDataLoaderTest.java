package ma.majlis.demo;

import ma.majlis.process.ProcessKeys;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import ma.majlis.platform.EngineClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.majlis.demo.DemoDataLoader.Outcome;
import ma.majlis.support.ApplicationTest;
import ma.majlis.support.Rest.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data loader on the shared test database, with a plan of its own (2087, and "today" on 1 March 2088 so that
 * the sessions in progress are CA-2088-S1 and -S2; committee DEMO: years and a code no other test uses) so that it never meets the scenario test's CA-2021-S2 and committee CQI: the picture each
 * demo user finds (through the REST API, as Tasklist and Cockpit ask for it), the history that names who did what and
 * when, and a second load that adds nothing.
 */
class DemoDataLoaderTest extends ApplicationTest {

  static final DemoPlan PLAN = new DemoPlan(2087, "DEMO", LocalDate.of(2088, 3, 1));

  @Autowired
  DemoDataLoader loader;
  @Autowired
  HistoryService history;
  @Autowired
  IdentityService identity;
  @Autowired
  ManagementService management;
  @Autowired
  JdbcTemplate jdbc;

  /** Loads the plan once for the class (whichever test comes first). */
  private void loaded() {
    assertThat(loader.load(PLAN)).isIn(Outcome.LOADED, Outcome.ALREADY_LOADED);
  }

  @Test
  void theClosedSessionHasItsResolutionsFollowUpsAndAGenuineHistory() {
    loaded();
    HistoricProcessInstance closed = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey("CA-2087-S2").processDefinitionKey(ProcessKeys.BOARD_SESSION).singleResult();
    assertThat(closed.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    assertThat(closed.getStartUserId()).as("requested by the integration portal").isEqualTo("integration");
    assertThat(closed.getStartTime()).isEqualTo(Timestamp.valueOf(LocalDateTime.of(2087, 12, 1, 9, 0)));

    assertThat(jdbc.queryForList("select number, subject, outcome, votes_for, votes_against, votes_abstain"
        + " from resolution where session_key = 'CA-2087-S2' order by number")).extracting(r -> r.get("number") + " "
            + r.get("subject") + " " + r.get("outcome") + " " + r.get("votes_for") + "-" + r.get("votes_against") + "-"
            + r.get("votes_abstain"))
        .containsExactly("CA-2087-S2-R01 ACTION_PLAN ADOPTED 10-0-0", "CA-2087-S2-R02 BUDGET ADOPTED 10-0-0",
            "CA-2087-S2-R03 COMMITTEE ADOPTED 10-0-0");
    assertThat(jdbc.queryForObject("select status from budget_approval where resolution_number = 'CA-2087-S2-R02'",
        String.class)).isEqualTo("EXECUTORY");
    assertThat(identity.createUserQuery().memberOfGroup("committee-demo").count()).isEqualTo(5);
    assertThat(jdbc.queryForList("select item_title from resolution where session_key = 'CA-2087-S2' order by number",
        String.class)).as("written in French, as the secretariat writes").containsExactly("Projet de plan d'action 2088",
            "Projet de budget 2088", "Création du comité « Convergence, Qualité et Innovation »");

    // Who did what, and when, as Cockpit's history shows it.
    assertThat(doneBy("CA-2087-S2", "Task_PrepareAgenda")).containsExactly("secretary");
    assertThat(doneBy("CA-2087-S2", "Task_PrepareItemDossier")).containsExactly("director", "director", "director");
    assertThat(doneBy("CA-2087-S2", "Task_ReviewPresentation")).containsExactly("secretary", "secretary");
    assertThat(doneBy("CA-2087-S2", "Task_GiveControllerOpinion")).containsExactly("controller");
    assertThat(doneBy("CA-2087-S2", "Task_ApproveConvocation")).containsExactly("chair");
    assertThat(doneBy("CA-2087-S2", "Task_ConfirmAttendance")).hasSize(12).contains("chair", "member01", "member11");
    assertThat(doneBy("CA-2087-S2", "Task_RecordVoteTally")).containsExactly("secretary", "secretary", "secretary");
    assertThat(doneBy("CA-2087-S2-R02", "Task_ReviewBudget")).containsExactly("finance");
    assertThat(doneBy("CA-2087-S2-R03", "Task_AppointCommittee")).containsExactly("chair");
    HistoricTaskInstance approval = finished("CA-2087-S2", "Task_ApproveConvocation").get(0);
    assertThat(approval.getEndTime()).isEqualTo(Timestamp.valueOf(LocalDateTime.of(2087, 12, 1, 17, 0)));
    UserOperationLogEntry completion = history.createUserOperationLogQuery().taskId(approval.getId())
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).singleResult();
    assertThat(completion.getUserId()).isEqualTo("chair");
    HistoricTaskInstance tally = finished("CA-2087-S2", "Task_RecordVoteTally").get(0);
    assertThat(tally.getEndTime()).isAfterOrEqualTo(Timestamp.valueOf(LocalDateTime.of(2087, 12, 24, 10, 0)));

    // The action plan's follow-up: one progress report, the next one waits for the director.
    assertThat(doneBy("CA-2087-S2-R01", "Task_ReportProgress")).containsExactly("director");
    assertThat(tasks("director", "assignee=director&processInstanceBusinessKey=CA-2087-S2-R01"))
        .extracting(t -> t.path("taskDefinitionKey").asText()).containsExactly("Task_ReportProgress");

    // The clock is the real one again.
    assertThat(EngineClock.now()).isAfter(Timestamp.valueOf(LocalDateTime.now().minusMinutes(5)));
  }

  @Test
  void eachDemoUserFindsTheirWorkInTasklistAndTheManagerFollowsTheSessionsInCockpit() {
    loaded();
    // member01 has not confirmed their attendance to the next session yet; member02 has.
    assertThat(tasks("member01", "assignee=member01&processInstanceBusinessKey=CA-2088-S1"))
        .extracting(t -> t.path("taskDefinitionKey").asText() + " " + t.path("name").asText())
        .containsExactly("Task_ConfirmAttendance تأكيد حضورك — CA-2088-S1");
    assertThat(tasks("member02", "assignee=member02&processInstanceBusinessKey=CA-2088-S1")).isEmpty();
    assertThat(tasks("secretary", "processInstanceBusinessKey=CA-2088-S1&taskDefinitionKey=Task_ConfirmAttendance"))
        .as("the secretariat does not see the members' replies").isEmpty();

    // The secretariat prepares the committee's inaugural session; the chair approves the extraordinary session.
    assertThat(tasks("secretary", "processInstanceBusinessKey=DEMO-2088-S1"))
        .extracting(t -> t.path("taskDefinitionKey").asText()).containsExactly("Task_PrepareAgenda");
    assertThat(tasks("chair", "processInstanceBusinessKey=CA-2088-S2"))
        .extracting(t -> t.path("taskDefinitionKey").asText()).containsExactly("Task_ApproveConvocation");

    // The next session is planned three weeks ahead, convened, with its agenda and approved presentation.
    Response sessions = rest.get("manager", "/engine-rest/process-instance?processDefinitionKey=board-session");
    assertThat(sessions.status()).as(sessions.toString()).isEqualTo(200);
    List<String> running = new ArrayList<>();
    sessions.json().forEach(p -> running.add(p.path("businessKey").asText()));
    assertThat(running).contains("CA-2088-S1", "CA-2088-S2", "DEMO-2088-S1").doesNotContain("CA-2087-S2");
    Response finished = rest.get("manager", "/engine-rest/history/process-instance?processInstanceBusinessKey="
        + "CA-2087-S2&processDefinitionKey=board-session");
    assertThat(finished.json().get(0).path("state").asText()).isEqualTo("COMPLETED");
    HistoricProcessInstance next = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("CA-2088-S1")
        .processDefinitionKey(ProcessKeys.BOARD_SESSION).singleResult();
    assertThat(next.getStartUserId()).isEqualTo("secretary");
    assertThat(jdbc.queryForObject("select planned_start from board_session where business_key = 'CA-2088-S1'",
        Timestamp.class).toLocalDateTime()).isEqualTo(PLAN.today().plusDays(21).atTime(10, 0));
    assertThat(doneBy("CA-2088-S1", "Task_ReviewPresentation")).containsExactly("secretary");
    assertThat(doneBy("CA-2088-S1", "Task_ConfirmAttendance"))
        .containsExactlyInAnyOrder("chair", "member02", "member03", "member04", "member05");
    assertThat(jdbc.queryForObject("select count(*) from notification_outbox where dedup_key like ?", Integer.class,
        "CA-2088-S1/convocation/1/%")).as("12 members and the controller are convened").isEqualTo(13);
  }

  @Test
  void everySessionsKeyCarriesTheYearItIsHeldIn() {
    loaded();
    List<java.util.Map<String, Object>> rows = jdbc.queryForList("select business_key, session_year, planned_start"
        + " from board_session where business_key in ('CA-2087-S2', 'CA-2088-S1', 'CA-2088-S2', 'DEMO-2088-S1')");
    assertThat(rows).hasSize(4);
    for (java.util.Map<String, Object> row : rows) {
      int held = ((Timestamp) row.get("planned_start")).toLocalDateTime().getYear();
      assertThat(row.get("business_key").toString()).as("key of the session held in %d", held)
          .contains("-" + held + "-S");
      assertThat(((Number) row.get("session_year")).intValue()).isEqualTo(held);
    }
    assertThat(jdbc.queryForObject("select planned_start from board_session where business_key = 'CA-2087-S2'",
        Timestamp.class)).isEqualTo(Timestamp.valueOf(LocalDateTime.of(2087, 12, 24, 10, 0)));
  }

  @Test
  void aSecondLoadAddsNothingAndAnInterruptedLoadIsNotRepeated() {
    loaded();
    long instances = history.createHistoricProcessInstanceQuery().count();
    long tasks = history.createHistoricTaskInstanceQuery().count();
    assertThat(loader.load(PLAN)).isEqualTo(Outcome.ALREADY_LOADED);
    assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(history.createHistoricTaskInstanceQuery().count()).isEqualTo(tasks);

    DemoPlan interrupted = new DemoPlan(2089, "DEMI", LocalDate.now());
    management.setProperty(DemoDataLoader.MARKER_PREFIX + interrupted.closedSession(), DemoDataLoader.LOADING);
    try {
      assertThat(loader.load(interrupted)).isEqualTo(Outcome.INTERRUPTED_EARLIER);
      assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("CA-2089-S2").count())
          .isZero();
    } finally {
      management.deleteProperty(DemoDataLoader.MARKER_PREFIX + interrupted.closedSession());
    }
  }

  private List<HistoricTaskInstance> finished(String businessKey, String taskDefinitionKey) {
    return history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(taskDefinitionKey).finished().orderByHistoricActivityInstanceStartTime().asc().list();
  }

  /** The assignees (who claimed and completed) of the finished tasks, in order. */
  private List<String> doneBy(String businessKey, String taskDefinitionKey) {
    return finished(businessKey, taskDefinitionKey).stream().map(HistoricTaskInstance::getAssignee).toList();
  }

  /** The open tasks the user sees in Tasklist (REST task query as the user). */
  private List<JsonNode> tasks(String user, String query) {
    Response response = rest.get(user, "/engine-rest/task?" + query);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    List<JsonNode> list = new ArrayList<>();
    response.json().forEach(list::add);
    return list;
  }
}
