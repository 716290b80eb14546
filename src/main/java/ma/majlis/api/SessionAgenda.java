package ma.majlis.api;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import ma.majlis.platform.WithoutAuthorization;
import ma.majlis.session.SessionVariables;

/**
 * Reads a session's agenda: the Json variable {@code agenda} of its {@code board-session} instance, from the
 * history, so that it is there while the session runs and after it ended. The read runs without the engine's
 * authorization checks: the read API decides who may read ({@link ApiReaders}), and members, who may read the
 * API, have no history permission in the engine.
 */
@Component
public class SessionAgenda {

  private final ProcessEngine engine;

  public SessionAgenda(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The agenda as Json text, empty when the instance has none (yet). */
  public Optional<String> of(String processInstanceId) {
    if (processInstanceId == null) {
      return Optional.empty();
    }
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    List<HistoricVariableInstance> found = configuration.getCommandExecutorTxRequired().execute(context ->
        WithoutAuthorization.call(() -> engine.getHistoryService().createHistoricVariableInstanceQuery()
            .processInstanceId(processInstanceId)
            // the instance's own variable, not a local one of the same name
            .executionIdIn(processInstanceId)
            .variableName(SessionVariables.AGENDA)
            .list()));
    return found.stream().map(HistoricVariableInstance::getValue).filter(v -> v != null).map(Object::toString)
        .findFirst();
  }
}
