package ma.majlis.platform;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.rest.dto.VariableValueDto;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ma.majlis.language.FormTexts;
import ma.majlis.language.Language;
import ma.majlis.language.Languages;
import ma.majlis.language.Texts;

/**
 * What Tasklist shows, in the language of the person it is for (issue #13).
 * <ul>
 *   <li>A task's form ({@code GET .../task/{id}/deployed-form}, both APIs): in the language of the task's assignee,
 *   else, while the task is offered to a group, in the body's working language; a start form in the language of the
 *   person starting. The form is deployed once, in English; {@link FormTexts} gives its French and Arabic.</li>
 *   <li>Task names in Tasklist's lists and a task's page (the webapps' API: {@code /task}, {@code /task/{id}},
 *   {@code /filter/{id}/list}): the step in the task's language, then the session and the item as recorded ("Confirmer
 *   votre présence — CA-2022-S1"); process names (Tasklist's start dialog and cards) and the filters Majlis created
 *   ("My tasks", "Board secretariat") in the reader's language.</li>
 *   <li>A task's form variables ({@code GET .../task/{id}/form-variables}, both APIs: what Tasklist reads to fill a
 *   Camunda Form): with the values the form shows and no step takes ({@link ShownValues}: the session's date in
 *   words, the agenda, the people offered by name...), computed from Majlis's tables in the form's language. The
 *   engine holds none of them: they are neither in Cockpit nor in the history.</li>
 * </ul>
 * The engine keeps one name per task (the one {@code TaskCaptions} wrote in the task's language when it was created);
 * integrators on {@code /engine-rest} read that name and the process's English name.
 */
public class LocalizingFilter extends OncePerRequestFilter {

  private static final String ENGINE_PREFIX = "(?:/engine-rest|/camunda/api/engine/engine/[^/]+)";
  private static final String WEBAPP_PREFIX = "/camunda/api/engine/engine/[^/]+";
  private static final Pattern TASK_FORM = Pattern.compile(ENGINE_PREFIX + "/task/([^/]+)/deployed-form");
  private static final Pattern FORM_VARIABLES = Pattern.compile(ENGINE_PREFIX + "/task/([^/]+)/form-variables");
  private static final Pattern START_FORM = Pattern.compile(ENGINE_PREFIX
      + "/process-definition/(?:key/[^/]+(?:/tenant-id/[^/]+)?|[^/]+)/deployed-start-form");
  private static final Pattern FILTERS = Pattern.compile(WEBAPP_PREFIX + "/filter(?:/(?!count$)[^/]+)?");
  private static final Pattern TASKS = Pattern.compile(WEBAPP_PREFIX
      + "/(?:task|task/(?!count$)[^/]+|filter/[^/]+/list|process-definition|process-definition/(?!count$)[^/]+)");
  /** The separator {@code TaskCaptions} puts between the step and the session ("Prepare the agenda — CA-2022-S1"). */
  public static final String SEPARATOR = " — ";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Variables as the engine's REST API writes them (its own Jackson configuration). */
  private static final ObjectMapper REST_JSON = JacksonConfigurator.configureObjectMapper(new ObjectMapper());

  private final Supplier<Languages> languages;
  private final Supplier<ShownTasks> shown;

