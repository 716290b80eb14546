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
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
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
 * ({@code camunda:asyncBefore}, on itself or on the decision that feeds it) with a retry cycle, so a technical failure is retried and then becomes an incident
 * in Cockpit instead of rolling back a user's completed form; every timer has a retry cycle too. The only service
 * tasks without a job of their own are the ones that merely compute variables, listed here with the reason.
 */
class ProcessReliabilityModelTest {

  /** Service tasks that touch nothing outside the process's own variables. */
  static final Map<String, String> COMPUTE_ONLY = Map.of(
      "ServiceTask_PrepareItem", "sets the item's title, round and text to debate from variables",
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
        FlowNode jobStart = jobStart(task);
        if (jobStart == null) {
          problems.add(file.getFileName() + " " + task.getId() + ": no camunda:asyncBefore (on itself, or on the"
              + " decision right before it)");
        } else if (retryCycle(jobStart) == null) {
          problems.add(file.getFileName() + " " + jobStart.getId() + ": no failedJobRetryTimeCycle");
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(checked).contains("ServiceTask_SendConvocations", "ServiceTask_RegisterResolution",
        "ServiceTask_CreateCommittee", "ServiceTask_NotifyCommitteeMembers", "ServiceTask_StartFollowUps");
  }

  /**
   * Where the job of a service task starts: the task itself when it is {@code asyncBefore}, else a business-rule task
   * whose only way out leads to it (the decision and the step it feeds run in one job, as for the convocations:
   * {@code BusinessRule_DetermineNotice}, then {@code ServiceTask_SendConvocations}); null when there is no job.
   */
  private static FlowNode jobStart(FlowNode node) {
    if (node.isCamundaAsyncBefore()) {
      return node;
    }
    if (node.getIncoming().size() != 1) {
      return null;
    }
    FlowNode before = node.getIncoming().iterator().next().getSource();
    if (before instanceof BusinessRuleTask && before.getOutgoing().size() == 1) {
      return jobStart(before);
    }
    return null;
  }

  /**
   * The secretariat's agenda and the chair's approval are followed by heavy steps (each item's dossier and the
   * presentation's review opened; the notice decided, the convocations written and sent): these run in a job after
   * the click is saved, so that the person waits for his own step only (issue #17, what users feel at a peak).
   */
  @Test
  void theAgendaAndTheApprovalEndAtAJob() throws IOException {
    BpmnModelInstance model = read(Path.of("processes", "board-session.bpmn"));
    FlowNode afterAgenda = model.getModelElementById("Gateway_PrepareItems");
    FlowNode decision = model.getModelElementById("BusinessRule_DetermineNotice");
    assertThat(afterAgenda.isCamundaAsyncBefore()).as("Gateway_PrepareItems asyncBefore").isTrue();
    assertThat(retryCycle(afterAgenda)).isNotNull();
    assertThat(decision.isCamundaAsyncBefore()).as("BusinessRule_DetermineNotice asyncBefore").isTrue();
    assertThat(jobStart(model.getModelElementById("ServiceTask_SendConvocations"))).isSameAs(decision);
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
