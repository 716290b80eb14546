package ma.majlis.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.junit.jupiter.api.Test;

import ma.majlis.platform.TaskContracts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answers every test gives ({@link Answers}) hold only their task's contract: the keys of its Camunda Form plus
 * its REST-only names, what the REST input guard lets through. The Java API (the benchmark) does not pass through the
 * guard, so without this check an answer could drift from its form there unnoticed. Each subject of a dossier is
 * answered once.
 */
class AnswersTest {

  /** The steps a session driven with the default answers goes through, and its follow-ups. */
  static final List<String> ANSWERED = List.of("Task_PrepareAgenda", "Task_PrepareItemDossier",
      "Task_GiveControllerOpinion", "Task_DraftPresentation", "Task_ReviewPresentation", "Task_ApproveConvocation",
      "Task_ConfirmAttendance", "Task_RecordAttendance", "Task_RecordOpening", "Task_RecordPresentation",
      "Task_DeclareInterests", "Task_RecordDebate", "Task_RecordVoteTally", "Task_CastVote", "Task_CloseSession",
      "Task_ReviewMinutes", "Task_SignMinutes", "Task_ApprovePressRelease", "Task_ReviewBudget",
      "Task_ProposeCommitteeMembers", "Task_AppointCommittee", "Task_ScheduleInauguralMeeting",
      "Task_AssignFollowUp", "Task_ReportProgress");

  @Test
  void everyAnswerHoldsOnlyItsTasksContract() throws Exception {
    Map<String, Set<String>> contracts = contracts();
    Answers.Session session = Answers.Session.of("CA-2030-S1", LocalDateTime.now().plusDays(23));
    for (String task : ANSWERED) {
      assertThat(contracts).as("a user task " + task + " in processes/").containsKey(task);
      for (String subject : List.of("ACTION_PLAN", "BUDGET", "COMMITTEE", "OTHER")) {
        Map<String, Object> answer = Answers.of(task, session, name -> "{\"subject\":\"" + subject + "\"}");
        assertThat(answer).as(task + "'s answer").isNotEmpty();
        assertThat(contracts.get(task)).as(task + "'s contract").containsAll(answer.keySet());
      }
    }
  }

  @Test
  void aDossierHoldsWhatItsSubjectNeeds() {
    assertThat(Answers.dossier("BUDGET")).containsKeys("draftResolution", "budgetLines");
    assertThat(Answers.dossier("ACTION_PLAN")).containsKeys("draftResolution", "programmes");
    assertThat(Answers.dossier("COMMITTEE")).containsKeys("draftResolution", "committee");
    assertThat(Answers.dossier("OTHER")).containsOnlyKeys("draftResolution");
  }

  @Test
  void aStepNoTestAnswersOnItsOwnIsRefusedWithItsName() {
    Answers.Session session = Answers.Session.of("CA-2030-S1", LocalDateTime.now());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Answers.of("Task_DecideOnRejection", session, n -> null))
        .hasMessageContaining("Task_DecideOnRejection");
  }

  /** Each user task's contract from the models and forms in the sources: its form's keys and REST-only names. */
  static Map<String, Set<String>> contracts() throws Exception {
    Map<String, Set<String>> contracts = new TreeMap<>();
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (Path model : models.filter(m -> m.toString().endsWith(".bpmn")).toList()) {
        for (UserTask task : Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(UserTask.class)) {
          Set<String> names = new TreeSet<>(TaskContracts.formKeys(
              new ObjectMapper().readTree(Path.of("forms", task.getCamundaFormRef() + ".form").toFile())));
          if (task.getExtensionElements() != null) {
            task.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list()
                .forEach(properties -> properties.getCamundaProperties().stream()
                    .filter(p -> TaskContracts.REST_ONLY.equals(p.getCamundaName()))
                    .forEach(p -> Arrays.stream(p.getCamundaValue().split(",")).map(String::trim)
                        .filter(n -> !n.isEmpty()).forEach(names::add)));
          }
          contracts.merge(task.getId(), names, (a, b) -> {
            a.addAll(b);
            return a;
          });
        }
      }
    }
    return contracts;
  }
}
