package ma.majlis.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failure handling in the diagrams: every service task with a side effect runs in its own job
 * ({@code camunda:asyncBefore}) with a retry cycle, so a technical failure is retried and then becomes an incident
 * in Cockpit instead of rolling back a user's completed form; every timer has a retry cycle too. The only service
 * tasks without a job of their own are the ones that merely compute variables, listed here with the reason.
 */
class ProcessReliabilityModelTest {

  /** Service tasks that touch nothing outside the process's own variables. */
  static final Map<String, String> COMPUTE_ONLY = Map.of(
      "ServiceTask_PrepareItem", "sets the item's title, round and voter options from variables",
      "ServiceTask_CountItemVoters", "counts present, represented and recused members from variables",
      "ServiceTask_CountVotes", "reads the vote book and sets the tally; runs in the job of the last Cast vote");

  @Test
  void everyServiceTaskWithSideEffectsRunsInARetriedJob() throws IOException {
    List<String> problems = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    for (Path file : diagrams()) {
      BpmnModelInstance model = read(file);
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        if (COMPUTE_ONLY.containsKey(task.getId())) {
          continue;
        }
        checked.add(task.getId());
        if (!task.isCamundaAsyncBefore()) {
          problems.add(file.getFileName() + " " + task.getId() + ": no camunda:asyncBefore");
        }
        if (retryCycle(task) == null) {
          problems.add(file.getFileName() + " " + task.getId() + ": no failedJobRetryTimeCycle");
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(checked).contains("ServiceTask_SendConvocations", "ServiceTask_RegisterResolution",
        "ServiceTask_CreateCommittee", "ServiceTask_NotifyCommitteeMembers", "ServiceTask_StartFollowUps");
  }

  @Test
  void everyTimerIsRetriedWithACycle() throws IOException {
    List<String> problems = new ArrayList<>();
    int timers = 0;
    for (Path file : diagrams()) {
      BpmnModelInstance model = read(file);
      for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
        Event event = (Event) timer.getParentElement();
        timers++;
        if (retryCycle(event) == null) {
          problems.add(file.getFileName() + " " + event.getId() + ": no failedJobRetryTimeCycle");
        }
      }
    }
    assertThat(timers).isGreaterThanOrEqualTo(5);
    assertThat(problems).isEmpty();
  }

  /**
   * Where tokens meet, the meeting happens in a job of its own: a parallel (or inclusive) gateway with several
   * incoming flows is {@code camunda:asyncBefore} with a retry cycle. Otherwise a person's completion that brings
   * the last token and an asynchronous step that brings the other (a called process returning) update the same
   * execution in two transactions, and the person may get a 409 for a conflict that is the engine's own.
   */
  @Test
  void everyJoinRunsInARetriedJob() throws IOException {
    List<String> problems = new ArrayList<>();
    List<String> joins = new ArrayList<>();
    for (Path file : diagrams()) {
      BpmnModelInstance model = read(file);
      List<FlowNode> gateways = new ArrayList<>(model.getModelElementsByType(ParallelGateway.class));
      gateways.addAll(model.getModelElementsByType(InclusiveGateway.class));
      for (FlowNode gateway : gateways) {
        if (gateway.getIncoming().size() < 2) {
          continue;
        }
        joins.add(gateway.getId());
        if (!gateway.isCamundaAsyncBefore()) {
          problems.add(file.getFileName() + " " + gateway.getId() + ": a join without camunda:asyncBefore");
        }
        if (retryCycle(gateway) == null) {
          problems.add(file.getFileName() + " " + gateway.getId() + ": a join without failedJobRetryTimeCycle");
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(joins).contains("Gateway_ItemsPrepared");
  }

  /**
   * A parallel multi-instance activity counts its completed instances on the execution they share: each instance
   * ends in a job of its own ({@code camunda:asyncAfter} on the loop characteristics, with a retry cycle), so two
   * people completing their instances at the same moment (two members' replies, two votes, two dossiers) never
   * collide on that count in their own transactions.
   */
  @Test
  void everyParallelMultiInstanceEndsEachInstanceInARetriedJob() throws IOException {
    List<String> problems = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    for (Path file : diagrams()) {
      BpmnModelInstance model = read(file);
      for (MultiInstanceLoopCharacteristics loop : model.getModelElementsByType(MultiInstanceLoopCharacteristics.class)) {
        if (loop.isSequential()) {
          continue;
        }
        Activity activity = (Activity) loop.getParentElement();
        checked.add(activity.getId());
        if (!loop.isCamundaAsyncAfter()) {
          problems.add(file.getFileName() + " " + activity.getId() + ": parallel instances end without"
              + " camunda:asyncAfter on multiInstanceLoopCharacteristics");
        }
        if (retryCycle(loop) == null) {
          problems.add(file.getFileName() + " " + activity.getId() + ": no failedJobRetryTimeCycle in"
              + " multiInstanceLoopCharacteristics");
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(checked).contains("Task_ConfirmAttendance", "Task_CastVote", "SubProcess_PrepareDeliberationItem",
        "CallActivity_ReviewPresentation");
  }

  @Test
  void theComputeOnlyTasksExist() throws IOException {
    List<String> ids = new ArrayList<>();
    for (Path file : diagrams()) {
      read(file).getModelElementsByType(ServiceTask.class).forEach(t -> ids.add(t.getId()));
    }
    assertThat(ids).as("the exemptions name real tasks").containsAll(COMPUTE_ONLY.keySet());
  }

  private static String retryCycle(BaseElement node) {
    if (node.getExtensionElements() == null) {
      return null;
    }
    return node.getExtensionElements().getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class).list()
        .stream().map(CamundaFailedJobRetryTimeCycle::getTextContent).filter(t -> t != null && !t.isBlank())
        .findFirst().orElse(null);
  }

  private static List<Path> diagrams() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
    }
  }

  private static BpmnModelInstance read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return Bpmn.readModelFromStream(in);
    }
  }
}
