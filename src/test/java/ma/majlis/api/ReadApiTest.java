package ma.majlis.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import ma.majlis.platform.EngineClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import ma.majlis.budget.BudgetApprovals;
import ma.majlis.committee.CommitteeService;
import ma.majlis.committee.CommitteeSetup;
import ma.majlis.committee.ReportingRhythm;
import ma.majlis.deliberation.Resolution;
import ma.majlis.deliberation.ResolutionRegister;
import ma.majlis.deliberation.VoteTally;
import ma.majlis.followup.FollowUps;
import ma.majlis.board.SessionRecord;
import ma.majlis.board.AttendanceStatus;
import ma.majlis.board.SessionRecords;
import ma.majlis.board.SessionRegistry;
import ma.majlis.board.SessionStatus;
import ma.majlis.support.ApplicationTest;
import ma.majlis.support.Rest.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read API on PostgreSQL, called as its users call it (HTTP Basic): a session, the register, a resolution with
 * its follow-up, a document; 401 without credentials, 403 outside the readers' groups, 404 for unknown keys, 400 for
 * malformed filters. Each test uses its own session keys (year 2040 onwards).
 */
class ReadApiTest extends ApplicationTest {

  /** The integration portal reads the API in English (the demo gives it French), as an integrator configures it. */
  @org.junit.jupiter.api.BeforeEach
  void integratorsReadEnglish() {
    assertThat(rest.put("admin", "/api/users/integration/preferences", "{\"language\":\"en\"}").status())
        .isEqualTo(200);
  }

  @org.junit.jupiter.api.AfterEach
  void theDemosFrenchComesBack() {
    rest.put("admin", "/api/users/integration/preferences", "{\"language\":\"fr\"}");
  }


  @Autowired
  SessionRegistry sessions;
  @Autowired
  SessionRecords records;
  @Autowired
  ResolutionRegister register;
  @Autowired
  BudgetApprovals budgets;
  @Autowired
  FollowUps followUps;
  @Autowired
  CommitteeService committees;
  @Autowired
  IdentityService identity;
  @Autowired
  ma.majlis.documents.DocumentStore documentStore;

  @BeforeEach
  void pinClock() {
    EngineClock.pinTo(java.sql.Timestamp.valueOf("2040-01-10 09:00:00"));
  }

  // --- sessions ----------------------------------------------------------------------------------------------------

