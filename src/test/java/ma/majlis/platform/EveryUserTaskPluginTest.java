package ma.majlis.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import ma.majlis.process.ProcessKeys;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * The listeners every Majlis task gets (its caption, its due date, its chair) run on the tasks of Majlis's processes
 * only: a process someone else deploys on the same engine (the benchmark's engine-only skeleton among them) keeps its
 * tasks as the engine makes them.
 */
class EveryUserTaskPluginTest {

  private final List<String> seen = new ArrayList<>();
  private ProcessEngine engine;

  @BeforeEach
  void startEngine() {
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("recorder", (EveryUserTask) task -> seen.add(task.getTaskDefinitionKey()));
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:every-user-task-" + System.nanoTime());
    configuration.setProcessEngineName("every-user-task-" + System.nanoTime());
    configuration.setJobExecutorActivate(false);
    configuration.setProcessEnginePlugins(List.of(new EveryUserTaskPlugin(beans.getBeanProvider(EveryUserTask.class))));
    engine = configuration.buildProcessEngine();
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  @Test
  void aMajlisProcessesTasksGetTheListenersAndNoOtherProcesss() {
    deployAndStart(ProcessKeys.BUDGET_APPROVAL, "Task_Majlis");
    deployAndStart("budget-approval-skeleton", "Task_Skeleton");
    assertThat(engine.getTaskService().createTaskQuery().count()).isEqualTo(2);
    assertThat(seen).containsExactly("Task_Majlis");
  }

  private void deployAndStart(String key, String taskId) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
        .startEvent().userTask(taskId).endEvent().done();
    engine.getRepositoryService().createDeployment().addModelInstance(key + ".bpmn", model).deploy();
    engine.getRuntimeService().startProcessInstanceByKey(key);
  }
}
