package ma.majlis.scenario;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.majlis.support.ApplicationTest;
import ma.majlis.support.SessionDriver;
import ma.majlis.support.Engine;
import ma.majlis.support.Jobs;
import ma.majlis.support.Rest.Response;

import static ma.majlis.support.SessionDriver.clock;
import static ma.majlis.support.Board.attendance;
import static ma.majlis.support.Engine.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #15 (points 1, 2, 7, 8) on PostgreSQL, through Tasklist's own submission and the engine REST API as the demo
 * users: a secret ballot after a departure, looked at afterwards as an administrator and an attacker would look.
 */
class PracticeVoteTest extends ApplicationTest {

  static final String SECRET_AGENDA = """
      [{"title":"Opening address of the chair","kind":"ADDRESS"},
       {"title":"Appointment of the chair of the audit committee","kind":"DELIBERATION","subject":"OTHER",
        "voteMode":"SECRET","controllerOpinionRequested":true}]""";

  static final List<String> CHOICES = List.of("FOR", "AGAINST", "ABSTAIN");

  @Autowired
  ManagementService management;
  @Autowired
  RuntimeService runtime;
  @Autowired
  JdbcTemplate jdbc;

  Jobs jobs;
  Engine api;

  @BeforeEach
  void setUp() {
    jobs = new Jobs(management);
    api = new Engine(rest);
  }

  @Test
  void aSecretBallotAfterADepartureLeavesNoLinkBetweenAMemberAndHisChoice() {
    String key = "CA-2061-S1";
    clock(LocalDateTime.parse("2061-03-01T09:00"));
    SessionDriver session = new SessionDriver(rest, jobs, key);
    String instance = session.start("ORDINARY", LocalDateTime.parse("2061-03-20T10:00"), "TALLY");
    session.agenda(SECRET_AGENDA);
    session.prepare();
    session.approveConvocation();
    // the item asked for the controller's opinion although it is no budget: he gave it, on its dossier
    assertThat(jdbc.queryForObject("select controller_opinion from item_dossier where session_key = ? and item_index = 2",
        String.class, key)).isEqualTo("FAVOURABLE");
    assertThat(jdbc.queryForMap("select vote_mode, controller_opinion_requested from agenda_item where session_key = ?"
        + " and item_index = 2", key)).containsEntry("vote_mode", "SECRET").containsEntry("controller_opinion_requested",
        true);
    // 10 present, member10 represented by the chair, member11 absent; the controller attends and speaks
    clock(LocalDateTime.parse("2061-03-20T10:00"));
    jobs.runDue();
    api.completeOk("secretary", api.task("secretary", key, "Task_RecordAttendance"),
        Map.of("attendance", json(attendance(10, 1)), "controllerPresent", true,
            "controllerRemarks", "The controller recalls the rules on appointments."));
    session.open();

    // member09 leaves before the item; nobody is recused
    api.completeOk("secretary", api.task("secretary", key, "Task_DeclareInterests"),
        Map.of("recusals", json("[]"), "departures", json("[\"member09\"]"), "arrivals", json("[]")));
    jobs.runDue();
    session.recordDebate();

    List<JsonNode> ballots = api.tasks("admin", key, "Task_CastSecretBallot");
    assertThat(ballots).as("9 present after the departure, and the chair's proxy for member10").hasSize(10);
    assertThat(ballots.stream().map(b -> b.path("assignee").asText())).doesNotContain("member09", "member10");

    ListAppender<ILoggingEvent> log = new ListAppender<>();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    log.start();
    root.addAppender(log);
    List<String> voters = new ArrayList<>();
    try {
      for (int i = 0; i < ballots.size(); i++) {
        JsonNode ballot = ballots.get(i);
        String voter = ballot.path("assignee").asText();
        voters.add(voter);
        if (i == 0) {
          // a voter sends his choice over REST saying it is to be stored: the guard makes it transient anyway
          Response stored = rest.post(voter, "/engine-rest/task/" + ballot.path("id").asText() + "/complete",
              "{\"variables\":{\"secretBallot\":{\"value\":\"FOR\",\"type\":\"String\","
                  + "\"valueInfo\":{\"transient\":false}}}}");
          assertThat(stored.status()).as(stored.toString()).isEqualTo(204);
        } else {
          // as Tasklist submits it, after the forgeries a holder could try
          api.completeOk(voter, ballot, Map.of("secretBallot", i < 6 ? "FOR" : i < 9 ? "AGAINST" : "ABSTAIN"));
        }
        jobs.runDue();
        if (i < ballots.size() - 1) {
          assertThat(runtime.getVariables(instance)).as("no running tally").doesNotContainKeys("votesFor");
          assertThat(rest.get("member01", "/api/sessions/" + key).body()).doesNotContain("\"resolutions\":[{");
        }
      }
    } finally {
      root.detachAppender(log);
    }
    Response resolution = rest.get("manager", "/api/resolutions/" + key + "-R01");
    assertThat(resolution.status()).as(resolution.toString()).isEqualTo(200);
    assertThat(resolution.json().path("voteMode").asText()).isEqualTo("SECRET");
    assertThat(List.of(resolution.json().path("votesFor").asInt(), resolution.json().path("votesAgainst").asInt(),
        resolution.json().path("votesAbstain").asInt())).containsExactly(6, 3, 1);

    // the administrator looks in the engine's history: who completed a ballot task, never a choice
    String pi = "processInstanceId=" + engine.getHistoryService().createHistoricTaskInstanceQuery()
        .taskDefinitionKey("Task_CastSecretBallot").processInstanceBusinessKey(key).list().get(0)
        .getProcessInstanceId();
    for (String path : List.of("/engine-rest/history/detail?" + pi + "&maxResults=10000",
        "/engine-rest/history/variable-instance?" + pi + "&maxResults=10000",
        "/engine-rest/history/user-operation?" + pi + "&maxResults=10000",
        "/engine-rest/history/task?" + pi + "&maxResults=10000",
        "/engine-rest/variable-instance?" + pi + "&maxResults=10000")) {
      Response found = rest.get("admin", path);
      assertThat(found.status()).as(path + " " + found).isEqualTo(200);
      assertThat(found.body()).as(path).doesNotContain("secretBallot");
      for (JsonNode entry : found.json()) {
        assertThat(entry.path("value").asText() + entry.path("newValue").asText() + entry.path("orgValue").asText())
            .as(path + " " + entry).doesNotContain("FOR", "AGAINST", "ABSTAIN");
      }
    }
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().variableName("secretBallot").count())
        .isZero();
    // Majlis's tables: every row of the vote tables; holders carry no choice, the box carries no member
    for (Map<String, Object> row : jdbc.queryForList("select * from secret_ballot_holder where session_key = ?", key)) {
      assertThat(row.values().stream().map(String::valueOf)).doesNotContain("FOR", "AGAINST", "ABSTAIN");
    }
    for (Map<String, Object> row : jdbc.queryForList("select * from secret_ballot_box where session_key = ?", key)) {
      assertThat(row.values().stream().map(String::valueOf)).doesNotContainAnyElementsOf(voters);
    }
    assertThat(jdbc.queryForObject("select count(*) from vote where session_key = ?", Integer.class, key)).isZero();
    // after the count no row keeps the transaction of one voter's ballot: one xmin for the whole box and its holders
    assertThat(jdbc.queryForObject("select count(distinct x) from (select xmin::text x from secret_ballot_box where"
        + " session_key = ? union all select xmin::text from secret_ballot_holder where session_key = ?) t",
        Integer.class, key, key)).isEqualTo(1);
    // the application's log during the vote: no line names a member next to a choice
    for (ILoggingEvent event : log.list) {
      String line = event.getFormattedMessage();
      if (voters.stream().anyMatch(line::contains)) {
        assertThat(line).as("log line").doesNotContain("FOR", "AGAINST", "ABSTAIN");
      }
    }
    assertThat(jdbc.queryForList("select mandate_id from secret_ballot_holder where session_key = ? and has_voted",
        String.class, key)).hasSize(10);