  @Test
  void aStartedSessionShowsItsAgendaDossierAttendanceQuorumResolutionsAndStatus() {
    String agenda = "[{\\\"title\\\":\\\"Address of the chair\\\",\\\"kind\\\":\\\"ADDRESS\\\"},"
        + "{\\\"title\\\":\\\"Budget 2041\\\",\\\"kind\\\":\\\"DELIBERATION\\\",\\\"subject\\\":\\\"BUDGET\\\","
        + "\\\"rapporteur\\\":\\\"director\\\"}]";
    Response started = rest.post("integration", "/engine-rest/process-definition/key/board-session/start",
        "{\"businessKey\":\"CA-2040-S1\",\"variables\":{"
            + "\"bodyCode\":{\"value\":\"CA\"},\"sessionYear\":{\"value\":2040,\"type\":\"Integer\"},"
            + "\"sessionNumber\":{\"value\":1,\"type\":\"Integer\"},\"sessionKind\":{\"value\":\"ORDINARY\"},"
            + "\"plannedStart\":{\"value\":\"2040-03-01T10:00\"},\"venue\":{\"value\":\"Headquarters, Rabat\"},"
            + "\"format\":{\"value\":\"IN_PERSON\"},\"voteMode\":{\"value\":\"TALLY\"},"
            + "\"agenda\":{\"type\":\"Json\",\"value\":\"" + agenda + "\"}}}");
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    // what the chair approved with the convocation
    records.saveAgenda("CA-2040-S1", List.of(
        new SessionRecords.AgendaItem(1, "Address of the chair", "ADDRESS", null, null),
        new SessionRecords.AgendaItem(2, "Budget 2041", "DELIBERATION", "BUDGET", "director")));
    records.saveDossier(new SessionRecords.Dossier("CA-2040-S1", 2, "BUDGET", "The board adopts the budget 2041.",
        "dossier-budget-2041.pdf", "{}", null, null));
    records.saveControllerOpinion("CA-2040-S1", 2, "FAVOURABLE", "Balanced and prudent.");
    records.saveAttendance("CA-2040-S1", 1, List.of(
        new SessionRecords.Attendance("chair", AttendanceStatus.PRESENT, null),
        new SessionRecords.Attendance("member01", AttendanceStatus.PRESENT, null),
        new SessionRecords.Attendance("member02", AttendanceStatus.REPRESENTED, "member01"),
        new SessionRecords.Attendance("member03", AttendanceStatus.ABSENT, null)), 2, 1);
    records.recordQuorum("CA-2040-S1", 6, true);
    records.recordOpening("CA-2040-S1", "Opened at 10:05 by the chair.");
    Resolution budget = register.register(Resolution.draft("CA-2040-S1", 2, 1, "Budget 2041", "BUDGET",
        "The board adopts the budget 2041.", "TALLY", new VoteTally(9, 1, 1), "[]", null, "ADOPTED"));

    Response response = rest.get("member05", "/api/sessions/CA-2040-S1");

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    JsonNode session = response.json();
    assertThat(session.path("key").asText()).isEqualTo("CA-2040-S1");
    assertThat(session.path("body").asText()).isEqualTo("CA");
    assertThat(session.path("year").asInt()).isEqualTo(2040);
    assertThat(session.path("status").asText()).isEqualTo("OPEN");
    assertThat(session.path("plannedStart").asText()).isEqualTo("2040-03-01T10:00:00");
    assertThat(session.path("convocationRound").asInt()).isEqualTo(1);
    assertThat(session.path("processInstanceId").asText()).isNotBlank();
    assertThat(session.path("openingSummary").asText()).isEqualTo("Opened at 10:05 by the chair.");
    JsonNode items = session.path("agenda");
    assertThat(items.size()).isEqualTo(2);
    assertThat(items.get(0).path("title").asText()).isEqualTo("Address of the chair");
    assertThat(items.get(0).path("kind").asText()).isEqualTo("ADDRESS");
    assertThat(items.get(0).path("dossier").isNull()).isTrue();
    assertThat(items.get(1).path("itemIndex").asInt()).isEqualTo(2);
    assertThat(items.get(1).path("subject").asText()).isEqualTo("BUDGET");
    assertThat(items.get(1).path("rapporteur").asText()).isEqualTo("director");
    assertThat(items.get(1).path("dossier").path("documentRef").asText()).isEqualTo("dossier-budget-2041.pdf");
    assertThat(items.get(1).path("dossier").path("controllerOpinion").asText()).isEqualTo("FAVOURABLE");
    JsonNode attendance = session.path("attendance");
    assertThat(attendance.path("present").asInt()).isEqualTo(2);
    assertThat(attendance.path("represented").asInt()).isEqualTo(1);
    assertThat(attendance.path("members").findValuesAsText("memberId"))
        .containsExactly("chair", "member01", "member02", "member03");
    assertThat(attendance.path("members").get(2).path("proxyHolder").asText()).isEqualTo("member01");
    assertThat(session.path("quorum").path("required").asInt()).isEqualTo(6);
    assertThat(session.path("quorum").path("reached").asBoolean()).isTrue();
    assertThat(session.path("resolutions").findValuesAsText("number")).containsExactly(budget.number());
    assertThat(session.path("resolutions").get(0).path("href").asText())
        .isEqualTo("/api/resolutions/" + budget.number());
    assertThat(session.path("documents").isArray()).isTrue();
  }

  @Test
  void aSessionBeforeItsDayHasNoAttendanceNorQuorumYet() {
    createSession("CA-2040-S2", 2040, 2);

    JsonNode session = rest.get("manager", "/api/sessions/CA-2040-S2").json();

    assertThat(session.path("status").asText()).isEqualTo("REQUESTED");
    assertThat(session.path("attendance").isNull()).isTrue();
    assertThat(session.path("quorum").isNull()).isTrue();
    assertThat(session.path("agenda").size()).isZero();
    assertThat(session.path("resolutions").size()).isZero();
  }

