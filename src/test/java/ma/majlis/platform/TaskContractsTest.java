package ma.majlis.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One contract per task, three places that must agree: the keys of each user task's (and the board session's start
 * event's) Camunda Form plus its REST-only names ({@link TaskContracts}, what the REST guard accepts), and the
 * variables {@code docs/contract.md} lists for it.
 */
class TaskContractsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NAME = Pattern.compile("`([a-zA-Z][a-zA-Z0-9]*)`");

  @Test
  void everyTasksFormAndTheContractListTheSameVariables() throws IOException {
    Map<String, Set<String>> accepted = accepted();
    Map<String, Set<String>> documented = documentedTasks();
    assertThat(documented.keySet()).as("tasks in docs/contract.md").containsExactlyInAnyOrderElementsOf(
        accepted.keySet().stream().filter(k -> k.startsWith("Task_")).toList());
    documented.forEach((task, names) -> assertThat(accepted.get(task)).as(task).containsExactlyInAnyOrderElementsOf(names));
  }

  @Test
  void theStartFormAndTheContractListTheSameStartVariables() throws IOException {
    assertThat(accepted().get("board-session:start")).containsExactlyInAnyOrderElementsOf(documentedStart());
  }

  @Test
  void aDisabledFieldIsShownNotSubmitted() throws IOException {
    assertThat(TaskContracts.formKeys(JSON.readTree(Path.of("forms/sign-minutes.form").toFile())))
        .containsExactlyInAnyOrder("approved", "remarks");
  }

  /** From the models and the forms: what the guard accepts for each user task, and for each start form. */
  static Map<String, Set<String>> accepted() throws IOException {
    Map<String, Set<String>> names = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          names.merge(task.getId(), contract(task, task.getCamundaFormRef()), (a, b) -> {
            assertThat(a).as(task.getId() + " in two models").isEqualTo(b);
            return a;
          });
        }
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
          if (start.getParentElement() instanceof Process process && start.getCamundaFormRef() != null) {
            names.put(process.getId() + ":start", contract(start, start.getCamundaFormRef()));
          }
        }
      }
    }
    return names;
  }

  private static Set<String> contract(BaseElement element, String formRef) throws IOException {
    Set<String> names = new LinkedHashSet<>();
    if (formRef != null) {
      names.addAll(TaskContracts.formKeys(JSON.readTree(Path.of("forms", formRef + ".form").toFile())));
    }
    names.addAll(TaskContracts.restOnly(element));
    return names;
  }

  /** The task table of docs/contract.md: its first column's task id, its third column's names. */
  static Map<String, Set<String>> documentedTasks() throws IOException {
    Map<String, Set<String>> tasks = new LinkedHashMap<>();
    String section = section("## Completing tasks");
    for (String line : section.lines().toList()) {
      String[] cells = line.split("\\|");
      if (cells.length > 4 && cells[1].trim().startsWith("`Task_")) {
        tasks.put(cells[1].trim().replace("`", ""), names(cells[3]));
      }
    }
    return tasks;
  }

  static Set<String> documentedStart() throws IOException {
    Set<String> names = new LinkedHashSet<>();
    for (String line : section("## Starting a session").lines().toList()) {
      String[] cells = line.split("\\|");
      if (cells.length > 3 && cells[1].trim().startsWith("`")) {
        names.addAll(names(cells[1]));
      }
    }
    return names;
  }

  private static Set<String> names(String cell) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = NAME.matcher(cell);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static String section(String heading) throws IOException {
    String contract = Files.readString(Path.of("docs/contract.md"));
    int start = contract.indexOf(heading);
    assertThat(start).as(heading + " in docs/contract.md").isNotNegative();
    int end = contract.indexOf("\n## ", start + heading.length());
    return contract.substring(start, end < 0 ? contract.length() : end);
  }
}
