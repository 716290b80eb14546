package ma.majlis.platform;

import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.rest.util.EngineUtil;

import ma.majlis.language.FormTexts;
import ma.majlis.language.Language;
import ma.majlis.language.Texts;

/**
 * Names a refused variable the way the person reads it in Tasklist: by its field's label in the task's (or start
 * event's) Camunda Form. {@code proxyHolder} becomes "Member who holds your proxy", {@code agenda[2].subject}
 * "Agenda, item 2, Subject of the deliberation". A variable the form does not show keeps its name.
 */
final class FieldLabels {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern VARIABLE = Pattern.compile("([A-Za-z0-9_]+)(?:\\[(\\d+)])?(?:\\.([A-Za-z0-9_]+))?");

  private FieldLabels() {
  }

  /**
   * The label of {@code variable} in the form of the task or start event that {@code path} submits to, for a reader
   * of {@code language}.
   */
  static String of(String path, String variable, Language language) {
    try {
      JsonNode deployed = form(path);
      JsonNode form = deployed == null ? null : FormTexts.translate(deployed, language);
      Matcher v = VARIABLE.matcher(variable);
      if (form == null || !v.matches()) {
        return variable;
      }
      JsonNode field = TaskContracts.formFields(form).get(v.group(1));
      String label = label(field, language);
      if (label == null) {
        return variable;
      }
      if (v.group(2) != null) {
        label = Texts.get(language, "error.field.item", label, v.group(2));
      }
      if (v.group(3) != null) {
        String sub = label(TaskContracts.formFields(field).get(v.group(3)), language);
        label = Texts.get(language, "error.field.part", label, sub != null ? sub : v.group(3));
      }
      return label;
    } catch (RuntimeException e) {
      return variable;
    }
  }

  /** A field's label in a form already in the reader's language ({@link FormTexts#translate}); null when it has none. */
  static String label(JsonNode field, Language language) {
    return field == null || !field.hasNonNull("label") ? null : field.get("label").asText();
  }

  /**
   * The deployed form of the task or start event the request submits to ({@link RestInputGuard}'s paths), read
   * whatever the caller may see (it is only used to name a field).
   */
  private static JsonNode form(String path) {
    ProcessEngine engine = EngineUtil.lookupProcessEngine(null);
    return WithoutAuthorization.asEngine(engine.getIdentityService(), () -> {
      try {
        Matcher task = RestInputGuard.TASK_SUBMIT.matcher(path);
        if (task.matches()) {
          try (InputStream form = engine.getFormService().getDeployedTaskForm(task.group(1))) {
            return JSON.readTree(form);
          }
        }
        Matcher start = RestInputGuard.START.matcher(path);
        if (start.matches()) {
          ProcessDefinition definition = start.group(1) != null
              ? engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(start.group(1))
                  .latestVersion().singleResult()
              : engine.getRepositoryService().getProcessDefinition(start.group(2));
          try (InputStream form = engine.getFormService().getDeployedStartForm(definition.getId())) {
            return JSON.readTree(form);
          }
        }
        return null;
      } catch (java.io.IOException e) {
        return null;
      }
    });
  }
}
