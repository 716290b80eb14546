package ma.majlis.scenario;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.majlis.language.Language;
import ma.majlis.language.Texts;
import ma.majlis.documents.SessionReport;
import ma.majlis.minutes.SessionReportAssembler;
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
 * The record cannot be forged through the process's variables, and it is whole in Majlis's tables. An administrator
 * (the only one who may write variables directly) changes the chair, the members, the dates, the attendance, the
 * resolution's text, recusals, count and casting vote and the press releases' ids in the middle of a session: a task
 * may be routed to the wrong person, but that person is refused, and the minutes, the register and the published
 * documents say what the steps recorded. And a session reads the same from {@code /api/sessions/{key}} once its engine history
 * is deleted (as the history cleanup does).
 */
class SessionRecordTest extends ApplicationTest {

  private static final String AGENDA = """
      [{"title":"Opening address of the chair","kind":"ADDRESS"},
       {"title":"The year's achievements","kind":"PRESENTATION","rapporteur":"director"},
       {"title":"Partnership agreement","kind":"DELIBERATION","subject":"OTHER","rapporteur":"director"}]""";

  @Autowired
  ManagementService management;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService taskService;
  @Autowired
  HistoryService history;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  SessionReportAssembler reports;

  Jobs jobs;
  Engine api;

  @BeforeEach
  void setUp() {
    jobs = new Jobs(management);
    api = new Engine(rest);
  }

