package ma.majlis.language;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form, every task name and every process name exists in Arabic and French: a field added to a form in English
 * fails here until both languages have its texts (forms/i18n/forms_{fr,ar}.properties), and a translation of a text
 * that no form has any more fails too.
 */
class FormsTranslatedTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** What a text shows from the task's variables: {{name}}, {{#loop x}}; the words inside quotes may be translated. */
  private static final Pattern MUSTACHE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)]+)\\)");

  static List<JsonNode> forms() throws IOException {
    List<JsonNode> forms = new ArrayList<>();
    File[] files = new File("forms").listFiles((dir, name) -> name.endsWith(".form"));
    assertThat(files).isNotEmpty();
    for (File file : files) {
      forms.add(JSON.readTree(file));
    }
    return forms;
  }

  @ParameterizedTest
  @EnumSource(value = Language.class, names = {"FR", "AR"})
  void everyTextOfEveryFormIsTranslated(Language language) throws IOException {
    Map<String, String> translations = FormTexts.translations(language);
    List<FormTexts.Text> all = new ArrayList<>();
    Set<String> missing = new TreeSet<>();
    for (JsonNode form : forms()) {
      for (FormTexts.Text text : FormTexts.texts(form)) {
        all.add(text);
        String translated = translations.get(text.key());
        if (translated == null || translated.isBlank()) {
          missing.add(text.key() + " = " + text.english());
          continue;
        }
        assertThat(variables(translated)).as("the variables shown by %s in %s", text.key(), language)
            .isEqualTo(variables(text.english()));
        assertThat(links(translated)).as("the links of %s in %s", text.key(), language)
            .isEqualTo(links(text.english()));
      }
    }
    assertThat(missing).as("texts of forms/*.form without a translation in forms/i18n/forms_%s.properties",
        language.tag()).isEmpty();
    assertThat(FormTexts.stale(language, all).keySet())
        .as("translations in forms_%s.properties of texts no form has", language.tag()).isEmpty();
  }

  /**
   * A form's text that tells the person which of Tasklist's buttons to click names them as Tasklist shows them in his
   * language (app/tasklist/locales/{fr,ar}.json): the Arabic hint once said إنهاء where the button says إنجاز.
   */
  @ParameterizedTest
  @EnumSource(value = Language.class, names = {"FR", "AR"})
  void aTextNamingTasklistsButtonsNamesThemAsTasklistShowsThem(Language language) throws IOException {
    JsonNode tasklist = JSON.readTree(new File("src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/locales/"
        + language.tag() + ".json")).path("labels");
    Map<String, String> buttons = Map.of("**Save**", "**" + tasklist.path("SAVE").asText() + "**",
        "**Complete**", "**" + tasklist.path("COMPLETE").asText() + "**");
    Map<String, String> translations = FormTexts.translations(language);
    int checked = 0;
    for (JsonNode form : forms()) {
      for (FormTexts.Text text : FormTexts.texts(form)) {
        for (Map.Entry<String, String> button : buttons.entrySet()) {
          if (text.english().contains(button.getKey())) {
            assertThat(translations.get(text.key())).as("%s in %s names Tasklist's button %s", text.key(), language,
                button.getKey()).contains(button.getValue());
            checked++;
          }
        }
      }
    }
    assertThat(checked).as("texts naming Tasklist's buttons").isPositive();
  }

  @Test
  void aTranslatedFormKeepsItsFieldsAndChangesOnlyItsWords() throws IOException {
    JsonNode form = JSON.readTree(new File("forms/confirm-attendance.form"));
    JsonNode arabic = FormTexts.translate(form, Language.AR);
    assertThat(arabic.toString()).contains("\"key\":\"attendanceReply\"", "\"value\":\"PROXY\"",
        "\"valuesKey\":\"proxyHolderOptions\"").doesNotContain("I will attend");
    assertThat(FormTexts.texts(arabic)).hasSameSizeAs(FormTexts.texts(form));
    assertThat(FormTexts.translate(form, Language.EN)).isEqualTo(form);
    assertThat(form.toString()).as("the source is untouched").contains("I will attend");
  }

  @Test
  void everyStepAndProcessHasItsNameInEveryLanguage() {
    File[] models = new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"));
    assertThat(models).isNotEmpty();
    Set<String> missing = new TreeSet<>();
    for (File model : models) {
      BpmnModelInstance instance = Bpmn.readModelFromFile(model);
      for (Process process : instance.getModelElementsByType(Process.class)) {
        need("process." + process.getId(), missing);
      }
      for (UserTask task : instance.getModelElementsByType(UserTask.class)) {
        need("task." + task.getId(), missing);
        assertThat(Texts.get(Language.EN, "task." + task.getId()).replace('’', '\''))
            .as("the English name of %s (the diagram's)", task.getId())
            .isEqualTo(task.getName().replaceAll("\\s+", " "));
      }
    }
    assertThat(missing).isEmpty();
  }

  private static void need(String key, Set<String> missing) {
    for (Language language : Language.values()) {
      if (!Texts.has(language, key)) {
        missing.add(key + " (" + language.tag() + ")");
      } else {
        assertThat(Texts.get(language, key)).as("%s in %s: the separator of task names", key, language)
            .doesNotContain(" — ");
      }
    }
  }

  /** The variable names a text shows, without the quoted words (which a translation translates). */
  private static Set<String> variables(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = MUSTACHE.matcher(text);
    while (m.find()) {
      Matcher name = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*").matcher(m.group(1).replaceAll("\"[^\"]*\"", ""));
      while (name.find()) {
        found.add(name.group());
      }
    }
    return found;
  }

  private static List<String> links(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = LINK.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
