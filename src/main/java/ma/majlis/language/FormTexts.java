package ma.majlis.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The forms in every language, from one source: each Camunda Form ({@code forms/*.form}) is written once, in
 * English, as Camunda Modeler edits it; its French and Arabic texts are in {@code forms/i18n/forms_fr.properties} and
 * {@code forms_ar.properties}, one line per text, keyed {@code <formId>.<componentId>.<property>} where the property is
 * {@code label}, {@code description}, {@code text}, a date-time field's {@code dateLabel} and {@code timeLabel},
 * {@code values.<value>} (an option) or {@code columns.<key>} (a
 * table's column). A field added to a form is added once; {@code FormsTranslatedTest} fails until both languages have
 * its texts, and when a translation names a text the forms no longer have.
 */
public final class FormTexts {

  private static final Map<Language, Map<String, String>> TRANSLATIONS = new EnumMap<>(Language.class);

  static {
    TRANSLATIONS.put(Language.EN, Map.of());
    TRANSLATIONS.put(Language.FR, load("fr"));
    TRANSLATIONS.put(Language.AR, load("ar"));
  }

  private FormTexts() {
  }

  /** A text of a form: its key, and the English of the form itself. */
  public record Text(String key, String english) {
  }

  /** Every text of a form (a Camunda Form's Json), in the form's order. */
  public static List<Text> texts(JsonNode form) {
    List<Text> texts = new ArrayList<>();
    String formId = form.path("id").asText();
    for (JsonNode component : form.path("components")) {
      collect(formId, component, texts);
    }
    return texts;
  }

  /**
   * The form in a language: a copy whose texts are the language's ({@code en}: the form as written). A text the
   * language lacks stays in English (the test keeps that from happening).
   */
  public static JsonNode translate(JsonNode form, Language language) {
    Map<String, String> translations = TRANSLATIONS.get(language);
    if (translations.isEmpty() || !form.isObject()) {
      return form;
    }
    ObjectNode copy = form.deepCopy();
    String formId = copy.path("id").asText();
    for (JsonNode component : copy.path("components")) {
      translate(formId, component, translations);
    }
    return copy;
  }

  /** The translations of a language, key → text ({@code en} has none: the forms are its source). */
  public static Map<String, String> translations(Language language) {
    return Collections.unmodifiableMap(TRANSLATIONS.get(language));
  }

  private static final List<String> PROPERTIES = List.of("label", "description", "text", "dateLabel", "timeLabel");

  private static void collect(String formId, JsonNode component, List<Text> texts) {
    String prefix = formId + "." + component.path("id").asText() + ".";
    for (String property : PROPERTIES) {
      JsonNode value = component.get(property);
      if (value != null && value.isTextual() && !value.asText().isBlank()) {
        texts.add(new Text(prefix + property, value.asText()));
      }
    }
    for (JsonNode option : component.path("values")) {
      texts.add(new Text(prefix + "values." + option.path("value").asText(), option.path("label").asText()));
    }
    for (JsonNode column : component.path("columns")) {
      texts.add(new Text(prefix + "columns." + column.path("key").asText(), column.path("label").asText()));
    }
    for (JsonNode child : component.path("components")) {
      collect(formId, child, texts);
    }
  }

  private static void translate(String formId, JsonNode component, Map<String, String> translations) {
    if (!component.isObject()) {
      return;
    }
    ObjectNode node = (ObjectNode) component;
    String prefix = formId + "." + node.path("id").asText() + ".";
    for (String property : PROPERTIES) {
      String text = translations.get(prefix + property);
      if (text != null && node.has(property)) {
        node.put(property, text);
      }
    }
    for (JsonNode option : node.path("values")) {
      String text = translations.get(prefix + "values." + option.path("value").asText());
      if (text != null && option.isObject()) {
        ((ObjectNode) option).put("label", text);
      }
    }
    for (JsonNode column : node.path("columns")) {
      String text = translations.get(prefix + "columns." + column.path("key").asText());
      if (text != null && column.isObject()) {
        ((ObjectNode) column).put("label", text);
      }
    }
    for (JsonNode child : node.path("components")) {
      translate(formId, child, translations);
    }
  }

  private static Map<String, String> load(String tag) {
    String resource = "forms/i18n/forms_" + tag + ".properties";
    try (InputStream in = FormTexts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return Map.of();
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> texts = new HashMap<>();
      properties.forEach((k, v) -> texts.put((String) k, (String) v));
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Unused keys of a language: translations of texts that no form has any more. */
  public static Map<String, String> stale(Language language, List<Text> current) {
    Map<String, String> stale = new LinkedHashMap<>(TRANSLATIONS.get(language));
    current.forEach(text -> stale.remove(text.key()));
    return stale;
  }
}