    // the minutes: who left before the item, the secret vote without names, the controller from the attendance
    session.close(LocalDateTime.parse("2061-03-20T13:00"));
    String minutes = jdbc.queryForObject("select content from document where session_key = ? and kind = 'MINUTES' and language = 'fr'"
        + " order by id limit 1", String.class, key);
    assertThat(minutes).contains("ont quitté la séance", "bulletin secret", "The controller recalls the rules");
  }

  @Test
  void aCorrectionMustNameAnAdoptedResolutionOfTheBodyNotYetSuperseded() {
    String key = "CA-2062-S1";
    clock(LocalDateTime.parse("2062-03-01T09:00"));
    SessionDriver session = new SessionDriver(rest, jobs, key);
    session.start("ORDINARY", LocalDateTime.parse("2062-03-20T10:00"), "TALLY");
    Response unknown = api.tasklist().submit("secretary", api.task("secretary", key,
        "Task_PrepareAgenda").path("id").asText(), Map.of("agenda", json("[{\"title\":\"Correction\",\"kind\":"
        + "\"DELIBERATION\",\"subject\":\"CORRECTION\",\"corrects\":\"CA-1999-S1-R01\"}]")));
    assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
    assertThat(unknown.body()).contains("agenda").contains("CA-1999-S1-R01");
    Response missing = rest.post("secretary", "/engine-rest/task/" + api.task("secretary", key,
        "Task_PrepareAgenda").path("id").asText() + "/complete", ma.majlis.support.Engine.body(Map.of("agenda",
        json("[{\"title\":\"Correction\",\"kind\":\"DELIBERATION\",\"subject\":\"CORRECTION\"}]"))));
    assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
    assertThat(missing.json().path("variable").asText()).isEqualTo("agenda[1].corrects");
  }
}
