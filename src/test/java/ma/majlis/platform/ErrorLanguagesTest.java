package ma.majlis.platform;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.majlis.language.Language;
import ma.majlis.language.Languages;
import ma.majlis.language.Texts;
import ma.majlis.support.ApplicationTest;
import ma.majlis.support.Engine;
import ma.majlis.support.Rest;
import ma.majlis.support.Rest.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors people see are in their language (issue #13, point 6): a refusal comes in the requester's language, his
 * preference, else his browser's {@code Accept-Language}, else the working language; the body keeps its shape
 * ({@code type}, {@code message}, {@code variable}) and {@code variable} names the variable, for integrators.
 */
class ErrorLanguagesTest extends ApplicationTest {

  static final String KEY = "CA-2077-S1";
  /** An agenda item of a kind that does not exist: the server's refusal, with its arguments. */
  static final String BAD_AGENDA = "[{\"title\":\"Partenariat\",\"kind\":\"SPEECH\"}]";
  static final String KINDS = "[ADDRESS, PRESENTATION, DELIBERATION, FOLLOW_UP]";

  @Autowired
  JdbcTemplate tables;

  @Autowired
  Languages languages;

  /** The demo gives the secretary Arabic and the integration portal French: these tests start with no choice. */
  @BeforeEach
  void nobodyHasChosenYet() {
    tables.update("delete from user_preference where user_id in ('secretary', 'integration')");
  }

  /** ... and give the demo's choices back to the tests that come after. */
  @AfterEach
  void theDemoLanguagesComeBack() {
    nobodyHasChosenYet();
    choose("secretary", "ar");
    choose("integration", "fr");
  }

  @Test
  void aPersonInTasklistReadsTheRefusalInTheLanguageHeChose() {
    Engine api = new Engine(rest);
    api.startSession(KEY, "ORDINARY", "2077-06-15T10:00", "TALLY");
    String task = api.task("secretary", KEY, "Task_PrepareAgenda").path("id").asText();
    Map<String, ?> agenda = Map.of("agenda", Engine.json(BAD_AGENDA));

    // today's English, in a browser set to English and no preference: the reference shape
    Response english = api.tasklist().submit("secretary", task, agenda);
    assertThat(english.status()).as(english.toString()).isEqualTo(400);
    assertThat(english.json().path("message").asText()).endsWith(": must be one of " + KINDS + ", got 'SPEECH'");
    assertThat(fields(english.json())).contains("type", "message", "variable");

    // the same browser (Accept-Language: en-GB), the person chose Arabic: Arabic wins
    choose("secretary", "ar");
    Response arabic = api.tasklist().submit("secretary", task, agenda);
    assertThat(arabic.status()).as(arabic.toString()).isEqualTo(400);
    String arabicRule = Texts.get(Language.AR, "error.input.oneOf", KINDS, "'SPEECH'");
    assertThat(arabicRule).contains("يجب أن يكون إحدى القيم");
    assertThat(arabic.json().path("message").asText()).endsWith(": " + arabicRule);
    assertThat(arabic.json().path("variable").asText()).matches("agenda\\[\\d+]\\.kind");
    assertThat(arabic.json().path("type").asText()).isEqualTo("InputRejectedException");
    assertThat(fields(arabic.json())).isEqualTo(fields(english.json()));

    // then French
    choose("secretary", "fr");
    Response french = api.tasklist().submit("secretary", task, agenda);
    assertThat(french.status()).as(french.toString()).isEqualTo(400);
    assertThat(french.json().path("message").asText())
        .endsWith(": doit être l’une des valeurs " + KINDS + ", reçu : 'SPEECH'");
    assertThat(french.json().path("variable").asText()).isEqualTo(arabic.json().path("variable").asText());
    assertThat(fields(french.json())).isEqualTo(fields(english.json()));

    // a refusal of the REST boundary (a variable the task does not take), in Tasklist's path: Arabic too
    choose("secretary", "ar");
    Response unknown = api.tasklist().post("secretary", "/task/" + task + "/submit-form",
        "{\"variables\":{\"colour\":{\"value\":\"red\"}}}");
    assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
    assertThat(unknown.json().path("message").asText()).startsWith("colour: ليس متغيرا من متغيرات هذه المهمة");
    assertThat(unknown.json().path("variable").asText()).isEqualTo("colour");
  }

  @Test
  void anIntegratorReadsTheLanguageHeAsksForElseTheWorkingLanguage() {
    String start = "/engine-rest/process-definition/key/board-session/start";
    String before2000 = "{\"variables\":{\"bodyCode\":{\"value\":\"CA\"},"
        + "\"sessionYear\":{\"value\":1999,\"type\":\"Integer\"},\"sessionNumber\":{\"value\":1,\"type\":\"Integer\"},"
        + "\"sessionKind\":{\"value\":\"ORDINARY\"},\"plannedStart\":{\"value\":\"2072-06-15T10:00\"},"
        + "\"venue\":{\"value\":\"Headquarters, Rabat\"},\"format\":{\"value\":\"IN_PERSON\"},"
        + "\"voteMode\":{\"value\":\"TALLY\"}}}";

    Response french = rest.withLanguage("fr-MA,fr;q=0.9,en;q=0.5").post("integration", start, before2000);
    assertThat(french.status()).as(french.toString()).isEqualTo(400);
    assertThat(french.json().path("message").asText())
        .isEqualTo("sessionYear: doit être compris entre 2000 et 2100, reçu : 1999");
    assertThat(french.json().path("variable").asText()).isEqualTo("sessionYear");

    Response arabic = rest.withLanguage("ar").post("integration", start, before2000);
    assertThat(arabic.json().path("message").asText())
        .isEqualTo("sessionYear: " + Texts.get(Language.AR, "error.input.range", "2000", "2100", "1999"));

    Response english = rest.withLanguage("en").post("integration", start, before2000);
    assertThat(english.json().path("message").asText()).isEqualTo("sessionYear: must be from 2000 to 2100, got 1999");

    // no Accept-Language, no preference: the working language (majlis.languages.default)
    Rest noHeader = rest.withLanguage(null);
    Response working = noHeader.post("integration", start, before2000);
    assertThat(working.status()).as(working.toString()).isEqualTo(400);
    assertThat(working.json().path("message").asText()).isEqualTo("sessionYear: "
        + Texts.get(languages.working(), "error.input.range", "2000", "2100", "1999"));
    assertThat(languages.working()).as("the working language of this configuration").isEqualTo(Language.FR);
    assertThat(fields(working.json())).isEqualTo(fields(english.json())).contains("type", "message", "variable");

    // the REST boundary's own refusal (a variable the start does not take), and the read API's, likewise
    Response unknown = noHeader.post("integration", start, "{\"variables\":{\"colour\":{\"value\":\"red\"}}}");
    assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
    assertThat(unknown.json().path("message").asText())
        .startsWith("colour: n’est pas une variable du démarrage de ce processus ; il accepte ");
    assertThat(unknown.json().path("variable").asText()).isEqualTo("colour");
    Response year = rest.withLanguage("ar").get("integration", "/api/sessions?year=1999");
    assertThat(year.status()).as(year.toString()).isEqualTo(400);
    assertThat(year.json().path("message").asText())
        .isEqualTo("year: " + Texts.get(Language.AR, "error.input.range", "2000", "2100", "1999"));
    assertThat(year.json().path("parameter").asText()).isEqualTo("year");

    // a preference outweighs the header, over REST too
    choose("integration", "ar");
    Response preferred = rest.withLanguage("fr").post("integration", start, before2000);
    assertThat(preferred.json().path("message").asText()).isEqualTo(arabic.json().path("message").asText());
  }

  /** An administrator sets the person's language, as in Admin (issue #13's preferences). */
  private void choose(String user, String language) {
    Response set = rest.put("admin", "/api/users/" + user + "/preferences", "{\"language\":\"" + language + "\"}");
    assertThat(set.status()).as(set.toString()).isEqualTo(200);
  }

  private static List<String> fields(JsonNode body) {
    List<String> names = new java.util.ArrayList<>();
    body.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