  public LocalizingFilter(Supplier<Languages> languages, Supplier<ShownTasks> shown) {
    this.languages = languages;
    this.shown = shown;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Function<JsonNode, JsonNode> rewrite = rewriting(request, path);
    if (rewrite == null) {
      chain.doFilter(request, response);
      return;
    }
    ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, captured);
    byte[] body = captured.getContentAsByteArray();
    String type = captured.getContentType();
    if (captured.getStatus() == 200 && body.length > 0 && type != null && type.contains("json")) {
      JsonNode rewritten;
      try {
        rewritten = rewrite.apply(JSON.readTree(body));
      } catch (IOException notJson) {
        rewritten = null;
      }
      if (rewritten != null) {
        captured.resetBuffer();
        captured.getOutputStream().write(JSON.writeValueAsBytes(rewritten));
      }
    }
    captured.copyBodyToResponse();
  }

  private Function<JsonNode, JsonNode> rewriting(HttpServletRequest request, String path) {
    String method = request.getMethod();
    Matcher taskForm = TASK_FORM.matcher(path);
    if ("GET".equals(method) && taskForm.matches()) {
      String taskId = taskForm.group(1);
      return form -> FormTexts.translate(form, taskLanguage(assigneeOf(taskId), new HashMap<>()));
    }
    Matcher formVariables = FORM_VARIABLES.matcher(path);
    if ("GET".equals(method) && formVariables.matches()) {
      String taskId = formVariables.group(1);
      String asked = request.getParameter("variableNames");
      Set<String> names = asked == null ? null
          : java.util.Arrays.stream(asked.split(",")).map(String::trim).collect(java.util.stream.Collectors.toSet());
      boolean deserialize = !"false".equalsIgnoreCase(request.getParameter("deserializeValues"));
      return variables -> withShownValues(variables, taskId, names, deserialize);
    }
    if ("GET".equals(method) && START_FORM.matcher(path).matches()) {
      return form -> FormTexts.translate(form, RestErrorMapper.languageOf(request));
    }
    if ("GET".equals(method) && FILTERS.matcher(path).matches()) {
      Language reader = RestErrorMapper.languageOf(request);
      return json -> {
        filters(json, reader);
        return json;
      };
    }
    if (("GET".equals(method) || "POST".equals(method)) && TASKS.matcher(path).matches()) {
      Map<String, Language> byAssignee = new HashMap<>();
      Language reader = RestErrorMapper.languageOf(request);
      return json -> {
        names(json, byAssignee, reader);
        return json;
      };
    }
    return null;
  }

  /**
   * A task's form variables with the values its form shows ({@link ShownValues}), computed now in the form's
   * language (the task's: its assignee's, else the working language), written as the engine writes variables; only
   * those asked for when the request names some ({@code variableNames}). Null: the answer stays as the engine gave it.
   */
  private JsonNode withShownValues(JsonNode variables, String taskId, Set<String> names, boolean deserialize) {
    if (!(variables instanceof ObjectNode answer)) {
      return null;
    }
    ShownTasks tasks = shown.get();
    ShownTask task = tasks.find(taskId).orElse(null);
    if (task == null) {
      return null;
    }
    Map<String, TypedValue> values = tasks.valuesOf(task, taskLanguage(task.assignee(), new HashMap<>()));
    values.forEach((name, value) -> {
      if (names == null || names.contains(name)) {
        answer.set(name, REST_JSON.valueToTree(VariableValueDto.fromTypedValue(
            deserialize && value instanceof JsonValue json && json.getValueSerialized() != null
                ? SpinValues.jsonValue(Spin.JSON(json.getValueSerialized())).create() : value, !deserialize)));
      }
    });
    return answer;
  }

  /** Tasklist's filters that Majlis created (property {@code majlisName}): their name and description. */
  private static void filters(JsonNode node, Language reader) {
    if (node.isArray()) {
      node.forEach(child -> filters(child, reader));
      return;
    }
    JsonNode key = node.path("properties").path("majlisName");
    if (node.isObject() && key.isTextual() && Texts.has(reader, key.asText())) {
      ((ObjectNode) node).put("name", Texts.get(reader, key.asText()));
      if (node.path("properties").isObject() && Texts.has(reader, key.asText() + ".description")) {
        ((ObjectNode) node.get("properties")).put("description", Texts.get(reader, key.asText() + ".description"));
      }
    }
  }

  /** Tasks and process definitions anywhere in the answer (a list, one object, a HAL page with embedded ones). */
  private void names(JsonNode node, Map<String, Language> byAssignee, Language reader) {
    if (node.isArray()) {
      node.forEach(child -> names(child, byAssignee, reader));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    ObjectNode object = (ObjectNode) node;
    if (object.hasNonNull("taskDefinitionKey") && object.hasNonNull("name")) {
      String key = "task." + object.get("taskDefinitionKey").asText();
      Language language = taskLanguage(object.path("assignee").isTextual() ? object.get("assignee").asText() : null,
          byAssignee);
      if (Texts.has(language, key)) {
        String name = object.get("name").asText();
        int separator = name.indexOf(SEPARATOR);
        object.put("name", Texts.get(language, key) + (separator < 0 ? "" : name.substring(separator)));
      }
    } else if (object.hasNonNull("key") && object.has("version") && object.has("name")) {
      String key = "process." + object.get("key").asText();
      if (Texts.has(reader, key)) {
        object.put("name", Texts.get(reader, key));
      }
    }
    object.forEach(child -> names(child, byAssignee, reader));
  }

  /** The task's assignee, read as the form's values are (ShownTasks: one select, no engine command). */
  private String assigneeOf(String taskId) {
    return shown.get().find(taskId).map(ShownTask::assignee).orElse(null);
  }

  /**
   * The task's assignee's language; the working language while it waits in a group ({@link Languages#ofAssignee}),
   * once per assignee of the answer ({@code byAssignee}, a HashMap: a group's task is under the null key).
   */
  private Language taskLanguage(String assignee, Map<String, Language> byAssignee) {
    return byAssignee.computeIfAbsent(assignee, languages.get()::ofAssignee);
  }
}
