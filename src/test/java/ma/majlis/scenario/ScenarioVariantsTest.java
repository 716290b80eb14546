package ma.majlis.scenario;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
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

import static ma.majlis.support.SessionDriver.MEMBERS;
import static ma.majlis.support.Board.attendance;
import static ma.majlis.support.SessionDriver.clock;
import static ma.majlis.support.Engine.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The variants of the acceptance scenario that every release must get right (scenario-2021-s2.md), on PostgreSQL,
 * through the engine REST API as the demo users. Each variant is a session of its own year.
 */
class ScenarioVariantsTest extends ApplicationTest {

  static final String ONE_DELIBERATION = """
      [{"title":"Opening address of the chair","kind":"ADDRESS"},
       {"title":"Partnership agreement with the social pole","kind":"DELIBERATION","subject":"OTHER"}]""";

  @Autowired
  ManagementService management;
  @Autowired
  RuntimeService runtime;
  @Autowired
  HistoryService history;
  @Autowired
  JdbcTemplate jdbc;

  Jobs jobs;
  Engine api;

  @BeforeEach
  void setUp() {
    jobs = new Jobs(management);
    api = new Engine(rest);
  }

  private static Map<String, Map<String, Object>> allPresent() {
    Map<String, Map<String, Object>> replies = new HashMap<>();
    MEMBERS.forEach(m -> replies.put(m, Map.of("attendanceReply", "PRESENT")));
    return replies;
  }

  @Test
  void withoutQuorumTheSessionIsAdjournedAndDeliberatesAtTheSecondConvocationWithThreePresent() {
    clock(LocalDateTime.parse("2032-03-01T09:00"));
    SessionDriver session = new SessionDriver(rest, jobs, "CA-2032-S1");
    String id = session.start("ORDINARY", LocalDateTime.parse("2032-03-20T10:00"), "TALLY");
    session.agenda(ONE_DELIBERATION);
    session.prepare();
    session.approveConvocation();
    session.sessionDay(LocalDateTime.parse("2032-03-20T10:00"), attendance(4, 1));
    assertThat(runtime.getVariable(id, "quorumReached")).isEqualTo(false);
    assertThat(runtime.getVariable(id, "quorumRequired")).isEqualTo(6);

    // Adjourned: the secretariat sets the second convocation three days later (round 2 needs 3 days' notice).
    api.completeOk("secretary", api.task("secretary", "CA-2032-S1", "Task_ScheduleSecondConvocation"),
        Map.of("plannedStart", "2032-03-24T10:00"));
    jobs.runDue();
    assertThat(runtime.getVariable(id, "convocationRound")).isEqualTo(2);
    assertThat(jdbc.queryForObject("select count(*) from notification_outbox where dedup_key like ?", Integer.class,
        "CA-2032-S1/convocation/2/%")).as("second convocations: 12 members and the controller").isEqualTo(13);
    assertThat(api.assignedTask("member05", "CA-2032-S1", "Task_ConfirmAttendance")).isNotNull();

    session.sessionDay(LocalDateTime.parse("2032-03-24T10:00"), attendance(3, 0));
    assertThat(runtime.getVariable(id, "quorumReached")).isEqualTo(true);
    session.open();
    session.declareInterests("[]");
    session.recordDebate();
    session.tally(3, 0, 0);
    assertThat(jdbc.queryForObject("select outcome from resolution where number = 'CA-2032-S1-R01'", String.class))
        .isEqualTo("ADOPTED");
  }

  @Test
  void aTieInARollCallIsDecidedByTheChairsVoteAndTheResolutionSaysSo() {
    clock(LocalDateTime.parse("2033-03-01T09:00"));
    SessionDriver session = new SessionDriver(rest, jobs, "CA-2033-S1");
    session.start("ORDINARY", LocalDateTime.parse("2033-03-20T10:00"), "ROLL_CALL");
    session.agenda(ONE_DELIBERATION);
    session.prepare();
    session.approveConvocation();
    session.sessionDay(LocalDateTime.parse("2033-03-20T10:00"), attendance(10, 0));
    session.open();
    session.declareInterests("[]");
    session.recordDebate();
    jobs.runDue();

    List<String> voters = MEMBERS.subList(0, 10);
    // A member cannot complete another member's vote.
    JsonNode member02Vote = api.assignedTask("member02", "CA-2033-S1", "Task_CastVote");
    Response stolen = api.complete("member03", member02Vote.path("id").asText(), Map.of("vote", "AGAINST"));
    assertThat(stolen.status()).as(stolen.toString()).isEqualTo(403);
    String deliberation = null;
    for (int i = 0; i < voters.size(); i++) {
      String voter = voters.get(i);
      JsonNode ballot = api.assignedTask(voter, "CA-2033-S1", "Task_CastVote");
      deliberation = ballot.path("processInstanceId").asText();
      if (i == 0) {
        // over the raw REST API, asking for the vote to be stored: Majlis's guard sends it transient all the same
        Response stored = rest.post(voter, "/engine-rest/task/" + ballot.path("id").asText() + "/complete",
            "{\"variables\":{\"vote\":{\"value\":\"FOR\",\"type\":\"String\",\"valueInfo\":{\"transient\":false}}}}");
        assertThat(stored.status()).as(stored.toString()).isEqualTo(204);
      } else {
        // as Tasklist submits it
        api.completeOk(voter, ballot, Map.of("vote", i % 2 == 0 ? "FOR" : "AGAINST"));
      }
    }
    // The vote book is the record of the votes: the engine keeps none of them, neither as a variable nor in its
    // history (no variable instance, no variable update, no form field), as an administrator reading it finds
    assertThat(jdbc.queryForList("select vote from vote where session_key = 'CA-2033-S1' order by vote",
        String.class)).containsExactly("AGAINST", "AGAINST", "AGAINST", "AGAINST", "AGAINST", "FOR", "FOR", "FOR",
        "FOR", "FOR");
    for (String path : List.of("/engine-rest/history/detail?processInstanceId=" + deliberation,
        "/engine-rest/history/variable-instance?processInstanceId=" + deliberation,
        "/engine-rest/variable-instance?processInstanceIdIn=" + deliberation)) {
      Response found = rest.get("admin", path + "&maxResults=10000");
      assertThat(found.status()).as(path + " " + found).isEqualTo(200);
      for (JsonNode entry : found.json()) {
        assertThat(entry.path("variableName").asText() + entry.path("name").asText()
            + entry.path("propertyId").asText()).as(path + " " + entry).isNotEqualTo("vote");
      }
    }
    // Voting twice is impossible: the task is gone.
    Response twice = api.complete("member02", member02Vote.path("id").asText(), Map.of("vote", "FOR"));
    assertThat(twice.status()).isEqualTo(404);
    jobs.runDue();

    JsonNode deciding = api.task("chair", "CA-2033-S1", "Task_CastDecidingVote");
    assertThat(api.complete("member01", deciding.path("id").asText(), Map.of("decidingVote", "FOR")).status())
        .as("only the chair decides a tie").isEqualTo(403);
    api.completeOk("chair", deciding, Map.of("decidingVote", "FOR"));
    jobs.runDue();
    Map<String, Object> resolution = jdbc.queryForMap("select * from resolution where number = 'CA-2033-S1-R01'");
    assertThat(resolution).containsEntry("votes_for", 5).containsEntry("votes_against", 5)
        .containsEntry("outcome", "ADOPTED").containsEntry("casting_vote", "FOR");
  }

