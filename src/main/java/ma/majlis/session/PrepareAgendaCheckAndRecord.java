package ma.majlis.session;

import ma.majlis.board.SessionOf;
import ma.majlis.agenda.PendingAgendaItems;
import ma.majlis.agenda.Agenda;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import ma.majlis.platform.ApprovalCheck;
import ma.majlis.platform.Inputs;

/**
 * Refuses an agenda that breaks {@link Agenda}'s rules when the secretariat completes "Prepare the agenda", and
 * takes the waiting items that the agenda keeps off the body's waiting list.
 */
@Component
public class PrepareAgendaCheckAndRecord implements TaskListener {

  private final PendingAgendaItems pending;
  private final AgendaCorrections corrections;

  public PrepareAgendaCheckAndRecord(PendingAgendaItems pending, AgendaCorrections corrections) {
    this.pending = pending;
    this.corrections = corrections;
  }

  @Override
  public void notify(DelegateTask task) {
    Inputs in = Inputs.of(task.getExecution());
    SpinJsonNode agenda = Agenda.check(SessionVariables.AGENDA, in.requiredJsonArray(SessionVariables.AGENDA));
    corrections.check(SessionVariables.AGENDA, agenda,
        ma.majlis.deliberation.RegisterChain.bodyOf(SessionOf.key(task)));
    in.setJson(SessionVariables.AGENDA, agenda);
    List<Long> taken = new ArrayList<>();
    for (SpinJsonNode item : agenda.elements()) {
      if (item.hasProp(Agenda.PENDING_ITEM_ID)) {
        taken.add(item.prop(Agenda.PENDING_ITEM_ID).numberValue().longValue());
      }
    }
    if (!taken.isEmpty()) {
      pending.take(taken, SessionOf.key(task));
    }
    // the chair's remarks on a returned convocation are answered by this agenda: gone, so that his next decision
    // neither shows them again nor takes them for his own when he gives none
    task.getExecution().removeVariable(ApprovalCheck.REMARKS);
  }
}
