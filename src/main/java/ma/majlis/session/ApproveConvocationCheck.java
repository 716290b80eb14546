package ma.majlis.session;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import ma.majlis.platform.ApprovalCheck;
import ma.majlis.platform.Inputs;

/**
 * The chair approves the agenda, the dossiers and the convocation, or returns them ({@link ApprovalCheck}). Approved,
 * the agenda as the chair saw it is recorded in {@code agenda_item} (titles, kinds, subjects, rapporteurs, in
 * order): the convocations, the read API and the minutes take it from there, so that the session's record does not
 * depend on the process's {@code agenda} variable, nor on the engine's history of it.
 */
@Component
public class ApproveConvocationCheck implements TaskListener {

  private final ApprovalCheck approval;
  private final SessionRecords records;

  public ApproveConvocationCheck(ApprovalCheck approval, SessionRecords records) {
    this.approval = approval;
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    approval.notify(task);
    if (!Boolean.TRUE.equals(task.getExecution().getVariable(ApprovalCheck.APPROVED))) {
      return;
    }
    SpinJsonNode agenda = Inputs.of(task.getExecution()).requiredJsonArray(SessionVariables.AGENDA);
    List<SessionRecords.AgendaItem> items = new ArrayList<>();
    List<SessionRecords.ItemRules> rules = new ArrayList<>();
    int position = 0;
    for (SpinJsonNode item : agenda.elements()) {
      position++;
      int index = item.hasProp(Agenda.ITEM_INDEX) ? item.prop(Agenda.ITEM_INDEX).numberValue().intValue() : position;
      items.add(new SessionRecords.AgendaItem(index, Inputs.text(item, Agenda.TITLE), Inputs.text(item, Agenda.KIND),
          Inputs.text(item, Agenda.SUBJECT), Inputs.text(item, Agenda.RAPPORTEUR)));
      if (Agenda.ItemKind.DELIBERATION.name().equals(Inputs.text(item, Agenda.KIND))) {
        rules.add(new SessionRecords.ItemRules(index, Inputs.text(item, Agenda.VOTE_MODE),
            Inputs.text(item, Agenda.CORRECTS), Agenda.controllerOpinionRequested(item)));
      }
    }
    records.saveAgenda(SessionOf.key(task), items);
    records.saveItemRules(SessionOf.key(task), rules);
  }
}
