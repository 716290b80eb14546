package ma.majlis.scenario;

import ma.majlis.process.ProcessKeys;
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
import ma.majlis.board.SessionStatus;
import ma.majlis.board.AttendanceStatus;
import ma.majlis.platform.BeansBeforeVariablesPlugin;
import ma.majlis.platform.EngineClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.majlis.deliberation.ResolutionRegister;
import ma.majlis.documents.DocumentKind;
import ma.majlis.documents.DocumentService;
import ma.majlis.documents.StoredDocument;
import ma.majlis.demo.DemoScript;
import ma.majlis.notification.OutboxSender;
import ma.majlis.board.SessionRecord;
import ma.majlis.board.SessionRecords;
import ma.majlis.board.SessionRegistry;
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
  static final List<String> MEMBERS = ma.majlis.identity.DemoUsers.BOARD_MEMBERS;

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
  @Autowired
  DocumentService documents;
  @Autowired
  ResolutionRegister register;
  @Autowired
  SessionRegistry sessions;
  @Autowired
  SessionRecords records;
  @Autowired
  org.springframework.context.ApplicationContext context;

  Engine api;
  Jobs jobs;

  @BeforeEach
  void setUp() {
    api = new Engine(rest);
    jobs = new Jobs(management);
    clock("2021-12-01T09:00");
  }

  static void clock(String localDateTime) {
    EngineClock.pinTo(Timestamp.valueOf(java.time.LocalDateTime.parse(localDateTime)));
  }

  /** The seed data is the demo's (one place for the scenario's agenda, budget and programmes). */
  static final String AGENDA = String.format(DemoScript.AGENDA_2021, 2022);
  static final String BUDGET = DemoScript.BUDGET;

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
    jobs.runDue(); // the items open in a job after the agenda (Gateway_PrepareItems)
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
          vars.put("programmes", json(DemoScript.PROGRAMMES_2022));
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
    jobs.runDue();

    // 6. The chair approves; 12 convocations to members and 1 to the controller (notice 23 days >= 15).
    api.completeOk("chair", api.task("chair", KEY, "Task_ApproveConvocation"), Map.of("approved", true));
    jobs.runDue();
    List<Map<String, Object>> outbox = jdbc.queryForList(
        "select recipient, body from notification_outbox where session_key = ? and dedup_key like ?", KEY,
        KEY + "/convocation/1/%");
    assertThat(outbox).extracting(row -> row.get("recipient"))
        .containsExactlyInAnyOrderElementsOf(concat(MEMBERS, List.of("controller")));
    assertThat((String) outbox.get(0).get("body")).contains("Projet de budget 2022", "one in every province",
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
    JsonNode recordPresentation = api.task("secretary", KEY, "Task_RecordPresentation");
    // the form shows the version approved before the session, from the record
    JsonNode shownPresentation = api.formJson("secretary", recordPresentation.path("id").asText(),
        "approvedPresentation");
    assertThat(shownPresentation.path("approvedByRole").asText()).isEqualTo("SECRETARIAT");
    assertThat(shownPresentation.path("title").asText()).isNotBlank();
    assertThat(shownPresentation.path("id").asLong()).isEqualTo(jdbc.queryForObject(
        "select id from presentation where session_key = ?", Long.class, KEY));
    api.completeOk("secretary", recordPresentation, Map.of("presentationRemarks", "Members praised the new approach."));

    // 10. Three deliberations, no recusal, 10 for, 0 against, 0 abstentions.
    for (int item = 1; item <= 3; item++) {
      jobs.runDue();
      JsonNode interests = api.task("secretary", KEY, "Task_DeclareInterests");
      if (item == 1) {
        // who the form offers, read from the record when the form is read: the 10 present or represented may be
        // recused or leave; member09, member11 (absent) and member10 (represented) may arrive
        String id = interests.path("id").asText();
        assertThat(api.formJson("secretary", id, "voterOptions").findValuesAsText("value")).hasSize(10)
            .contains("member10").doesNotContain("member09", "member11");
        assertThat(api.formJson("secretary", id, "arrivalOptions").findValuesAsText("value"))
            .containsExactlyInAnyOrder("member09", "member10", "member11");
        assertThat(api.variables("secretary", id).has("voterOptions")).as("shown, no variable").isFalse();
      }
      api.completeOk("secretary", interests, Map.of("recusals", json("[]")));
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

    // 11. The session closes; the minutes are drafted from what it recorded; the secretariat reviews them.
    api.completeOk("secretary", api.task("secretary", KEY, "Task_CloseSession"), Map.of("closedAt", "2021-12-24T12:30"));
    jobs.runDue();
    assertNoFailedJobs();
    JsonNode reviewMinutes = api.task("secretary", KEY, "Task_ReviewMinutes");
    String minutesText = api.formVariables("secretary", reviewMinutes.path("id").asText()).path("minutesText")
        .path("value").asText();
    assertThat(minutesText).contains("Mustapha Raji | Représenté par Fatima Zahra Amrani (procuration)", "Zineb Cherkaoui | Absent",
        "soit 10 sur 12 pour 6 requis (première convocation)", "Résolution CA-2021-S2-R03",
        "Débat : After extensive discussion.");
    api.completeOk("secretary", reviewMinutes, Map.of("minutesText", minutesText));

    //     The chair signs them (the secretariat may not); they are sent to every member and to the controller.
    JsonNode sign = api.task("chair", KEY, "Task_SignMinutes");
    // the version the chair signs, as his form shows it (read from the documents, no variable)
    long minutesId = api.formVariables("chair", sign.path("id").asText()).path("minutesDocumentId").path("value")
        .asLong();
    Response bySecretary = api.complete("secretary", sign.path("id").asText(), Map.of("approved", true));
    assertThat(bySecretary.status()).as("the secretariat signing the minutes: " + bySecretary).isEqualTo(403);
    api.completeOk("chair", sign, Map.of("approved", "true"));
    jobs.runDue();
    assertNoFailedJobs();
    StoredDocument minutes = documents.get(minutesId);
    assertThat(minutes.kind()).isEqualTo(DocumentKind.MINUTES);
    assertThat(minutes.approvedBy()).as("signed by the chair").isEqualTo("chair");
    assertThat(jdbc.queryForObject("select status from board_session where business_key = ?", String.class, KEY))
        .isEqualTo("MINUTES_SIGNED");
    assertThat(minutes.content()).containsPattern("Mustapha Raji</td>\\s*<td>\\s*Représenté\\s*par Fatima Zahra Amrani \\(procuration\\)")
        .containsPattern("Zineb Cherkaoui</td>\\s*<td>\\s*Absent").containsPattern("soit 10 sur 12\\s*pour 6 requis")
        .contains("Le quorum est atteint");
    String minutesPdf = pdfText(documents.pdf(minutesId));
    assertThat(minutesPdf).contains("Mustapha Raji Représenté par Fatima Zahra Amrani (procuration)", "Zineb Cherkaoui Absent",
        "soit 10 sur 12 pour 6 requis (première convocation)", "Le quorum est atteint");
    for (String number : List.of("CA-2021-S2-R01", "CA-2021-S2-R02", "CA-2021-S2-R03")) {
      assertThat(minutes.content()).contains("Résolution " + number);
      assertThat(minutesPdf).contains("Résolution " + number);
    }
    assertThat(minutes.content().split("Vote : 10 pour, 0 contre, 0 abstention\\(s\\)\\.", -1)).hasSize(4);
    assertThat(minutesPdf.split("Vote : 10 pour, 0 contre, 0 abstention\\(s\\)\\.", -1)).hasSize(4);
    List<Map<String, Object>> sent = jdbc.queryForList("select recipient, body from notification_outbox"
        + " where session_key = ? and dedup_key like ?", KEY, KEY + "/minutes/" + minutesId + "/%");
    assertThat(sent).extracting(row -> row.get("recipient"))
        .containsExactlyInAnyOrderElementsOf(concat(MEMBERS, List.of("controller")));
    Map<Object, Object> bodies = new java.util.HashMap<>();
    sent.forEach(row -> bodies.put(row.get("recipient"), row.get("body")));
    // each member receives the minutes in the language he reads: member06 French, member01 Arabic
    assertThat((String) bodies.get("member06")).contains("Résolution CA-2021-S2-R02",
        "Vote : 10 pour, 0 contre, 0 abstention(s).");
    assertThat((String) bodies.get("member01")).contains("CA-2021-S2-R02", "تمت المصادقة", "محضر")
        .doesNotContain("Résolution CA-2021-S2-R02");
    // the Arabic minutes were drafted from the same record and signed with the French
    StoredDocument arabicMinutes = documents.latest(KEY, DocumentKind.MINUTES,
        ma.majlis.documents.DocumentLanguage.AR).orElseThrow();
    assertThat(arabicMinutes.approvedBy()).isEqualTo("chair");
    assertThat(arabicMinutes.content()).contains("dir=\"rtl\"", "CA-2021-S2-R03");
    assertThat(rest.get("integration", "/api/sessions/" + KEY).json().path("documents").findValuesAsText("language"))
        .map(String::toUpperCase).contains("AR", "FR");

    // 12. The press release, drafted in Arabic and in French, is approved by the communication office: published.
    JsonNode release = api.task("press", KEY, "Task_ApprovePressRelease");
    // as the office's form shows them, from the documents: both texts and both versions approved
    JsonNode releaseForm = api.formVariables("press", release.path("id").asText());
    assertThat(releaseForm.path("pressReleaseArText").path("value").asText())
        .contains("الدورة الثانية للمجلس الإداري لمؤسسة التعاون الوطني برسم سنة 2021");
    long arabicId = releaseForm.path("pressReleaseArId").path("value").asLong();
    long frenchId = releaseForm.path("pressReleaseFrId").path("value").asLong();
    assertThat(releaseForm.path("pressReleaseFrText").path("value").asText())
        .startsWith(documents.plainText(frenchId).substring(0, 200));
    api.completeOk("press", release, Map.of("approved", true));
    jobs.runDue();
    assertNoFailedJobs();
    for (long id : new long[] {arabicId, frenchId}) {
      assertThat(documents.get(id).approvedBy()).isEqualTo("press");
      assertThat(documents.publishedAt(id)).as("release %d published", id).isPresent();
    }
    String arabic = documents.get(arabicId).content();
    assertThat(arabic).contains("<html lang=\"ar\" dir=\"rtl\">",
        "انعقاد الدورة الثانية للمجلس الإداري لمؤسسة التعاون الوطني برسم سنة 2021",
        "الجمعة 24 دجنبر 2021", "مشروع مخطط عمل المؤسسة برسم سنة 2022", "مشروع ميزانية المؤسسة برسم سنة 2022",
        "إحداث لجنة «Convergence, Quality and Innovation»");
    assertThat(pdfText(documents.pdf(arabicId))).contains("الدورة الثانية للمجلس الإداري", "مؤسسة التعاون الوطني",
        "Convergence, Quality and Innovation");
    String french = pdfText(documents.pdf(frenchId));
    assertThat(french).contains("Deuxième session ordinaire du Conseil d'administration au titre de l'année 2021",
        "le vendredi 24 décembre 2021 au matin", "le projet de plan d'action de l'établissement au titre de l'année 2022",
        "le projet de budget de l'établissement au titre de l'année 2022",
        "la création du comité « Convergence, Quality and Innovation »");
    assertThat(jdbc.queryForList("select recipient from notification_outbox where dedup_key like ?", String.class,
        KEY + "/press-release/%")).containsExactly("press");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult().getEndActivityId())
        .isEqualTo("EndEvent_SessionClosed");

    // 13. The follow-ups run on their own.
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("CA-2021-S2-R01")
        .processDefinitionKey(ProcessKeys.RESOLUTION_FOLLOW_UP).count()).isEqualTo(1);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("CA-2021-S2-R02")
        .processDefinitionKey(ProcessKeys.BUDGET_APPROVAL).count()).isEqualTo(1);
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey("CA-2021-S2-R03")
        .processDefinitionKey(ProcessKeys.COMMITTEE_ESTABLISHMENT).count()).isEqualTo(1);

    // 14. The Ministry of Finance approves the budget: executory.
    jobs.runDue();
    api.completeOk("finance", api.task("finance", "CA-2021-S2-R02", "Task_ReviewBudget"), Map.of("decision", "APPROVE"));
    jobs.runDue();
    assertThat(jdbc.queryForMap("select status, decision, decided_by from budget_approval"
        + " where resolution_number = 'CA-2021-S2-R02'")).containsEntry("status", "EXECUTORY")
        .containsEntry("decision", "APPROVE").containsEntry("decided_by", "finance");

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
    JsonNode appoint = api.task("chair", "CA-2021-S2-R03", "Task_AppointCommittee");
    // An administrator changes the proposal's chair in Cockpit: the chair's form shows the proposal as the secretariat
    // made it (recorded by its completion), and the committee is created as the chair appointed it.
    runtime.setVariable(appoint.path("processInstanceId").asText(), "committeeChair", "member03");
    JsonNode appointForm = api.formVariables("chair", appoint.path("id").asText());
    assertThat(appointForm.path("committeeChair").path("value").asText()).isEqualTo("member01");
    // and the people by name, as the chair knows them
    java.util.function.Function<String, String> name = id -> {
      org.camunda.bpm.engine.identity.User user = identity.createUserQuery().userId(id).singleResult();
      return user.getFirstName() + " " + user.getLastName();
    };
    assertThat(appointForm.path("committeeChairName").path("value").asText()).isEqualTo(name.apply("member01"));
    assertThat(appointForm.path("rapporteurName").path("value").asText()).isEqualTo(name.apply("member02"));
    assertThat(appointForm.path("boardMemberNames").path("value").asText()).isEqualTo(String.join(", ",
        name.apply("member01"), name.apply("member02"), name.apply("member03")));
    api.completeOk("chair", appoint, Map.of("approved", true));
    jobs.runDue();
    assertThat(identity.createUserQuery().memberOfGroup("committee-cqi").count()).isEqualTo(5);
    assertThat(jdbc.queryForObject("select chair from committee where code = 'CQI'", String.class)).isEqualTo("member01");
    assertThat(jdbc.queryForMap("select round, proposed_by, decision, decided_by from committee_proposal"
        + " where resolution_number = 'CA-2021-S2-R03'")).containsEntry("round", 1).containsEntry("proposed_by", "secretary")
        .containsEntry("decision", "APPOINTED").containsEntry("decided_by", "chair");
    api.completeOk("secretary", api.task("secretary", "CA-2021-S2-R03", "Task_ScheduleInauguralMeeting"),
        Map.of("plannedStart", "2022-02-15T10:00", "venue", "Headquarters, Rabat", "format", "HYBRID"));
    jobs.runDue();
    api.task("secretary", "CQI-2022-S1", "Task_PrepareAgenda");

    // 16. The board's next session: its agenda proposes the approval of the signed minutes of CA-2021-S2, and the
    //     adopted MINUTES_APPROVAL resolution marks them approved when the session closes.
    Response next = rest.post("integration", "/engine-rest/process-definition/key/board-session/start", """
        {"businessKey":"CA-2022-S1","variables":{
          "bodyCode":{"value":"CA"},"sessionYear":{"value":2022,"type":"Integer"},
          "sessionNumber":{"value":1,"type":"Integer"},"sessionKind":{"value":"ORDINARY"},
          "plannedStart":{"value":"2022-06-24T10:00"},"venue":{"value":"Headquarters, Rabat"},
          "format":{"value":"IN_PERSON"},"voteMode":{"value":"TALLY"}}}""");
    assertThat(next.status()).as(next.toString()).isEqualTo(200);
    JsonNode prepare = api.task("secretary", "CA-2022-S1", "Task_PrepareAgenda");
    JsonNode proposed = api.jsonVariable("secretary", prepare.path("id").asText(), "agenda");
    assertThat(proposed.findValuesAsText("title")).contains("Approbation du procès-verbal de la session CA-2021-S2");
    assertThat(proposed.findValuesAsText("subject")).contains("MINUTES_APPROVAL");
    // The session itself is not replayed here: its approval of the minutes is registered and the session is moved
    // to its close, as an operator would in Cockpit, so that the real "Start the follow-ups" step handles it.
    String nextId = next.json().path("id").asText();
    register.register(ma.majlis.deliberation.Resolution.draft("CA-2022-S1", 2, 1,
        "Approbation du procès-verbal de la session CA-2021-S2", "MINUTES_APPROVAL", "The board approves the minutes of CA-2021-S2.",
        "TALLY", new ma.majlis.deliberation.VoteTally(10, 0, 0), "[]", null, "ADOPTED"));
    runtime.createProcessInstanceModification(nextId).cancelAllForActivity("Task_PrepareAgenda")
        .startBeforeActivity("ServiceTask_StartFollowUps")
        // the operator's copy also names, wrongly, the 2021 action plan as an adopted budget of this session: the step
        // follows the register, not this variable
        .setVariable("resolutions", org.camunda.spin.plugin.variable.SpinValues.jsonValue(
            "[{\"number\":\"CA-2022-S1-R01\",\"subject\":\"MINUTES_APPROVAL\",\"outcome\":\"ADOPTED\"},"
                + "{\"number\":\"CA-2021-S2-R01\",\"subject\":\"BUDGET\",\"outcome\":\"ADOPTED\"}]").create())
        .execute();
    jobs.runDue();
    assertThat(documents.boardApproval(minutesId)).contains("CA-2022-S1-R01");
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessKeys.BUDGET_APPROVAL)
        .processInstanceBusinessKey("CA-2021-S2-R01").count()).as("no budget approval for the action plan").isZero();
    assertThat(variable(nextId, "minutesApproved")).isEqualTo(true);
    assertThat(jdbc.queryForObject("select status from board_session where business_key = ?", String.class, KEY))
        .isEqualTo("MINUTES_APPROVED");

    // 17. The register proves it was not altered: its hash chain, recomputed, holds from the first resolution to
    //     the last (the 2021 resolutions and the 2022 approval of the minutes).
    JsonNode verification = rest.get("integration", "/api/resolutions/verification?body=CA").json();
    assertThat(verification.path("valid").asBoolean()).as(verification.toString()).isTrue();
    assertThat(verification.path("checked").asInt()).isGreaterThanOrEqualTo(4);
    assertThat(verification.path("firstBroken").isNull()).isTrue();

    // 18. No variable of the whole scenario is named like one of Majlis's beans: in expressions, those names are the
    //     beans (platform/BeansBeforeVariablesPlugin), so such a variable could not be read by the processes.
    //     (Only this scenario's: BeansBeforeVariablesTest adds such a variable on purpose, in the same database.)
    java.util.Set<String> scenario = new java.util.HashSet<>();
    for (String keys : List.of(KEY + "%", "CA-2022-S1%")) {
      history.createHistoricProcessInstanceQuery().processInstanceBusinessKeyLike(keys).list()
          .forEach(p -> scenario.add(p.getRootProcessInstanceId()));
    }
    List<String> names = history.createHistoricVariableInstanceQuery().list().stream()
        .filter(v -> scenario.contains(v.getRootProcessInstanceId())).map(v -> v.getName()).distinct().toList();
    assertThat(names).as("the scenario's variables").contains("memberId", "attendanceReply");
    assertThat(names.stream().filter(variable -> BeansBeforeVariablesPlugin.isOwnBean(context, variable)))
        .isEmpty();
  }

  /**
   * The chair returns the drafted minutes with remarks: the secretariat gets them back with the remarks, corrects
   * them (a new version), the chair signs that version. The communication office then withholds the press release:
   * nothing is published and the remarks are kept. A small closed session (CA-2019-S2) is recorded directly and its
   * process started at "Draft the minutes", as the steps before would leave it.
   */
  @Test
  void returnedMinutesGoBackToTheSecretariatWithTheChairsRemarks() throws Exception {
    String key = "CA-2019-S2";
    sessions.create(new SessionRecord(key, "CA", 2019, 2, "ORDINARY", java.time.LocalDateTime.of(2019, 12, 20, 10, 0),
        "Headquarters, Rabat", "IN_PERSON", null, "TALLY", "none", SessionStatus.CLOSED));
    List<SessionRecords.Attendance> attendance = new java.util.ArrayList<>();
    for (String member : MEMBERS) {
      attendance.add(new SessionRecords.Attendance(member,
          member.equals("member11") ? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT, null));
    }
    records.recordConvening(key, 1, "chair", List.of("chair", "member01"),
        java.time.LocalDateTime.of(2019, 12, 19, 10, 0));
    records.saveAttendance(key, 1, attendance, 11, 0);
    records.recordQuorum(key, 6, true);
    records.recordClose(key, java.time.LocalDateTime.of(2019, 12, 20, 12, 0), null);
    register.register(ma.majlis.deliberation.Resolution.draft(key, 2, 1, "Draft budget 2020", "BUDGET",
        "The board adopts the budget for 2020.", "TALLY", new ma.majlis.deliberation.VoteTally(9, 1, 1), "[]", null,
        "ADOPTED"));
    String id = runtime.createProcessInstanceByKey(ProcessKeys.BOARD_SESSION).businessKey(key)
        .startBeforeActivity("ServiceTask_DraftMinutes")
        .setVariable("sessionKey", key).setVariable("bodyCode", "CA").setVariable("chairId", "chair")
        .setVariable("members", org.camunda.spin.plugin.variable.SpinValues.jsonValue("[\"chair\",\"member01\"]").create())
        .execute().getId();
    jobs.runDue();
    assertNoFailedJobs();

    JsonNode review = api.task("secretary", key, "Task_ReviewMinutes");
    String drafted = api.formVariables("secretary", review.path("id").asText()).path("minutesText").path("value").asText();
    assertThat(drafted).contains("soit 11 sur 12 pour 6 requis", "Résolution CA-2019-S2-R01",
        "Vote : 9 pour, 1 contre, 1 abstention(s).");
    Response blank = api.complete("secretary", review.path("id").asText(), Map.of("minutesText", " "));
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.json().path("message").asText()).contains("minutesText");
    // a hostile secretary: a text far too long for the form, a variable the task does not take; each refused with
    // nothing written (no version of the minutes, no copy in the process), the task still open
    java.util.function.IntSupplier minutesVersions = () -> jdbc.queryForObject("select count(*) from document"
        + " where session_key = ? and kind = 'MINUTES'", Integer.class, key);
    int versions = minutesVersions.getAsInt();
    Response tooLong = api.complete("secretary", review.path("id").asText(), Map.of("minutesText", drafted,
        "minutesTextAr", "م".repeat(4001)));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().path("message").asText()).contains("minutesTextAr");
    Response extra = api.complete("secretary", review.path("id").asText(), Map.of("minutesText", drafted,
        "minutesDocumentId", 1));
    assertThat(extra.status()).isEqualTo(400);
    assertThat(extra.json().path("message").asText()).contains("minutesDocumentId");
    assertThat(minutesVersions.getAsInt()).isEqualTo(versions);
    assertThat(jdbc.queryForObject("select count(*) from act_ru_variable where proc_inst_id_ = ?"
        + " and name_ in ('minutesText', 'minutesTextAr')", Integer.class, id)).isZero();
    assertThat(api.task("secretary", key, "Task_ReviewMinutes").path("id").asText())
        .isEqualTo(review.path("id").asText());
    api.completeOk("secretary", review, Map.of("minutesText", drafted));

    JsonNode sign = api.task("chair", key, "Task_SignMinutes");
    long draftId = api.formVariables("chair", sign.path("id").asText()).path("minutesDocumentId").path("value").asLong();
    assertThat(api.complete("secretary", sign.path("id").asText(), Map.of("approved", true)).status())
        .as("the secretariat signing the minutes").isEqualTo(403);
    Response noRemarks = api.complete("chair", sign.path("id").asText(), Map.of("approved", false));
    assertThat(noRemarks.status()).isEqualTo(400);
    assertThat(noRemarks.json().path("message").asText()).contains("remarks");
    api.completeOk("chair", sign, Map.of("approved", false, "remarks", "Member 11 sent apologies: say so."));

    JsonNode back = api.task("secretary", key, "Task_ReviewMinutes");
    JsonNode backVariables = api.variables("secretary", back.path("id").asText());
    assertThat(backVariables.path("remarks").path("value").asText()).isEqualTo("Member 11 sent apologies: say so.");
    assertThat(documents.get(draftId).approved()).as("a returned version is not signed").isFalse();
    String corrected = api.formVariables("secretary", back.path("id").asText()).path("minutesText").path("value").asText()
        .replace("Houda Bennis | Absent", "Houda Bennis | Absent (excusé)");
    api.completeOk("secretary", back, Map.of("minutesText", corrected));
    JsonNode signAgain = api.task("chair", key, "Task_SignMinutes");
    JsonNode signForm = api.formVariables("chair", signAgain.path("id").asText());
    long signedId = signForm.path("minutesDocumentId").path("value").asLong();
    assertThat(signForm.path("minutesText").path("value").asText()).as("the chair reads the corrected version")
        .contains("Houda Bennis | Absent (excusé)");
    assertThat(signForm.path("minutesTextAr").path("value").asText()).as("and the Arabic, as drafted").isNotBlank();
    api.completeOk("chair", signAgain, Map.of("approved", true));
    // the minutes' texts are the documents': the process never held a copy of them (issue #17)
    assertThat(jdbc.queryForObject("select count(*) from act_hi_varinst where proc_inst_id_ = ?"
        + " and name_ in ('minutesText', 'minutesTextAr')", Integer.class, id)).isZero();
    assertThat(signedId).isNotEqualTo(draftId);
    StoredDocument signed = documents.get(signedId);
    assertThat(signed.version()).isEqualTo(2);
    assertThat(signed.approvedBy()).isEqualTo("chair");
    assertThat(signed.content()).contains("Houda Bennis | Absent (excusé)", "Vote : 9 pour, 1 contre, 1 abstention(s).");
    assertThat(pdfText(documents.pdf(signedId))).contains("Houda Bennis | Absent (excusé)");
    assertThat(jdbc.queryForObject("select review_remarks from document where id = ?", String.class, draftId))
        .isEqualTo("Member 11 sent apologies: say so.");

    jobs.runDue();
    assertNoFailedJobs();
    assertThat(jdbc.queryForList("select recipient from notification_outbox where dedup_key like ?", String.class,
        key + "/minutes/" + signedId + "/%")).containsExactlyInAnyOrder("chair", "member01", "controller");

    // The communication office withholds the release: nothing is published, the remarks stay with both versions.
    JsonNode release = api.task("press", key, "Task_ApprovePressRelease");
    JsonNode releaseForm = api.formVariables("press", release.path("id").asText());
    long arabicId = releaseForm.path("pressReleaseArId").path("value").asLong();
    long frenchId = releaseForm.path("pressReleaseFrId").path("value").asLong();
    api.completeOk("press", release, Map.of("approved", false, "remarks", "Too old to publish now."));
    jobs.runDue();
    for (long release1 : new long[] {arabicId, frenchId}) {
      assertThat(documents.publishedAt(release1)).isEmpty();
      assertThat(documents.get(release1).approved()).isFalse();
      assertThat(jdbc.queryForObject("select review_remarks from document where id = ?", String.class, release1))
          .isEqualTo("Too old to publish now.");
    }
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult().getEndActivityId())
        .isEqualTo("EndEvent_PressReleaseWithheld");
  }

  private Object variable(String processInstanceId, String name) {
    return history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).variableName(name)
        .singleResult().getValue();
  }

  private void assertNoFailedJobs() {
    assertThat(management.createJobQuery().withException().list()).extracting(j -> j.getExceptionMessage())
        .as("failed jobs").isEmpty();
  }

  /** A PDF's text as a reader's tool extracts it, lines joined with one space. */
  static String pdfText(byte[] pdf) throws java.io.IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(document).replaceAll("(?U)\\s+", " ").trim();
    }
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
