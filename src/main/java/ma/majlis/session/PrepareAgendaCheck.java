package ma.majlis.session;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import ma.majlis.platform.Inputs;

/** Refuses an agenda that breaks {@link Agenda}'s rules when the secretariat completes "Prepare the agenda". */
@Component
public class PrepareAgendaCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Inputs in = Inputs.of(task.getExecution());
    in.setJson(SessionVariables.AGENDA, Agenda.check(SessionVariables.AGENDA,
        in.requiredJsonArray(SessionVariables.AGENDA)));
  }
}
