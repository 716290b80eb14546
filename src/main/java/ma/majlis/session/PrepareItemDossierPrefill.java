package ma.majlis.session;

import ma.majlis.board.SessionOf;
import ma.majlis.board.SessionRecords;
import ma.majlis.agenda.Agenda;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import ma.majlis.platform.Inputs;
import ma.majlis.agenda.Agenda.Subject;

import static ma.majlis.session.SessionVariables.*;

/**
 * Opens "Prepare the item's dossier" with the data its subject needs, already of the type the form sends back: the
 * programmes of an action plan, the lines of a budget, the committee's description, each a Json variable in the
 * item's own scope. Tasklist submits a form's list or group with the type of the variable the task already holds
 * (else Json): a variable declared without a value would hold type Null and refuse the submission. A dossier prepared
 * again (the chair returned the convocation) opens with what was recorded, from Majlis's tables.
 */
@Component
public class PrepareItemDossierPrefill implements TaskListener {

  private final SessionRecords records;

  public PrepareItemDossierPrefill(SessionRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution item = task.getExecution();
    SpinJsonNode agendaItem = Inputs.of(task).optionalJson(AGENDA_ITEM);
    int itemIndex = agendaItem.prop(Agenda.ITEM_INDEX).numberValue().intValue();
    Subject subject = Subject.valueOf(Inputs.text(agendaItem, Agenda.SUBJECT));
    SessionRecords.Dossier recorded = records.dossier(SessionOf.key(task), itemIndex)
        .filter(d -> subject.name().equals(d.subject())).orElse(null);
    if (recorded != null) {
      item.setVariableLocal(DRAFT_RESOLUTION, recorded.draftResolution());
      item.setVariableLocal(DOCUMENT_REF, recorded.documentRef());
    }
    String payload = recorded == null ? null : recorded.payload();
    switch (subject) {
      case ACTION_PLAN -> item.setVariableLocal(PROGRAMMES, json(payload, "[{\"title\": \"\"}]"));
      case BUDGET -> item.setVariableLocal(BUDGET_LINES, json(payload, "[{\"heading\": \"\", \"type\": \"REVENUE\"},"
          + " {\"heading\": \"\", \"type\": \"EXPENDITURE\"}]"));
      case COMMITTEE -> item.setVariableLocal(COMMITTEE, json(payload, "{}"));
      default -> { }
    }
  }

  private static Object json(String recorded, String empty) {
    return SpinValues.jsonValue(recorded != null ? recorded : empty).create();
  }
}
