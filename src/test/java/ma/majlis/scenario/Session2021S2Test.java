package ma.majlis.scenario;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.majlis.notification.OutboxSender;
import ma.majlis.support.ApplicationTest;
import ma.majlis.support.Engine;
import ma.majlis.support.Jobs;
import ma.majlis.support.Rest.Response;

import static ma.majlis.support.Engine.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance scenario (scenario-2021-s2.md): the 2nd board session of 2021 of Entraide Nationale, replayed
 * through the engine REST API, each step as the demo user who does it in real life, on PostgreSQL. The engine
 * clock starts on 1 December 2021 at 09:00, 23 days before the session.
 */
class Session2021S2Test extends ApplicationTest {

  static final String KEY = "CA-2021-S2";
  static final List<String> MEMBERS = List.of("chair", "member01", "member02", "member03", "member04", "member05",
      "member06", "member07", "member08", "member09", "member10", "member11");

  @Autowired
  ManagementService management;
  @Autowired
  RuntimeService runtime;
  @Autowired
  HistoryService history;
  @Autowired
  IdentityService identity;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  OutboxSender sender;

  Engine api;
  Jobs jobs;

  @BeforeEach
  void setUp() {
    api = new Engine(rest);
    jobs = new Jobs(management);
    clock("2021-12-01T09:00");
  }

  static void clock(String localDateTime) {
    ClockUtil.setCurrentTime(Timestamp.valueOf(java.time.LocalDateTime.parse(localDateTime)));
  }

  static final String AGENDA = """
      [{"title":"Opening address of the chair","kind":"ADDRESS"},
       {"title":"New generation of services: project Jisr, digitisation and the green approach, multi-purpose spaces for women in every province","kind":"PRESENTATION","rapporteur":"director"},
       {"title":"Draft action plan 2022","kind":"DELIBERATION","subject":"ACTION_PLAN"},
       {"title":"Draft budget 2022","kind":"DELIBERATION","subject":"BUDGET"},
       {"title":"Creation of the committee \\"Convergence, Quality and Innovation\\"","kind":"DELIBERATION","subject":"COMMITTEE"}]""";

  static final String BUDGET = """
      [{"heading":"State subsidy","type":"REVENUE","amount":900000000},
       {"heading":"Own resources","type":"REVENUE","amount":100000000},
       {"heading":"Social assistance programmes","type":"EXPENDITURE","amount":700000000},
       {"heading":"Multi-purpose spaces for women","type":"EXPENDITURE","amount":200000000},
       {"heading":"Digitisation and operations","type":"EXPENDITURE","amount":100000000}]""";

  @Test
  void theSecondSessionOf2021RunsFromRequestToItsFollowUps() throws Exception {
    // 1. The integration portal requests the session.
    Response started = rest.post("integration", "/engine-rest/process-definition/key/board-session/start",
        Engine.body(Map.of()).replace("{\"variables\":{}}", """
            {"businessKey":"CA-2021-S2","variables":{
              "bodyCode":{"value":"CA"},"sessionYear":{"value":2021,"type":"Integer"},
              "sessionNumber":{"value":2,"type":"Integer"},"sessionKind":{"value":"ORDINARY"},
              "plannedStart":{"value":"2021-12-24T10:00"},"venue":{"value":"Headquarters, Rabat"},
              "format":{"value":"IN_PERSON"},"healthMeasures":{"value":"COVID-19 precautionary measures in force"},
              "voteMode":{"value":"TALLY"}}}"""));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);

    // 2. The secretariat prepares the agenda: a dossier task per deliberation, a presentation to review.
    api.completeOk("secretary", api.task("secretary", KEY, "Task_PrepareAgenda"), Map.of("agenda", json(AGENDA)));
    List<JsonNode> dossiers = api.tasks("director", KEY, "Task_PrepareItemDossier");
    assertThat(dossiers).hasSize(3);
    assertThat(api.tasks("secretary", KEY, "Task_PrepareItemDossier")).as("dossiers are general management's").isEmpty();

