package ma.majlis.platform;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.springframework.stereotype.Component;

/**
 * Keeps the submitted form fields of a task with secret variables ({@link TaskContracts#SECRET}, a secret ballot)
 * out of the engine's history. At level {@code full}, a form submission ({@code submit-form}, what Tasklist sends)
 * writes every String it carries as a "form property" {@link HistoricDetail} with the task's id, transient or not,
 * and the task's history names its assignee: that would link the voter to his choice. This level is {@code full}
 * (same id and name, so the database's setting is unchanged) except that it produces no form property event for
 * such a task. Found by {@code PracticeVoteTest}, which reads {@code /history/detail} after a secret vote. A task
 * whose inputs go to the engine as transient variables ({@link TaskContracts#TRANSIENT}, a roll-call vote: the vote
 * book is its record) leaves no form property either, so that Tasklist's submission stores what a REST one does.
 */
@Component
public class SecretFormFieldsPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getHistoryLevel() instanceof HistoryLevelFull) {
      configuration.setHistoryLevel(new FullWithoutSecretFormFields());
    }
  }

  /** History level {@code full}, without the form fields of tasks that declare secret or transient variables. */
  static final class FullWithoutSecretFormFields extends HistoryLevelFull {

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
      if (eventType == HistoryEventTypes.FORM_PROPERTY_UPDATE && entity instanceof DelegateTask task
          && hasSecrets(task)) {
        return false;
      }
      return super.isHistoryEventProduced(eventType, entity);
    }

    private static boolean hasSecrets(DelegateTask task) {
      BaseElement element = task.getBpmnModelElementInstance();
      return element != null && !TaskContracts.transientIn(element).isEmpty();
    }
  }
}
