package ma.majlis.platform;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/** The model check reads BPMN with the Camunda Model API and names the file and the element of each problem. */
class ProcessModelCheckerTest {

  private List<String> checkBroken() throws Exception {
    ProcessModelChecker checker = new ProcessModelChecker(List.of("known-form"), bean -> false);
    try (InputStream in = getClass().getResourceAsStream("/model-check/broken.bpmn")) {
      return checker.check("broken.bpmn", in);
    }
  }

  @Test
  void aMissingDelegateBeanIsNamedWithItsElement() throws Exception {
    assertThat(checkBroken()).contains("broken.bpmn: service task 'ServiceTask_SendNothing' delegateExpression"
        + " names bean 'noSuchDelegate', which does not exist");
  }

  @Test
  void aMissingFormIsNamedWithItsElement() throws Exception {
    assertThat(checkBroken()).contains(
        "broken.bpmn: user task 'Task_FillNothing' refers to form 'no-such-form', which is not in forms/");
  }

  @Test
  void aUserTaskWithoutGroupOrAssigneeIsReported() throws Exception {
    assertThat(checkBroken()).contains("broken.bpmn: user task 'Task_Orphan' has neither an assignee nor a candidate group");
  }

  @Test
  void missingHistoryTimeToLiveNameAndShapeAreReported() throws Exception {
    assertThat(checkBroken()).contains(
        "broken.bpmn: process 'broken' has no camunda:historyTimeToLive",
        "broken.bpmn: endEvent 'EndEvent_Unnamed' has no name",
        "broken.bpmn: userTask 'Task_Orphan' has no shape in the diagram (BPMNDI)");
  }

  /** Every model in processes/ passes, with the beans that component scanning finds in the application. */
  @Test
  void theProductsProcessesAreConsistentWithTheApplication() {
    Set<String> beans = applicationBeanNames();
    List<String> problems = ProcessModelCheck.run(beans::contains);
    assertThat(problems).isEmpty();
  }

  @Test
  void theCheckFailsWhenABeanTheProcessesNeedIsGone() {
    Set<String> beans = applicationBeanNames();
    beans.remove("startSessionCheckAndRecord");
    assertThat(ProcessModelCheck.run(beans::contains)).contains("processes/board-session.bpmn: startEvent"
        + " 'StartEvent_SessionRequested' execution listener names bean 'startSessionCheckAndRecord', which does not exist");
  }

  static Set<String> applicationBeanNames() {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
    AnnotationBeanNameGenerator names = new AnnotationBeanNameGenerator();
    SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
    return scanner.findCandidateComponents("ma.majlis").stream()
        .map((BeanDefinition definition) -> names.generateBeanName(definition, registry))
        .collect(Collectors.toSet());
  }
}