    // 3. General management prepares the dossiers; an unbalanced budget is refused, saying by how much.
    for (JsonNode dossier : dossiers) {
      String subject = api.jsonVariable("director", dossier.path("id").asText(), "agendaItem").path("subject").asText();
      Map<String, Object> vars = new HashMap<>();
      vars.put("documentRef", "EN/CA/2021-S2/" + subject);
      switch (subject) {
        case "ACTION_PLAN" -> {
          vars.put("draftResolution", "The board approves the action plan of Entraide Nationale for 2022.");
          vars.put("programmes", json("""
              [{"title":"Project Jisr","target":"Bring services closer to citizens","indicator":"Services online"},
               {"title":"Multi-purpose spaces for women","target":"One per province in a first phase","indicator":"Spaces opened"},
               {"title":"Digitisation","target":"Digital services","indicator":"Procedures digitised"},
               {"title":"Green approach","target":"Lower footprint","indicator":"Energy use"}]"""));
        }
        case "BUDGET" -> {
          vars.put("draftResolution", "The board approves the budget of Entraide Nationale for 2022.");
          vars.put("budgetLines", json(BUDGET.replace("100000000}]", "90000000}]")));
          Response unbalanced = api.complete("director", dossier.path("id").asText(), vars);
          assertThat(unbalanced.status()).as(unbalanced.toString()).isEqualTo(400);
          assertThat(unbalanced.json().path("message").asText()).contains("budgetLines").contains("10,000,000.00");
          vars.put("budgetLines", json(BUDGET));
        }
        default -> {
          vars.put("draftResolution", "The board approves the creation of the committee \"Convergence, Quality and"
              + " Innovation\".");
          vars.put("committee", json("""
              {"name":"Convergence, Quality and Innovation","mission":"Accompany and support the institution's work on convergence, quality and innovation","composition":"Board members and components of the social pole"}"""));
        }
      }
      api.completeOk("director", dossier, vars);
    }

    // 4. The presentation: drafted, one revision asked, revised, approved.
    JsonNode draft = api.task("director", KEY, "Task_DraftPresentation");
    Map<String, Object> presentation = new HashMap<>(Map.of("presentationTitle", "A new generation of services",
        "presentationSummary", "Project Jisr, digitisation and the green approach, multi-purpose spaces for women",
        "keyPoints", json("[\"Project Jisr\",\"Digitisation and the green approach\",\"Multi-purpose spaces for women\"]"),
        "documentRef", "EN/DG/2021-12", "durationMinutes", 30));
    api.completeOk("director", draft, presentation);
    JsonNode review = api.task("secretary", KEY, "Task_ReviewPresentation");
    Response noRemarks = api.complete("secretary", review.path("id").asText(), Map.of("decision", "REVISE"));
    assertThat(noRemarks.status()).isEqualTo(400);
    assertThat(noRemarks.json().path("message").asText()).contains("remarks");
    api.completeOk("secretary", review, Map.of("decision", "REVISE", "remarks", "Give the number of provinces"));
    presentation.put("presentationSummary", "Project Jisr, digitisation and the green approach, multi-purpose spaces"
        + " for women: one in every province in a first phase");
    api.completeOk("director", api.task("director", KEY, "Task_DraftPresentation"), presentation);
    api.completeOk("secretary", api.task("secretary", KEY, "Task_ReviewPresentation"), Map.of("decision", "APPROVE"));
    jobs.runDue();

    // 5. The state controller's opinion on the budget.
    api.completeOk("controller", api.task("controller", KEY, "Task_GiveControllerOpinion"),
        Map.of("controllerOpinion", "FAVOURABLE", "controllerOpinionText", "The budget is balanced and sincere."));

