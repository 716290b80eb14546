package ma.majlis.platform;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Reads BPMN models with the Camunda BPMN Model API and reports what would break at run time or in Cockpit:
 * a delegate bean that does not exist, a user task nobody can see or whose form is missing, a process without
 * {@code historyTimeToLive}, a flow node without a name (or a merge gateway with one) or without a shape in the
 * diagram. Each problem names the file and the element.
 */
public class ProcessModelChecker {

  private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}$");

  private final Set<String> formIds;
  private final Predicate<String> beanExists;

  public ProcessModelChecker(Collection<String> formIds, Predicate<String> beanExists) {
    this.formIds = new HashSet<>(formIds);
    this.beanExists = beanExists;
  }

  public List<String> check(String fileName, InputStream bpmn) {
    List<String> problems = new ArrayList<>();
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(bpmn);
    } catch (RuntimeException e) {
      problems.add(fileName + ": cannot be read as BPMN: " + e.getMessage());
      return problems;
    }
    Set<String> shapes = new HashSet<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      if (shape.getBpmnElement() != null) {
        shapes.add(shape.getBpmnElement().getId());
      }
    }
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (process.isExecutable() && (process.getCamundaHistoryTimeToLiveString() == null
          || process.getCamundaHistoryTimeToLiveString().isBlank())) {
        problems.add(fileName + ": process '" + process.getId() + "' has no camunda:historyTimeToLive");
      }
    }
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      String where = fileName + ": " + node.getElementType().getTypeName() + " '" + node.getId() + "'";
      boolean merge = node instanceof Gateway && node.getIncoming().size() > 1 && node.getOutgoing().size() == 1;
      if (merge && node.getName() != null && !node.getName().isBlank()) {
        problems.add(where + " merges flows and carries a label; a merge gateway has none");
      } else if (!merge && (node.getName() == null || node.getName().isBlank())) {
        problems.add(where + " has no name");
      }
      if (!shapes.contains(node.getId())) {
        problems.add(where + " has no shape in the diagram (BPMNDI)");
      }
      checkListeners(node, where, problems);
    }
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      String where = fileName + ": service task '" + task.getId() + "'";
      checkBean(task.getCamundaDelegateExpression(), where + " delegateExpression", problems);
      if (task.getCamundaDelegateExpression() == null && task.getCamundaClass() == null
          && task.getCamundaExpression() == null && task.getCamundaType() == null) {
        problems.add(where + " has no implementation (delegateExpression)");
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String where = fileName + ": user task '" + task.getId() + "'";
      if (isBlank(task.getCamundaAssignee()) && isBlank(task.getCamundaCandidateGroups())
          && isBlank(task.getCamundaCandidateUsers())) {
        problems.add(where + " has neither an assignee nor a candidate group");
      }
      checkForm(task.getCamundaFormRef(), where, problems);
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      if (start.getCamundaFormRef() != null) {
        checkForm(start.getCamundaFormRef(), fileName + ": start event '" + start.getId() + "'", problems);
      }
    }
    return problems;
  }

  private void checkForm(String formRef, String where, List<String> problems) {
    if (isBlank(formRef)) {
      problems.add(where + " has no camunda:formRef");
    } else if (!formRef.contains("${") && !formIds.contains(formRef)) {
      problems.add(where + " refers to form '" + formRef + "', which is not in forms/");
    }
  }

  private void checkListeners(BaseElement element, String where, List<String> problems) {
    if (element.getExtensionElements() == null) {
      return;
    }
    for (ModelElementInstance extension : element.getExtensionElements().getElements()) {
      if (extension instanceof CamundaTaskListener listener) {
        checkBean(listener.getCamundaDelegateExpression(), where + " task listener", problems);
      } else if (extension instanceof CamundaExecutionListener listener) {
        checkBean(listener.getCamundaDelegateExpression(), where + " execution listener", problems);
      }
    }
  }

  private void checkBean(String expression, String where, List<String> problems) {
    if (expression == null) {
      return;
    }
    Matcher matcher = BEAN_EXPRESSION.matcher(expression.trim());
    if (!matcher.matches()) {
      problems.add(where + " '" + expression + "' is not of the form ${beanName}");
    } else if (!beanExists.test(matcher.group(1))) {
      problems.add(where + " names bean '" + matcher.group(1) + "', which does not exist");
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