  @Test
  void variablesChangedByAnAdministratorMisrouteNothingThatEndsUpInTheRecord() {
    String key = "CA-2075-S1";
    LocalDateTime day = LocalDateTime.parse("2075-03-20T10:00");
    clock(LocalDateTime.parse("2075-03-01T09:00"));
    SessionDriver session = new SessionDriver(rest, jobs, key);
    String id = session.start("ORDINARY", day, "TALLY");
    session.agenda("""
        [{"title":"Partnership agreement","kind":"DELIBERATION","subject":"OTHER"}]""");
    session.prepare();
    session.approveConvocation();

    // The dates and the members, changed once the convocations are out: the session's day and its members stay.
    runtime.setVariable(id, "plannedStart", "2075-03-05T10:00");
    runtime.setVariable(id, "members", SpinValues.jsonValue("[\"member01\"]").create());
    session.replies(allPresent());
    jobs.runDue();
    Job sessionDay = management.createJobQuery().processInstanceId(id).activityId("TimerEvent_SessionDay")
        .singleResult();
    assertThat(sessionDay.getDuedate()).as("the session day as recorded")
        .isEqualTo(java.sql.Timestamp.valueOf(day));

    // The chair, changed: member01 now gets the chair's tasks, but may do none of the chair's acts.
    runtime.setVariable(id, "chairId", "member01");
    session.sessionDay(day, attendance(12, 0));
    assertThat(jdbc.queryForList("select member_id from session_attendance where session_key = ?", String.class,
        key)).as("the attendance lists the members convened, not the variable").hasSize(12);
    // The attendance, changed: the deliberation counts the attendance recorded.
    runtime.setVariable(id, "attendance", SpinValues.jsonValue(attendance(3, 0)).create());
    session.open();
    session.declareInterests("[]");
    String deliberation = runtime.createProcessInstanceQuery().superProcessInstanceId(id).active().singleResult()
        .getId();
    assertThat(runtime.getVariable(deliberation, "present")).isEqualTo(12);
    // The vote mode, changed: the session votes as it was requested (a tally here, not a roll call).
    runtime.setVariable(deliberation, "voteMode", "ROLL_CALL");
    session.recordDebate();
    assertThat(runtime.getActiveActivityIds(deliberation)).containsExactly("Task_RecordVoteTally");
    // The electorate, forged as a variable: the tally's form shows the recorded one (computed when read, never a
    // variable), and a tally above it is refused.
    runtime.setVariable(deliberation, "eligibleVoters", 100);
    String tally = api.task("secretary", key, "Task_RecordVoteTally").path("id").asText();
    JsonNode tallyForm = api.formVariables("secretary", tally);
    assertThat(tallyForm.path("eligibleVoters").path("value").asInt()).as("what the tally's form shows").isEqualTo(12);
    assertThat(tallyForm.path("itemTitle").path("value").asText()).isEqualTo("Partnership agreement");
    Response tooMany = api.complete("secretary", tally, Map.of("votesFor", 50, "votesAgainst", 0, "votesAbstain", 0));
    assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(400);
    assertThat(tooMany.json().path("message").asText()).as("in the secretary's Arabic")
        .endsWith(Texts.get(Language.AR, "error.vote.tallyTooHigh", "12", "50"));
    String debatedText = jdbc.queryForObject("select resolution_text from item_debate where session_key = ?",
        String.class, key);

    // The text and the recusals, changed after the debate: the register keeps what the debate recorded.
    runtime.setVariable(deliberation, "resolutionText", "The board gives the building away.");
    runtime.setVariable(deliberation, "recusals", SpinValues.jsonValue("[\"member02\"]").create());
    session.tally(6, 6, 0);
    JsonNode decidingVote = api.task("admin", key, "Task_CastDecidingVote");
    assertThat(decidingVote.path("assignee").asText()).as("the forged chairId routed the task").isEqualTo("member01");
    Response forged = api.complete("member01", decidingVote.path("id").asText(),
        Map.of("decidingVote", "FOR"));
    assertThat(forged.status()).as("member01 casting the chair's vote: " + forged).isEqualTo(403);
    assertThat(forged.json().path("message").asText()).as("in member01's language")
        .isEqualTo(Texts.get(Language.AR, "error.chair.castDecidingVote", key, "chair", "member01"));
    assertThat(api.tasks("admin", key, "Task_CastDecidingVote")).as("the deciding vote is still to cast")
        .hasSize(1);
    taskService.setAssignee(decidingVote.path("id").asText(), "chair");
    assertThat(api.complete("chair", decidingVote.path("id").asText(), Map.of("decidingVote", "FOR"))
        .status()).isEqualTo(204);
    // The count and the casting vote, changed before the register: it numbers the resolution from what the tally
    // and the chair recorded.
    runtime.setVariable(deliberation, "votesFor", 11);
    runtime.setVariable(deliberation, "votesAgainst", 1);
    runtime.setVariable(deliberation, "castingVote", "AGAINST");
    jobs.runDue();
    Map<String, Object> resolution = jdbc.queryForMap("select final_text, recusals, casting_vote, outcome, votes_for,"
        + " votes_against from resolution where session_key = ?", key);
    assertThat(List.of(resolution.get("votes_for"), resolution.get("votes_against"))).containsExactly(6, 6);
    assertThat(resolution.get("final_text")).isEqualTo(debatedText).isNotEqualTo("The board gives the building away.");
    assertThat(resolution.get("recusals")).isEqualTo("[]");
    assertThat(resolution.get("casting_vote")).isEqualTo("FOR");
    assertThat(resolution.get("outcome")).isEqualTo("ADOPTED");
    assertThat(jdbc.queryForObject("select vote_mode from resolution where session_key = ?", String.class, key))
        .isEqualTo("TALLY");

    // The minutes: they name the body's chair; member01 may not sign them.
    session.close(day.plusHours(3));
    SessionReport report = reports.report(key);
    assertThat(report.chairName().fr()).isEqualTo("Ahmed El Alaoui");
    JsonNode review = api.task("secretary", key, "Task_ReviewMinutes");
    api.completeOk("secretary", review, Map.of("minutesText",
        api.formVariables("secretary", review.path("id").asText()).path("minutesText").path("value").asText()));
    JsonNode sign = api.task("admin", key, "Task_SignMinutes");
    assertThat(sign.path("assignee").asText()).isEqualTo("member01");
    Response signedByMember = api.complete("member01", sign.path("id").asText(), Map.of("approved", true));
    assertThat(signedByMember.status()).as("member01 signing the minutes: " + signedByMember).isEqualTo(403);
    assertThat(jdbc.queryForObject("select count(*) from document where session_key = ? and kind = 'MINUTES'"
        + " and approved_by is not null", Integer.class, key)).as("no minutes signed").isZero();
    taskService.setAssignee(sign.path("id").asText(), "chair");
    assertThat(api.complete("chair", sign.path("id").asText(), Map.of("approved", true)).status())
        .isEqualTo(204);
    jobs.runDue();
    // the French minutes (the Arabic ones are signed with them)
    long minutes = jdbc.queryForObject("select id from document where session_key = ? and kind = 'MINUTES'"
        + " and upper(language) = 'FR' and approved_by = 'chair'", Long.class, key);

    // The press releases' ids, pointed at the minutes: the releases are approved and published, the minutes not.
    runtime.setVariable(id, "pressReleaseArId", minutes);
    runtime.setVariable(id, "pressReleaseFrId", minutes);
    api.completeOk("press", api.task("press", key, "Task_ApprovePressRelease"),
        Map.of("approved", true));
    jobs.runDue();
    assertThat(jdbc.queryForList("select kind || '/' || language || '/' || coalesce(approved_by, '-') || '/'"
        + " || case when published_at is null then 'unpublished' else 'published' end from document"
        + " where session_key = ? order by kind, language", String.class, key))
        .containsExactly("MINUTES/ar/chair/unpublished", "MINUTES/fr/chair/unpublished", "PRESS_RELEASE/ar/press/published",
            "PRESS_RELEASE/fr/press/published");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult().getState())
        .isEqualTo("COMPLETED");
  }

  @Test
  void aSessionReadsTheSameOnceItsEngineHistoryIsDeleted() {
    String key = "CA-2076-S1";
    LocalDateTime day = LocalDateTime.parse("2076-03-20T10:00");
    clock(LocalDateTime.parse("2076-03-01T09:00"));
    SessionDriver session = new SessionDriver(rest, jobs, key);
    String id = session.start("ORDINARY", day, "TALLY");
    session.agenda(AGENDA);
    api.completeOk("director", api.task("director", key, "Task_DraftPresentation"), Map.of(
        "presentationTitle", "The year", "presentationSummary", "What was done", "keyPoints", json("[\"Done\"]"),
        "documentRef", "EN/DG/2076", "durationMinutes", 20));
    api.completeOk("secretary", api.task("secretary", key, "Task_ReviewPresentation"),
        Map.of("decision", "APPROVE"));
    jobs.runDue();
    session.prepare();
    session.approveConvocation();
    session.replies(allPresent());
    session.sessionDay(day, attendance(11, 1));
    session.open();
    session.declareInterests("[\"member03\"]");
    session.recordDebate();
    session.tally(10, 0, 1);
    session.close(day.plusHours(2));
    JsonNode review = api.task("secretary", key, "Task_ReviewMinutes");
    api.completeOk("secretary", review, Map.of("minutesText",
        api.formVariables("secretary", review.path("id").asText()).path("minutesText").path("value").asText()));
    api.completeOk("chair", api.task("chair", key, "Task_SignMinutes"), Map.of("approved", true));
    jobs.runDue();
    api.completeOk("press", api.task("press", key, "Task_ApprovePressRelease"),
        Map.of("approved", true));
    jobs.runDue();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult().getState())
        .isEqualTo("COMPLETED");

    JsonNode before = read(key);
    assertThat(before.path("agenda")).hasSize(3);
    assertThat(before.path("agenda").get(1).path("presentation").path("title").asText()).isEqualTo("The year");
    assertThat(before.path("agenda").get(2).path("subject").asText()).isEqualTo("OTHER");
    assertThat(before.path("agenda").get(2).path("rapporteur").asText()).isEqualTo("director");
    assertThat(before.path("agenda").get(2).path("dossier").path("draftResolution").asText()).isNotBlank();
    assertThat(before.path("resolutions")).hasSize(1);
    assertThat(before.path("attendance").path("members")).isNotEmpty();
    String debate = reports.report(key).items().get(0).debateSummary();
    assertThat(debate).isEqualTo("Discussed.");

    List<String> instances = withCalledInstances(id);
    assertThat(instances).as("the session, its presentation review and its deliberation").hasSize(3);
    history.deleteHistoricProcessInstances(instances);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceIds(new java.util.HashSet<>(instances))
        .count()).isZero();

    assertThat(read(key)).as("/api/sessions/" + key + " after its history was deleted").isEqualTo(before);
    assertThat(reports.report(key).items().get(0).debateSummary()).as("the minutes' debate").isEqualTo(debate);
  }

  private JsonNode read(String key) {
    Response response = rest.get("integration", "/api/sessions/" + key);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  /** The instance and every instance it called, at any depth (from the history). */
  private List<String> withCalledInstances(String root) {
    List<String> all = new ArrayList<>(List.of(root));
    for (int i = 0; i < all.size(); i++) {
      for (HistoricProcessInstance called : history.createHistoricProcessInstanceQuery()
          .superProcessInstanceId(all.get(i)).list()) {
        all.add(called.getId());
      }
    }
    return all;
  }

  private static Map<String, Map<String, Object>> allPresent() {
    Map<String, Map<String, Object>> replies = new HashMap<>();
    SessionDriver.MEMBERS.forEach(m -> replies.put(m, Map.of("attendanceReply", "PRESENT")));
    return replies;
  }
}