  @Test
  void anUnknownSessionIs404WithAMessage() {
    Response response = rest.get("integration", "/api/sessions/CA-1999-S9");
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().path("type").asText()).isEqualTo("NotFoundException");
    assertThat(response.json().path("message").asText()).contains("CA-1999-S9");
  }

  // --- the sessions' list ------------------------------------------------------------------------------------------

  @Test
  void theSessionsListFiltersByBodyYearAndStatusAndPagesTheLatestFirst() {
    createSession("CA-2047-S1", 2047, 1);
    createSession("CA-2047-S2", 2047, 2);
    createSession("CA-2047-S3", 2047, 3);
    createSession("CA-2048-S1", 2048, 1);
    sessions.updateStatus("CA-2047-S1", SessionStatus.MINUTES_SIGNED);
    sessions.updateStatus("CA-2047-S2", SessionStatus.CLOSED);
    sessions.updateStatus("CA-2047-S3", SessionStatus.CONVENED);
    records.recordConvocationRound("CA-2047-S2", 1, java.time.LocalDateTime.of(2047, 9, 24, 10, 0));
    records.recordConvocationRound("CA-2047-S3", 1, java.time.LocalDateTime.of(2047, 12, 24, 10, 0));
    registerResolution("CA-2047-S1", 1, "ADOPTED");
    registerResolution("CA-2047-S1", 2, "REJECTED");

    Response first = rest.get("manager", "/api/sessions?body=CA&year=2047&size=2");
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(first.json().path("total").asLong()).isEqualTo(3);
    assertThat(first.json().path("page").asInt()).isZero();
    assertThat(first.json().path("size").asInt()).isEqualTo(2);
    assertThat(first.json().path("items").findValuesAsText("key")).as("the latest planned first")
        .containsExactly("CA-2047-S3", "CA-2047-S2");
    JsonNode second = rest.get("manager", "/api/sessions?body=CA&year=2047&size=2&page=1").json();
    assertThat(second.path("items").findValuesAsText("key")).containsExactly("CA-2047-S1");
    JsonNode signed = second.path("items").get(0);
    assertThat(signed.path("body").asText()).isEqualTo("CA");
    assertThat(signed.path("year").asInt()).isEqualTo(2047);
    assertThat(signed.path("number").asInt()).isEqualTo(1);
    assertThat(signed.path("kind").asText()).isEqualTo("ORDINARY");
    assertThat(signed.path("status").asText()).isEqualTo("MINUTES_SIGNED");
    assertThat(signed.path("plannedStart").asText()).isEqualTo("2047-06-24T10:00:00");
    assertThat(signed.path("venue").asText()).isEqualTo("Headquarters, Rabat");
    assertThat(signed.path("runningInstanceId").isNull()).as("no such instance runs").isTrue();
    assertThat(signed.path("resolutionCount").asInt()).isEqualTo(2);
    assertThat(signed.path("resolutions").findValuesAsText("number"))
        .containsExactly("CA-2047-S1-R01", "CA-2047-S1-R02");
    assertThat(signed.path("resolutions").findValuesAsText("outcome")).containsExactly("ADOPTED", "REJECTED");
    assertThat(signed.path("href").asText()).isEqualTo("/api/sessions/CA-2047-S1");

    assertThat(rest.get("manager", "/api/sessions?year=2047&status=CLOSED,MINUTES_SIGNED").json()
        .path("items").findValuesAsText("key")).containsExactly("CA-2047-S2", "CA-2047-S1");
    assertThat(rest.get("manager", "/api/sessions?year=2047&status=CONVENED&status=OPEN").json()
        .path("items").findValuesAsText("key")).containsExactly("CA-2047-S3");
    assertThat(rest.get("manager", "/api/sessions?year=2048").json().path("items").findValuesAsText("key"))
        .containsExactly("CA-2048-S1");
    assertThat(rest.get("manager", "/api/sessions?body=CQI&year=2047").json().path("total").asLong()).isZero();
    JsonNode all = rest.get("member01", "/api/sessions").json();
    assertThat(all.path("size").asInt()).isEqualTo(20);
    assertThat(all.path("total").asLong()).isGreaterThanOrEqualTo(4);
  }

  @Test
  void aRunningSessionGivesItsProcessInstanceAndAnEndedOneNone() {
    String key = "CA-2049-S1";
    Response started = rest.post("integration", "/engine-rest/process-definition/key/board-session/start",
        "{\"businessKey\":\"" + key + "\",\"variables\":{"
            + "\"bodyCode\":{\"value\":\"CA\"},\"sessionYear\":{\"value\":2049,\"type\":\"Integer\"},"
            + "\"sessionNumber\":{\"value\":1,\"type\":\"Integer\"},\"sessionKind\":{\"value\":\"ORDINARY\"},"
            + "\"plannedStart\":{\"value\":\"2049-03-01T10:00\"},\"venue\":{\"value\":\"Siège, Rabat\"},"
            + "\"format\":{\"value\":\"IN_PERSON\"},\"voteMode\":{\"value\":\"TALLY\"}}}");
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    String instance = started.json().path("id").asText();

    JsonNode running = rest.get("member01", "/api/sessions?year=2049").json().path("items").get(0);
    assertThat(running.path("key").asText()).isEqualTo(key);
    assertThat(running.path("status").asText()).isEqualTo("REQUESTED");
    assertThat(running.path("runningInstanceId").asText()).as("members read it too, whatever the engine lets them see")
        .isEqualTo(instance);
    assertThat(running.path("resolutionCount").asInt()).isZero();

    engine.getRuntimeService().deleteProcessInstance(instance, "ReadApiTest: the session's process ended", true);
    JsonNode ended = rest.get("member01", "/api/sessions?year=2049").json().path("items").get(0);
    assertThat(ended.path("runningInstanceId").isNull()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
      "year=abc, year, must be a whole number",
      "year=1999, year, from 2000 to 2100",
      "size=101, size, must be from 1 to 100",
      "page=-1, page, must be 0 or more",
      "body=C4, body, capital letters",
      "status=WON, status, 'must be one of [REQUESTED, CONVENED, CONVENED_AGAIN, OPEN, CLOSED, MINUTES_SIGNED,"
          + " MINUTES_APPROVED]'",
      "'status=CLOSED,closed', status, must be one of"})
  void aMalformedSessionsFilterIs400NamingTheParameter(String query, String parameter, String rule) {
    Response response = rest.get("integration", "/api/sessions?" + query);
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.json().path("type").asText()).isEqualTo("InvalidRequestException");
    assertThat(response.json().path("parameter").asText()).isEqualTo(parameter);
    assertThat(response.json().path("message").asText()).startsWith(parameter + ":").contains(rule);
  }

  // --- access ------------------------------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({"/api/sessions", "/api/sessions/CA-2040-S2", "/api/resolutions", "/api/resolutions/CA-2040-S1-R01",
      "/api/documents/1", "/api/resolutions/verification?body=CA", "/api/openapi.json"})
  void withoutCredentialsEveryEndpointIs401(String path) {
    Response response = rest.get(null, path);
    assertThat(response.status()).as(response.toString()).isEqualTo(401);
    assertThat(response.json().path("type").asText()).isEqualTo("AuthenticationException");
  }

  @Test
  void aUserOutsideTheReadersGroupsIs403() {
    if (identity.createUserQuery().userId("api-outsider").count() == 0) {
      User outsider = identity.newUser("api-outsider");
      outsider.setPassword("api-outsider");
      outsider.setFirstName("Out");
      outsider.setLastName("Sider");
      identity.saveUser(outsider);
    }
    Response response = rest.get("api-outsider", "/api/resolutions");
    assertThat(response.status()).as(response.toString()).isEqualTo(403);
    assertThat(rest.get("api-outsider", "/api/sessions").status()).isEqualTo(403);
    assertThat(response.json().path("type").asText()).isEqualTo("AuthorizationException");
    assertThat(response.json().path("message").asText()).contains("api-outsider");
  }

  @Test
  void staffManagersAndIntegratorsMayRead() {
    for (String user : List.of("integration", "manager", "member01", "chair", "secretary", "director",
        "controller", "finance", "press")) {
      assertThat(rest.get(user, "/api/resolutions").status()).as(user).isEqualTo(200);
      assertThat(rest.get(user, "/api/sessions").status()).as(user).isEqualTo(200);
    }
  }

  // --- the register ------------------------------------------------------------------------------------------------

  @Test
  void theRegisterFiltersByBodyAndYearAndPages() {
    createSession("CA-2041-S1", 2041, 1);
    createSession("CA-2042-S1", 2042, 1);
    for (int item = 1; item <= 3; item++) {
      registerResolution("CA-2041-S1", item, "ADOPTED");
    }
    registerResolution("CA-2042-S1", 1, "REJECTED");

    Response first = rest.get("integration", "/api/resolutions?body=CA&year=2041&size=2");
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(first.json().path("total").asLong()).isEqualTo(3);
    assertThat(first.json().path("page").asInt()).isZero();
    assertThat(first.json().path("size").asInt()).isEqualTo(2);
    assertThat(first.json().path("items").findValuesAsText("number"))
        .containsExactly("CA-2041-S1-R01", "CA-2041-S1-R02");
    JsonNode second = rest.get("integration", "/api/resolutions?body=CA&year=2041&size=2&page=1").json();
    assertThat(second.path("items").findValuesAsText("number")).containsExactly("CA-2041-S1-R03");
    assertThat(second.path("total").asLong()).isEqualTo(3);

    assertThat(rest.get("integration", "/api/resolutions?year=2042").json().path("items").findValuesAsText("number"))
        .containsExactly("CA-2042-S1-R01");
    assertThat(rest.get("integration", "/api/resolutions?session=CA-2041-S1&outcome=ADOPTED").json()
        .path("total").asLong()).isEqualTo(3);
    assertThat(rest.get("integration", "/api/resolutions?body=CA&outcome=REJECTED&year=2042").json()
        .path("total").asLong()).isEqualTo(1);
    assertThat(rest.get("integration", "/api/resolutions?body=CQI&year=2041").json().path("total").asLong())
        .isZero();
    JsonNode all = rest.get("integration", "/api/resolutions").json();
    assertThat(all.path("size").asInt()).isEqualTo(20);
    assertThat(all.path("total").asLong()).isGreaterThanOrEqualTo(4);
  }

  @ParameterizedTest
  @CsvSource({
      "year=abc, year, must be a whole number",
      "size=1000, size, must be from 1 to 100",
      "size=0, size, must be from 1 to 100",
      "page=-1, page, must be 0 or more",
      "page=x, page, must be a whole number",
      "body=ca, body, capital letters",
      "year=1850, year, from 2000 to 2100",
      "outcome=WON, outcome, must be one of [ADOPTED, REJECTED]",
      "subject=CAKE, subject, must be one of",
      "session=CA-2021, session, session key"})
  void aMalformedFilterIs400NamingTheParameter(String query, String parameter, String rule) {
    Response response = rest.get("integration", "/api/resolutions?" + query);
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.json().path("type").asText()).isEqualTo("InvalidRequestException");
    assertThat(response.json().path("parameter").asText()).isEqualTo(parameter);
    assertThat(response.json().path("message").asText()).startsWith(parameter + ":").contains(rule);
  }

  // --- one resolution ----------------------------------------------------------------------------------------------

  @Test
  void anAdoptedBudgetShowsWhetherItIsExecutoryAndItsFollowUp() {
    createSession("CA-2043-S1", 2043, 1);
    Resolution budget = register.register(Resolution.draft("CA-2043-S1", 2, 1, "Budget 2044", "BUDGET",
        "The board adopts the budget 2044.", "ROLL_CALL", new VoteTally(7, 2, 1), "[\"member04\"]", null,
        "ADOPTED"));
    budgets.submit(budget.number(), "CA-2043-S1", List.of());

    JsonNode pending = rest.get("integration", "/api/resolutions/" + budget.number()).json();
    assertThat(pending.path("number").asText()).isEqualTo("CA-2043-S1-R01");
    assertThat(pending.path("finalText").asText()).isEqualTo("The board adopts the budget 2044.");
    assertThat(pending.path("votesFor").asInt()).isEqualTo(7);
    assertThat(pending.path("recusals").get(0).asText()).isEqualTo("member04");
    assertThat(pending.path("outcome").asText()).isEqualTo("ADOPTED");
    assertThat(pending.path("session").asText()).isEqualTo("/api/sessions/CA-2043-S1");
    assertThat(pending.path("budget").path("status").asText()).isEqualTo("SUBMITTED");
    assertThat(pending.path("budget").path("executory").asBoolean()).isFalse();
    assertThat(pending.path("committee").isNull()).isTrue();
    assertThat(pending.path("followUp").isNull()).isTrue();

    budgets.markExecutory(budget.number());
    followUps.open(budget.number(), "CA-2043-S1", "director", LocalDate.of(2043, 12, 31),
        "[\"Notify the regional delegations\",\"Open the credits\"]");
    followUps.recordProgress(budget.number(), "Credits opened.");

    JsonNode approved = rest.get("finance", "/api/resolutions/" + budget.number()).json();
    assertThat(approved.path("budget").path("status").asText()).isEqualTo("EXECUTORY");
    assertThat(approved.path("budget").path("executory").asBoolean()).isTrue();
    JsonNode followUp = approved.path("followUp");
    assertThat(followUp.path("owner").asText()).isEqualTo("director");
    assertThat(followUp.path("dueDate").asText()).isEqualTo("2043-12-31");
    assertThat(followUp.path("actions").get(1).asText()).isEqualTo("Open the credits");
    assertThat(followUp.path("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(followUp.path("lastReport").asText()).isEqualTo("Credits opened.");
  }

  @Test
  void aCommitteeCreationShowsTheCommitteeOnceSetUp() {
    createSession("CA-2044-S1", 2044, 1);
    Resolution creation = registerResolution("CA-2044-S1", 3, "ADOPTED");
    committees.create(new CommitteeSetup(creation.number(), "APIC", "Audit committee", "Audit the accounts",
        List.of("member01", "member02"), List.of(), "member01", "member02", ReportingRhythm.QUARTERLY));

    JsonNode resolution = rest.get("chair", "/api/resolutions/" + creation.number()).json();

    JsonNode committee = resolution.path("committee");
    assertThat(committee.path("code").asText()).isEqualTo("APIC");
    assertThat(committee.path("name").asText()).isEqualTo("Audit committee");
    assertThat(committee.path("chair").asText()).isEqualTo("member01");
    assertThat(committee.path("reportingRhythm").asText()).isEqualTo("QUARTERLY");
    assertThat(committee.path("group").asText()).isEqualTo("committee-apic");
    assertThat(resolution.path("budget").isNull()).isTrue();
  }

  @Test
  void aCorrectionAndTheCorrectedResolutionPointToEachOther() {
    createSession("CA-2045-S1", 2045, 1);
    Resolution original = registerResolution("CA-2045-S1", 1, "ADOPTED");
    Resolution correction = register.supersede(original.number(), Resolution.draft("CA-2045-S1", 1, 2, "Item 1",
        "OTHER", "Corrected text.", "TALLY", new VoteTally(8, 0, 0), "[]", null, "ADOPTED"));

    assertThat(rest.get("integration", "/api/resolutions/" + original.number()).json().path("supersededBy").asText())
        .isEqualTo(correction.number());
    assertThat(rest.get("integration", "/api/resolutions/" + correction.number()).json().path("supersedes").asText())
        .isEqualTo(original.number());
  }

  @Test
  void anUnknownResolutionIs404() {
    Response response = rest.get("integration", "/api/resolutions/CA-1999-S1-R01");
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().path("message").asText()).contains("CA-1999-S1-R01");
  }

  // --- documents ---------------------------------------------------------------------------------------------------

  @Test
  void aStoredDocumentIsServedAsHtmlAndAsPdf() {
    long id = documentStore.save(ma.majlis.documents.DocumentKind.MINUTES, ma.majlis.documents.DocumentLanguage.FR,
        "CA-2040-S9", "<html><body><h1>Procès-verbal de la session CA-2040-S9</h1></body></html>");
    Response html = rest.get("member01", "/api/documents/" + id);
    assertThat(html.status()).as(html.toString()).isEqualTo(200);
    assertThat(html.body()).contains("Procès-verbal de la session CA-2040-S9");
    Response pdf = rest.get("member01", "/api/documents/" + id + "?format=pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.body()).startsWith("%PDF");
  }

  @Test
  void anUnknownDocumentIs404AsHtmlAndAsPdf() {
    assertThat(rest.get("integration", "/api/documents/987654").status()).isEqualTo(404);
    Response pdf = rest.get("integration", "/api/documents/987654?format=pdf");
    assertThat(pdf.status()).isEqualTo(404);
    assertThat(pdf.json().path("type").asText()).isEqualTo("NotFoundException");
  }

  @Test
  void aMalformedDocumentRequestIs400() {
    Response notANumber = rest.get("integration", "/api/documents/minutes");
    assertThat(notANumber.status()).as(notANumber.toString()).isEqualTo(400);
    assertThat(notANumber.json().path("parameter").asText()).isEqualTo("id");
    Response badFormat = rest.get("integration", "/api/documents/1?format=docx");
    assertThat(badFormat.status()).as(badFormat.toString()).isEqualTo(400);
    assertThat(badFormat.json().path("message").asText()).isEqualTo("format: must be html or pdf, got 'docx'");
  }

  // --- OpenAPI -----------------------------------------------------------------------------------------------------

  @Test
  void theOpenApiDocumentListsEveryEndpoint() {
    Response response = rest.get("integration", "/api/openapi.json");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    JsonNode paths = response.json().path("paths");
    assertThat(paths.fieldNames()).toIterable().containsExactlyInAnyOrder("/api/sessions", "/api/sessions/{key}",
        "/api/resolutions",
        "/api/resolutions/{number}", "/api/resolutions/verification", "/api/documents/{id}",
        "/api/sessions/{key}/dossiers", "/api/users/{userId}/preferences", "/api/texts/{screen}", "/api/follow-ups",
        "/api/sessions/{key}/items/{itemIndex}/files", "/api/sessions/{key}/files", "/api/sessions/{key}/files/{id}",
        "/api/sessions/{key}/board-pack", "/api/sessions/{key}/access-log", "/api/sessions/{key}/book");
    // every operation says who may not read: 401 and 403 (said once, for all of them, in ApiConfiguration)
    paths.forEach(path -> path.forEach(operation -> assertThat(operation.path("responses").has("401")
        && operation.path("responses").has("403")).as(path.toString()).isTrue()));
    assertThat(paths.path("/api/resolutions/verification").path("get").path("parameters").findValuesAsText("name"))
        .containsExactly("body");
    assertThat(paths.path("/api/resolutions/verification").path("get").path("responses").fieldNames()).toIterable()
        .contains("200", "400", "401", "403");
    assertThat(paths.path("/api/resolutions").path("get").path("parameters").findValuesAsText("name"))
        .contains("body", "year", "page", "size");
    assertThat(paths.path("/api/sessions").path("get").path("parameters").findValuesAsText("name"))
        .containsExactly("body", "year", "status", "page", "size");
    assertThat(paths.path("/api/sessions").path("get").path("responses").fieldNames()).toIterable()
        .contains("200", "400", "401", "403");
    assertThat(response.json().path("components").path("schemas").path("SessionSummary").path("properties")
        .fieldNames()).toIterable().contains("key", "body", "year", "number", "kind", "status", "plannedStart",
            "venue", "runningInstanceId", "resolutionCount", "resolutions", "documents");
    assertThat(paths.path("/api/documents/{id}").path("get").path("responses").path("200").path("content")
        .fieldNames()).toIterable().contains("text/html", "application/pdf");
    assertThat(response.json().path("components").path("securitySchemes").path("basic").path("scheme").asText())
        .isEqualTo("basic");
  }

  @Test
  void theBrowsableUiIsServedUnderApi() throws Exception {
    HttpResponse<Void> docs = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/docs"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("manager:manager".getBytes()))
        .build(), HttpResponse.BodyHandlers.discarding());
    assertThat(docs.statusCode()).isEqualTo(302);
    assertThat(docs.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).endsWith("/api/swagger-ui/index.html"));
    Response ui = rest.get("integration", "/api/swagger-ui/index.html");
    assertThat(ui.status()).as(ui.toString()).isEqualTo(200);
    assertThat(ui.body()).contains("swagger");
    Response config = rest.get("integration", "/api/openapi.json/swagger-config");
    assertThat(config.status()).as(config.toString()).isEqualTo(200);
    assertThat(config.json().path("url").asText()).isEqualTo("/api/openapi.json");
  }

  // --- helpers -----------------------------------------------------------------------------------------------------

  private void createSession(String key, int year, int number) {
    sessions.create(new SessionRecord(key, "CA", year, number, "ORDINARY",
        java.time.LocalDateTime.of(year, 6, 24, 10, 0), "Headquarters, Rabat", "IN_PERSON", null, "TALLY",
        "no-instance-" + key, SessionStatus.REQUESTED));
  }

  private Resolution registerResolution(String sessionKey, int item, String outcome) {
    return register.register(Resolution.draft(sessionKey, item, 1, "Item " + item, "OTHER", "Text of item " + item,
        "TALLY", new VoteTally(8, 2, 0), "[]", null, outcome));
  }
}