    // 6. The chair approves; 12 convocations to members and 1 to the controller (notice 23 days >= 15).
    api.completeOk("chair", api.task("chair", KEY, "Task_ApproveConvocation"), Map.of("approved", true));
    jobs.runDue();
    List<Map<String, Object>> outbox = jdbc.queryForList(
        "select recipient, body from notification_outbox where session_key = ? and dedup_key like ?", KEY,
        KEY + "/convocation/1/%");
    assertThat(outbox).extracting(row -> row.get("recipient"))
        .containsExactlyInAnyOrderElementsOf(concat(MEMBERS, List.of("controller")));
    assertThat((String) outbox.get(0).get("body")).contains("Draft budget 2022", "one in every province",
        "COVID-19 precautionary measures in force");
    sender.sendPendingNow();
    assertThat(received(KEY)).containsExactlyInAnyOrderElementsOf(
        concat(MEMBERS, List.of("controller")).stream().map(u -> u + "@majlis.example").toList());

    // 7. The members reply; a member cannot answer for another.
    JsonNode member10 = api.assignedTask("member10", KEY, "Task_ConfirmAttendance");
    assertThat(api.tasks("member09", KEY, "Task_ConfirmAttendance")).as("a member sees only their own reply")
        .extracting(t -> t.path("assignee").asText()).containsExactly("member09");
    assertThat(api.complete("member09", member10.path("id").asText(), Map.of("attendanceReply", "PRESENT")).status())
        .isEqualTo(403);
    for (String member : MEMBERS) {
      Map<String, Object> reply = switch (member) {
        case "member10" -> Map.of("attendanceReply", "PROXY", "proxyHolder", "member01");
        case "member09", "member11" -> Map.of("attendanceReply", "ABSENT");
        default -> Map.of("attendanceReply", "PRESENT");
      };
      api.completeOk(member, api.assignedTask(member, KEY, "Task_ConfirmAttendance"), reply);
    }

    // 8. The session day: the secretariat records the attendance as replied; quorum 10 of 12 >= 6.
    clock("2021-12-24T10:00");
    jobs.runDue();
    JsonNode record = api.task("secretary", KEY, "Task_RecordAttendance");
    JsonNode attendance = api.jsonVariable("secretary", record.path("id").asText(), "attendance");
    assertThat(attendance).hasSize(12);
    api.completeOk("secretary", record, Map.of("attendance", json(attendance.toString())));
    String instanceId = started.json().path("id").asText();
    assertThat(runtime.getVariable(instanceId, "quorumReached")).isEqualTo(true);
    assertThat(runtime.getVariable(instanceId, "present")).isEqualTo(9);
    assertThat(runtime.getVariable(instanceId, "represented")).isEqualTo(1);
    assertThat(runtime.getVariable(instanceId, "quorumRequired")).isEqualTo(6);

    // 9. Opening address and the presentation's remarks.
    api.completeOk("secretary", api.task("secretary", KEY, "Task_RecordOpening"), Map.of("openingSummary",
        "The chair praised the institution's efforts to overcome the pandemic's economic and social effects."));
    api.completeOk("secretary", api.task("secretary", KEY, "Task_RecordPresentation"),
        Map.of("presentationRemarks", "Members praised the new approach."));

    // 10. Three deliberations, no recusal, 10 for, 0 against, 0 abstentions.
    for (int item = 1; item <= 3; item++) {
      jobs.runDue();
      api.completeOk("secretary", api.task("secretary", KEY, "Task_DeclareInterests"), Map.of("recusals", json("[]")));
      jobs.runDue();
      JsonNode debate = api.task("secretary", KEY, "Task_RecordDebate");
      String text = api.variables("secretary", debate.path("id").asText()).path("resolutionText").path("value").asText();
      api.completeOk("secretary", debate, Map.of("debateSummary", "After extensive discussion.", "resolutionText", text));
      api.completeOk("secretary", api.task("secretary", KEY, "Task_RecordVoteTally"),
          Map.of("votesFor", 10, "votesAgainst", 0, "votesAbstain", 0));
      jobs.runDue();
    }
    List<Map<String, Object>> resolutions = jdbc.queryForList(
        "select number, subject, outcome, votes_for, votes_against, votes_abstain from resolution"
            + " where session_key = ? order by number", KEY);
    assertThat(resolutions).extracting(r -> r.get("number") + " " + r.get("subject") + " " + r.get("outcome") + " "
            + r.get("votes_for") + "-" + r.get("votes_against") + "-" + r.get("votes_abstain"))
        .containsExactly("CA-2021-S2-R01 ACTION_PLAN ADOPTED 10-0-0", "CA-2021-S2-R02 BUDGET ADOPTED 10-0-0",
            "CA-2021-S2-R03 COMMITTEE ADOPTED 10-0-0");

