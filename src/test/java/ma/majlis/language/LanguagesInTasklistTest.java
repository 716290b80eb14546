package ma.majlis.language;

import ma.majlis.platform.EngineClock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.majlis.support.ApplicationTest;
import ma.majlis.support.Engine;
import ma.majlis.support.Jobs;
import ma.majlis.support.Rest.Response;
import ma.majlis.support.Tasklist;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each person reads, in his language, as Tasklist shows it (the webapps' API, logged in): the demo's member01
 * reads Arabic, member06 French; a group's task reads in the working language (French) whoever opens it; the start
 * form and the process names in the reader's language; each convocation in its recipient's language, with an HTML
 * part right to left in Arabic.
 */
class LanguagesInTasklistTest extends ApplicationTest {

  static final String KEY = "CA-2081-S1";
  static final LocalDateTime DAY = LocalDateTime.parse("2081-12-24T10:00");

  @Autowired
  org.camunda.bpm.engine.ManagementService management;
  @Autowired
  JdbcTemplate jdbc;

  /** The demo's languages, which these tests read (another test may have changed one). */
  @org.junit.jupiter.api.BeforeEach
  void theDemosLanguages() {
    Map.of("secretary", "ar", "chair", "ar", "member01", "ar", "member06", "fr", "director", "fr", "manager", "fr")
        .forEach((user, language) -> assertThat(rest.put("admin", "/api/users/" + user + "/preferences",
            "{\"language\":\"" + language + "\"}").status()).isEqualTo(200));
  }

  @Test
  void eachPersonReadsTasklistAndHisMailInHisLanguage() {
    Engine api = new Engine(rest);
    Tasklist tasklist = api.tasklist();

    // the start form, in the reader's language (the secretary reads Arabic, the director French)
    JsonNode startAr = tasklist.get("secretary", "/process-definition/key/board-session/deployed-start-form").json();
    assertThat(startAr.toString()).contains("\"key\":\"plannedStart\"", "التاريخ");
    JsonNode startFr = tasklist.get("director", "/process-definition/key/board-session/deployed-start-form").json();
    assertThat(startFr.toString()).contains("\"key\":\"plannedStart\"", "Heure");
    // process names as Tasklist's start dialog lists them
    assertThat(tasklist.get("secretary", "/process-definition?key=board-session&latestVersion=true").json()
        .get(0).path("name").asText()).isEqualTo("دورة المجلس");
    assertThat(rest.get("integration", "/engine-rest/process-definition?key=board-session&latestVersion=true").json()
        .get(0).path("name").asText()).as("integrators read the model's name").isEqualTo("Board session");

    api.convene(new Jobs(management), KEY, DAY, "ROLL_CALL", """
        [{"title":"Projet de budget 2082","kind":"DELIBERATION","subject":"BUDGET","rapporteur":"director"}]""");

    // member01 reads Arabic: his task's name, its form, the session's date in words
    JsonNode arabicTask = onlyTask(tasklist, "member01", "Task_ConfirmAttendance");
    assertThat(arabicTask.path("name").asText()).isEqualTo("تأكيد حضورك — " + KEY);
    String arabicForm = tasklist.get("member01", "/task/" + arabicTask.path("id").asText() + "/deployed-form").body();
    assertThat(arabicForm).contains("ردكم", "سأحضر", "\"value\":\"PRESENT\"").doesNotContain("I will attend");
    assertThat(api.formVariables("member01", arabicTask.path("id").asText()).path("sessionDate").path("value").asText())
        .isEqualTo("الأربعاء 24 دجنبر 2081 على الساعة 10:00");

    // member06 reads French
    JsonNode frenchTask = onlyTask(tasklist, "member06", "Task_ConfirmAttendance");
    assertThat(frenchTask.path("name").asText()).isEqualTo("Confirmer votre présence — " + KEY);
    assertThat(tasklist.get("member06", "/task/" + frenchTask.path("id").asText() + "/deployed-form").body())
        .contains("Votre réponse", "Je donne procuration à un autre membre");
    assertThat(api.formVariables("member06", frenchTask.path("id").asText()).path("sessionDate").path("value").asText())
        .isEqualTo("mercredi 24 décembre 2081 à 10:00");

    // the filters Majlis created, as Tasklist's left column lists them
    assertThat(tasklist.get("member01", "/filter?resourceType=Task").json().findValuesAsText("name"))
        .contains("مهامي");
    assertThat(tasklist.get("director", "/filter?resourceType=Task").json().findValuesAsText("name"))
        .contains("Direction générale");

    // the administrator looks at member01's task: it is member01's, in Arabic
    assertThat(tasklist.get("admin", "/task/" + arabicTask.path("id").asText()).json().path("name").asText())
        .startsWith("تأكيد حضورك");
    assertThat(api.formVariables("admin", arabicTask.path("id").asText()).path("sessionDate").path("value").asText())
        .as("what the form shows, in the form's language").isEqualTo("الأربعاء 24 دجنبر 2081 على الساعة 10:00");

    // each convocation in its recipient's language, with a plain-text and an HTML part
    Map<String, Object> arabicMail = jdbc.queryForMap("select subject, body, body_html, language from"
        + " notification_outbox where dedup_key = ?", KEY + "/convocation/1/member01");
    assertThat(arabicMail.get("language")).isEqualTo("ar");
    assertThat((String) arabicMail.get("subject")).startsWith("استدعاء: المجلس الإداري، الدورة " + KEY);
    assertThat((String) arabicMail.get("body")).contains("السيدة العضو، السيد العضو،", "جدول الأعمال",
        "1. Projet de budget 2082 (مداولة: الميزانية)", "24 دجنبر 2081");
    assertThat((String) arabicMail.get("body_html")).contains("dir=\"rtl\"", "lang=\"ar\"", "جدول الأعمال");
    Map<String, Object> frenchMail = jdbc.queryForMap("select subject, body, body_html, language from"
        + " notification_outbox where dedup_key = ?", KEY + "/convocation/1/member06");
    assertThat(frenchMail.get("language")).isEqualTo("fr");
    assertThat((String) frenchMail.get("subject"))
        .isEqualTo("Convocation : Conseil d’administration, session " + KEY + " du 24 décembre 2081");
    assertThat((String) frenchMail.get("body")).contains("Ordre du jour", "session ordinaire " + KEY,
        "mercredi 24 décembre 2081 à 10:00", "1. Projet de budget 2082 (délibération : Budget)");
    assertThat((String) frenchMail.get("body_html")).contains("dir=\"ltr\"", "lang=\"fr\"");
  }

  @Test
  void aGroupsTaskReadsInTheWorkingLanguageWhoeverOpensIt() {
    Engine api = new Engine(rest);
    Tasklist tasklist = api.tasklist();
    String key = "CA-2082-S1";
    EngineClock.pinTo(java.sql.Timestamp.valueOf(DAY.plusYears(1).minusDays(20)));
    api.startSession(key, "ORDINARY", DAY.plusYears(1).toString(), "TALLY");
    JsonNode prepare = api.task("secretary", key, "Task_PrepareAgenda");
    assertThat(prepare.path("name").asText()).as("as the engine keeps it")
        .isEqualTo("Préparer l’ordre du jour — " + key);
    // the secretary reads Arabic, but the task is the secretariat's: French, the body's working language
    JsonNode listed = tasklist.get("secretary", "/task?processInstanceBusinessKey=" + key).json().get(0);
    assertThat(listed.path("name").asText()).isEqualTo("Préparer l’ordre du jour — " + key);
    assertThat(tasklist.get("secretary", "/task/" + prepare.path("id").asText() + "/deployed-form").body())
        .contains("Ordre du jour");
    // once the secretary claims it, it is hers: Arabic
    Response claimed = tasklist.post("secretary", "/task/" + prepare.path("id").asText() + "/claim",
        "{\"userId\":\"secretary\"}");
    assertThat(claimed.status()).as(claimed.toString()).isEqualTo(204);
    assertThat(tasklist.get("secretary", "/task/" + prepare.path("id").asText()).json().path("name").asText())
        .isEqualTo("إعداد جدول الأعمال — " + key);
    assertThat(tasklist.get("secretary", "/task/" + prepare.path("id").asText() + "/deployed-form").body())
        .contains("جدول الأعمال");
  }

  @Test
  void theCockpitPluginReadsItsWordsInTheManagersLanguage() {
    Response french = rest.get("manager", "/api/texts/cockpit");
    assertThat(french.status()).as(french.toString()).isEqualTo(200);
    assertThat(french.json().path("language").asText()).isEqualTo("fr");
    assertThat(french.json().path("texts").path("title").asText()).isEqualTo("Sessions du conseil");
    assertThat(french.json().path("texts").path("stageMinutesSigned").asText()).isEqualTo("Procès-verbal signé");
    Response arabic = rest.get("chair", "/api/texts/cockpit");
    assertThat(arabic.json().path("dir").asText()).isEqualTo("rtl");
    assertThat(arabic.json().path("texts").path("title").asText()).isEqualTo("دورات المجلس");
    assertThat(rest.get("manager", "/api/texts/tasklist").status()).isEqualTo(404);
    assertThat(rest.get(null, "/api/texts/cockpit").status()).isEqualTo(401);
  }

  private static JsonNode onlyTask(Tasklist tasklist, String user, String definitionKey) {
    Response tasks = tasklist.get(user, "/task?processInstanceBusinessKey=" + KEY + "&taskDefinitionKey="
        + definitionKey + "&assignee=" + user);
    assertThat(tasks.status()).as(tasks.toString()).isEqualTo(200);
    List<JsonNode> found = new java.util.ArrayList<>();
    tasks.json().forEach(found::add);
    assertThat(found).hasSize(1);
    return found.get(0);
  }
}
