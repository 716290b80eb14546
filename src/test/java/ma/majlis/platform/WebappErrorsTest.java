package ma.majlis.platform;

import ma.majlis.process.ProcessKeys;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ma.majlis.language.FormTexts;
import ma.majlis.language.Language;
import ma.majlis.language.Texts;
import ma.majlis.support.ApplicationTest;
import ma.majlis.support.Engine;
import ma.majlis.support.Jobs;
import ma.majlis.support.Rest.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person reads in Tasklist when the server refuses a form: the status the contract gives (400, 403, 404),
 * and a message that names the field as the form labels it and says what to do, without the engine's codes, ids or
 * class names. Tasklist submits through the webapps' own engine API, which Camunda answers with 500 and the
 * engine's message unless Majlis maps it.
 */
class WebappErrorsTest extends ApplicationTest {

  static final String KEY = "CA-2050-S1";

  @Autowired
  ManagementService management;

  @Test
  void tasklistsRefusalsArePlainAndNameTheFieldAsTheFormLabelsIt() {
    Engine api = new Engine(rest);
    api.convene(new Jobs(management), KEY, LocalDateTime.parse("2050-03-20T10:00"), "TALLY", """
        [{"title":"Partnership agreement","kind":"DELIBERATION","subject":"OTHER"}]""");

    // A member names himself as his proxy: 400, the field as the form labels it, the rule, nothing else.
    String own = api.assignedTask("member01", KEY, "Task_ConfirmAttendance").path("id").asText();
    Response proxy = api.tasklist().submit("member01", own, Map.of("attendanceReply", "PROXY",
        "proxyHolder", "member01"));
    assertThat(proxy.status()).as(proxy.toString()).isEqualTo(400);
    // member01 reads Arabic: the field as his form labels it, the rule in his words
    assertThat(proxy.json().path("message").asText())
        .isEqualTo(FormTexts.translations(Language.AR).get("confirm-attendance.Field_ProxyHolder.label") + ": "
            + Texts.get(Language.AR, "error.proxy.self"))
        .doesNotContain("ENGINE-", own, "Exception", "proxyHolder:");
    assertThat(proxy.json().path("variable").asText()).isEqualTo("proxyHolder");

    // Another member's task: 403, plainly.
    Response foreign = api.tasklist().submit("member02", own, Map.of("attendanceReply", "PRESENT"));
    assertThat(foreign.status()).as(foreign.toString()).isIn(403, 404);
    Response foreignPost = api.tasklist().post("member02", "/task/" + own + "/submit-form",
        "{\"variables\":{\"attendanceReply\":{\"value\":\"PRESENT\"}}}");
    assertThat(foreignPost.status()).as(foreignPost.toString()).isEqualTo(403);
    assertThat(foreignPost.json().path("message").asText()).isEqualTo(Texts.get(Language.AR, "error.rest.forbidden"))
        .doesNotContain(own, "member02", "TASK_WORK", "ENGINE-");

    // Done, then submitted again (a second click, a stale page): 404, plainly.
    api.completeOk("member01", api.assignedTask("member01", KEY, "Task_ConfirmAttendance"),
        Map.of("attendanceReply", "PRESENT"));
    Response again = api.tasklist().post("member01", "/task/" + own + "/submit-form",
        "{\"variables\":{\"attendanceReply\":{\"value\":\"PRESENT\"}}}");
    assertThat(again.status()).as(again.toString()).isEqualTo(404);
    assertThat(again.json().path("message").asText()).doesNotContain(own, "ENGINE-");

    // The start form with a session number already used: 400 saying so, not "Cannot instantiate ...".
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("sessionYear", 2050);
    request.put("sessionNumber", 1);
    request.put("plannedStart", "2050-04-20T10:00");
    Response used = api.tasklist().start("secretary", ProcessKeys.BOARD_SESSION, null, request);
    assertThat(used.status()).as(used.toString()).isEqualTo(400);
    // the secretary reads Arabic
    assertThat(used.json().path("message").asText())
        .endsWith(Texts.get(Language.AR, "error.session.exists", "CA-2050-S1"))
        .doesNotContain("Cannot instantiate", "ENGINE-", "board-session:");
  }
}
