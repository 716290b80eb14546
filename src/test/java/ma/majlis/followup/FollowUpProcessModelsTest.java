package ma.majlis.followup;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.spin.Spin.JSON;

/**
 * The three follow-up diagrams open in Modeler and Cockpit (a shape for every node, an edge for every flow),
 * every node has a name, side-effect steps are asynchronous, and every user task's form exists and has a field for
 * each variable that the contract says completes the task.
 */
class FollowUpProcessModelsTest {

  /** contract.md: the variables that complete each user task. */
  private static final Map<String, List<String>> TASK_VARIABLES = Map.of(
      "Task_ReviewBudget", List.of("decision", "remarks"),
      "Task_PrepareAmendedBudget", List.of("budgetLines", "draftResolution", "heading", "type", "amount"),
      "Task_ProposeCommitteeMembers", List.of("committeeCode", "committeeName", "mandate", "boardMembers",
          "externalMembers", "committeeChair", "rapporteur", "reportingRhythm", "name", "organisation", "email"),
      "Task_AppointCommittee", List.of("approved", "remarks"),
      "Task_ScheduleInauguralMeeting", List.of("plannedStart", "venue", "format"),
      "Task_AssignFollowUp", List.of("owner", "dueDate", "actions"),
      "Task_ReportProgress", List.of("progressReport", "done"));

  @ParameterizedTest
  @ValueSource(strings = {"budget-approval", "committee-establishment", "resolution-follow-up"})
  void theDiagramIsCompleteAndEachUserTaskHasItsForm(String key) throws Exception {
    BpmnModelInstance model;
    try (InputStream in = Files.newInputStream(Path.of("processes", key + ".bpmn"))) {
      model = Bpmn.readModelFromStream(in);
    }
    Bpmn.validateModel(model);
    Set<String> shapes = new HashSet<>();
    model.getModelElementsByType(BpmnShape.class).forEach(s -> shapes.add(s.getBpmnElement().getId()));
    Set<String> edges = new HashSet<>();
    model.getModelElementsByType(BpmnEdge.class).forEach(e -> edges.add(((BaseElement) e.getBpmnElement()).getId()));

    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      assertThat(shapes).as("shape of %s", node.getId()).contains(node.getId());
      assertThat(node.getName()).as("name of %s", node.getId()).isNotBlank();
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      assertThat(edges).as("edge of %s", flow.getId()).contains(flow.getId());
    }
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      assertThat(task.isCamundaAsyncBefore()).as("%s is asynchronous", task.getId()).isTrue();
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String formRef = task.getCamundaFormRef();
      assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
      SpinJsonNode form = JSON(Files.readString(Path.of("forms", formRef + ".form")));
      assertThat(form.prop("id").stringValue()).isEqualTo(formRef);
      Set<String> fields = new HashSet<>();
      collectFields(form, fields);
      assertThat(fields).as("fields of form %s", formRef).containsAll(TASK_VARIABLES.get(task.getId()));
    }
  }

  private static void collectFields(SpinJsonNode node, Set<String> fields) {
    if (!node.hasProp("components")) {
      return;
    }
    for (SpinJsonNode component : node.prop("components").elements()) {
      for (String prop : List.of("key", "path")) {
        if (component.hasProp(prop)) {
          fields.add(component.prop(prop).stringValue());
        }
      }
      collectFields(component, fields);
    }
  }
}
