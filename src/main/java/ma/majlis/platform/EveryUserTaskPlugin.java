package ma.majlis.platform;

import ma.majlis.process.ProcessKeys;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Attaches the {@link EveryUserTask} beans to every user task of Majlis's processes ({@link ProcessKeys#ALL}), as its
 * first create listeners, when a process is deployed (or its definition parsed again after a restart). A process that
 * is not Majlis's (the benchmark's engine-only skeleton, anything an administrator deploys) gets none of them.
 */
@Component
public class EveryUserTaskPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<EveryUserTask> listeners;
  /** The listeners, looked up once at the first task (they are singletons; not yet all created at parse time). */
  private volatile List<EveryUserTask> resolved;

  public EveryUserTaskPlugin(ObjectProvider<EveryUserTask> listeners) {
    this.listeners = listeners;
  }

  /**
   * The {@link EveryUserTask} beans in their order. Asking the bean factory for them at each task cost a lookup of
   * every bean of that type, ordered, per task created (issue #17's profile of a session).
   */
  List<EveryUserTask> listeners() {
    List<EveryUserTask> all = resolved;
    if (all == null) {
      all = listeners.orderedStream().toList();
      resolved = all;
    }
    return all;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior
            && activity.getProcessDefinition() instanceof ProcessDefinitionEntity process
            && ProcessKeys.ALL.contains(process.getKey())) {
          TaskDefinition definition = behavior.getTaskDefinition();
          TaskListener all = task -> listeners().forEach(l -> l.notify(task));
          definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, all);
        }
      }
    });
  }
}
