package ma.majlis.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * The variables each user task and start event takes: its contract. One source for each: the keys of the element's
 * deployed Camunda Form (every input field, dynamic list and group path: what Tasklist submits), plus the names an
 * element declares for REST clients only in its extension property {@value #REST_ONLY} (a comma-separated list,
 * e.g. the start event's optional {@code agenda}). {@code docs/contract.md} lists the same names, and
 * {@code TaskContractsTest} holds the three together.
 */
@Component
public class TaskContracts {

  /** Extension property of a user task or start event: variables accepted over REST besides the form's keys. */
  public static final String REST_ONLY = "majlis.restOnlyVariables";

  /**
   * Extension property of a user task: variables of its contract that must never be stored (a secret ballot's
   * choice). {@link RestInputGuard} sends them to the engine as transient variables, which are neither persisted nor
   * written to the history; the task's check refuses them otherwise.
   */
  public static final String SECRET = "majlis.secretVariables";

  /**
   * Extension property of a user task: variables of its contract that its check writes into Majlis's tables and that
   * nothing reads afterwards (a roll-call vote: the vote book is the record). {@link RestInputGuard} sends them to the
   * engine as transient variables, as it sends the {@link #SECRET} ones, so that the engine neither stores them nor
   * writes them to its history; unlike a secret variable, a stored one is still accepted (a Java API caller).
   */
  public static final String TRANSIENT = "majlis.transientVariables";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RepositoryService repository;
  private final FormService forms;
  private final Map<String, Set<String>> cache = new ConcurrentHashMap<>();

  public TaskContracts(RepositoryService repository, FormService forms) {
    this.repository = repository;
    this.forms = forms;
  }

  /** The variables a task takes (the task found without the caller's authorizations by the REST guard). */
  public Set<String> forTask(String processDefinitionId, String taskDefinitionKey, String taskId) {
    return cache.computeIfAbsent(processDefinitionId + "#" + taskDefinitionKey, k -> {
      Set<String> names = new LinkedHashSet<>();
      try (InputStream form = forms.getDeployedTaskForm(taskId)) {
        names.addAll(formKeys(JSON.readTree(form)));
      } catch (IOException | RuntimeException e) {
        // a task without a deployed Camunda Form takes only its REST-only variables
      }
      names.addAll(restOnly(processDefinitionId, taskDefinitionKey));
      return Set.copyOf(names);
    });
  }

  /**
   * The variables of a task that go to the engine only as transient variables ({@value #SECRET} and
   * {@value #TRANSIENT}).
   */
  public Set<String> transientForTask(String processDefinitionId, String taskDefinitionKey) {
    return cache.computeIfAbsent(processDefinitionId + "#" + taskDefinitionKey + "#transient", k -> {
      BaseElement element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(taskDefinitionKey);
      return element == null ? Set.of() : transientIn(element);
    });
  }

  /** The variables an element sends to the engine only as transient variables: its secret and transient ones. */
  public static Set<String> transientIn(BaseElement element) {
    Set<String> names = property(element, SECRET);
    names.addAll(property(element, TRANSIENT));
    return Set.copyOf(names);
  }

  /** The variables the start event of a process definition takes. */
  public Set<String> forStart(String processDefinitionId) {
    return cache.computeIfAbsent(processDefinitionId + "#start", k -> {
      Set<String> names = new LinkedHashSet<>();
      try (InputStream form = forms.getDeployedStartForm(processDefinitionId)) {
        names.addAll(formKeys(JSON.readTree(form)));
      } catch (IOException | RuntimeException e) {
        // no start form: only the REST-only variables
      }
      String startId = repository.getProcessDefinition(processDefinitionId).getKey();
      BpmnModelInstance model = repository.getBpmnModelInstance(processDefinitionId);
      model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.StartEvent.class).stream()
          .filter(s -> s.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process)
          .findFirst().ifPresent(s -> names.addAll(restOnly(s)));
      return startId == null ? Set.of() : Set.copyOf(names);
    });
  }

  /**
   * The input keys of a Camunda Form: fields' keys, dynamic lists' and groups' paths, disabled fields left out (what
   * form-js submits).
   */
  public static Set<String> formKeys(JsonNode form) {
    return new LinkedHashSet<>(formFields(form).keySet());
  }

  /**
   * The input fields of a Camunda Form (or of a dynamic list's rows: pass the list), each under the key it submits:
   * fields' keys, dynamic lists' and groups' paths, disabled fields left out.
   */
  public static Map<String, JsonNode> formFields(JsonNode form) {
    Map<String, JsonNode> fields = new java.util.LinkedHashMap<>();
    collect(form.path("components"), fields);
    return fields;
  }

  private static void collect(JsonNode components, Map<String, JsonNode> fields) {
    for (JsonNode component : components) {
      if (component.path("disabled").asBoolean(false)) {
        continue; // shown, never submitted (form-js leaves disabled fields out of its data)
      }
      String type = component.path("type").asText();
      String path = component.path("path").asText("");
      switch (type) {
        case "dynamiclist" -> fields.put(path, component);
        case "group" -> {
          if (!path.isEmpty()) {
            fields.put(path, component);
          } else {
            collect(component.path("components"), fields);
          }
        }
        case "text", "table", "html", "image", "spacer", "separator", "button", "iframe", "expression",
            "documentPreview" -> { }
        default -> {
          if (component.hasNonNull("key")) {
            fields.put(component.get("key").asText(), component);
          }
        }
      }
    }
  }

  private Set<String> restOnly(String processDefinitionId, String elementId) {
    BaseElement element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(elementId);
    return element == null ? Set.of() : restOnly(element);
  }

  static Set<String> restOnly(BaseElement element) {
    return property(element, REST_ONLY);
  }

  static Set<String> property(BaseElement element, String propertyName) {
    Set<String> names = new LinkedHashSet<>();
    ExtensionElements extensions = element.getExtensionElements();
    if (extensions == null) {
      return names;
    }
    for (CamundaProperties properties : extensions.getChildElementsByType(CamundaProperties.class)) {
      Collection<CamundaProperty> all = properties.getCamundaProperties();
      for (CamundaProperty property : all) {
        if (propertyName.equals(property.getCamundaName()) && property.getCamundaValue() != null) {
          for (String name : property.getCamundaValue().split(",")) {
            if (!name.isBlank()) {
              names.add(name.trim());
            }
          }
        }
      }
    }
    return names;
  }
}