    // 11.-12. The session closes (minutes and press release: see their own tests).
    api.completeOk("secretary", api.task("secretary", KEY, "Task_CloseSession"), Map.of("closedAt", "2021-12-24T12:30"));
    jobs.runDue();

    // 13. The follow-ups run on their own.
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("CA-2021-S2-R01")
        .processDefinitionKey("resolution-follow-up").count()).isEqualTo(1);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("CA-2021-S2-R02")
        .processDefinitionKey("budget-approval").count()).isEqualTo(1);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("CA-2021-S2-R03")
        .processDefinitionKey("committee-establishment").count()).isEqualTo(1);

    // 14. The Ministry of Finance approves the budget: executory.
    jobs.runDue();
    api.completeOk("finance", api.task("finance", "CA-2021-S2-R02", "Task_ReviewBudget"), Map.of("decision", "APPROVE"));
    jobs.runDue();
    assertThat(jdbc.queryForObject("select status from budget_approval where resolution_number = 'CA-2021-S2-R02'",
        String.class)).isEqualTo("EXECUTORY");

    // 15. The committee: proposed by the secretariat, appointed by the chair, created, its first session requested.
    clock("2022-01-10T09:00");
    api.completeOk("secretary", api.task("secretary", "CA-2021-S2-R03", "Task_ProposeCommitteeMembers"), Map.of(
        "committeeCode", "CQI", "committeeName", "Convergence, Quality and Innovation",
        "mandate", "Accompany and support the institution's work on convergence, quality and innovation",
        "boardMembers", json("[\"member01\",\"member02\",\"member03\"]"),
        "externalMembers", json("""
            [{"name":"Amina Social Pole","organisation":"Agence de Developpement Social","email":"amina@ads.example"},
             {"name":"Karim Social Pole","organisation":"Observatoire National du Developpement Humain","email":"karim@ondh.example"}]"""),
        "committeeChair", "member01", "rapporteur", "member02", "reportingRhythm", "QUARTERLY"));
    api.completeOk("chair", api.task("chair", "CA-2021-S2-R03", "Task_AppointCommittee"), Map.of("approved", true));
    jobs.runDue();
    assertThat(identity.createUserQuery().memberOfGroup("committee-cqi").count()).isEqualTo(5);
    api.completeOk("secretary", api.task("secretary", "CA-2021-S2-R03", "Task_ScheduleInauguralMeeting"),
        Map.of("plannedStart", "2022-02-15T10:00", "venue", "Headquarters, Rabat", "format", "HYBRID"));
    jobs.runDue();
    api.task("secretary", "CQI-2022-S1", "Task_PrepareAgenda");
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new java.util.ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private List<String> received(String sessionKey) throws Exception {
    List<String> to = new java.util.ArrayList<>();
    for (MimeMessage m : mail().getReceivedMessages()) {
      String key = m.getHeader(OutboxSender.NOTIFICATION_HEADER, null);
      if (key != null && key.startsWith(sessionKey + "/convocation/")) {
        Arrays.stream(m.getRecipients(Message.RecipientType.TO)).forEach(a -> to.add(a.toString()));
      }
    }
    return to;
  }
}