  @Test
  void aRecusalThatTakesAnItemBelowItsQuorumDefersItToTheNextSessionsAgenda() {
    clock(LocalDateTime.parse("2034-03-01T09:00"));
    SessionDriver session = new SessionDriver(rest, jobs, "CA-2034-S1");
    session.start("ORDINARY", LocalDateTime.parse("2034-03-20T10:00"), "TALLY");
    session.agenda(ONE_DELIBERATION);
    session.prepare();
    session.approveConvocation();
    session.sessionDay(LocalDateTime.parse("2034-03-20T10:00"), attendance(6, 0));
    session.open();
    session.declareInterests("[\"member01\"]");
    assertThat(api.tasks("secretary", "CA-2034-S1", "Task_RecordDebate")).as("no vote").isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from resolution where session_key = 'CA-2034-S1'", Integer.class))
        .isZero();
    session.close(LocalDateTime.parse("2034-03-20T12:00"));

    // The next session's agenda already has it.
    SessionDriver next = new SessionDriver(rest, jobs, "CA-2034-S2");
    next.start("ORDINARY", LocalDateTime.parse("2034-06-20T10:00"), "TALLY");
    JsonNode prepare = api.task("secretary", "CA-2034-S2", "Task_PrepareAgenda");
    JsonNode agenda = api.jsonVariable("secretary", prepare.path("id").asText(), "agenda");
    assertThat(agenda.findValuesAsText("title")).contains("Partnership agreement with the social pole");
  }

  @Test
  void financeRequestingChangesPutsAnAmendedBudgetOnTheNextSessionsAgenda() {
    clock(LocalDateTime.parse("2035-03-01T09:00"));
    SessionDriver session = new SessionDriver(rest, jobs, "CA-2035-S1");
    session.start("ORDINARY", LocalDateTime.parse("2035-03-20T10:00"), "TALLY");
    session.agenda("""
        [{"title":"Draft budget 2036","kind":"DELIBERATION","subject":"BUDGET"}]""");
    session.prepare();
    session.approveConvocation();
    session.sessionDay(LocalDateTime.parse("2035-03-20T10:00"), attendance(12, 0));
    session.open();
    session.declareInterests("[]");
    session.recordDebate();
    session.tally(12, 0, 0);
    session.close(LocalDateTime.parse("2035-03-20T12:00"));
    jobs.runDue();
    JsonNode review = api.task("finance", "CA-2035-S1-R01", "Task_ReviewBudget");
    Response noRemarks = api.complete("finance", review.path("id").asText(), Map.of("decision", "REQUEST_CHANGES"));
    assertThat(noRemarks.status()).isEqualTo(400);
    api.completeOk("finance", review, Map.of("decision", "REQUEST_CHANGES", "remarks", "Reduce operating costs"));
    jobs.runDue();
    api.completeOk("director", api.task("director", "CA-2035-S1-R01", "Task_PrepareAmendedBudget"), Map.of(
        "draftResolution", "The board approves the amended budget 2036.",
        "budgetLines", json("[{\"heading\":\"Subsidy\",\"type\":\"REVENUE\",\"amount\":90},"
            + "{\"heading\":\"Programmes\",\"type\":\"EXPENDITURE\",\"amount\":90}]")));
    jobs.runDue();
    assertThat(jdbc.queryForList("select title from pending_agenda_item where body_code = 'CA'"
        + " and taken_by_session is null and subject = 'BUDGET'", String.class))
        .as("an amended-budget item waits for the next session").isNotEmpty();
  }
}
