package ma.majlis.session;

import ma.majlis.board.SessionOf;
import ma.majlis.board.SessionRecords;
import ma.majlis.agenda.Agenda;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import ma.majlis.budget.BudgetLines;
import ma.majlis.platform.InputRejectedException;
import ma.majlis.platform.Inputs;
import ma.majlis.agenda.Agenda.Subject;

import static ma.majlis.session.SessionVariables.*;

/**
 * Checks a deliberation item's dossier and records it: a draft resolution always; the programmes of an action plan
 * (each with a title), the lines of a budget (which must balance: the refusal says by how much it is off), the name,
 * mission and composition of a committee.
 */
@Component
public class PrepareItemDossierCheckAndRecord implements TaskListener {

  private final SessionRecords records;

  public PrepareItemDossierCheckAndRecord(SessionRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    Inputs in = Inputs.of(task);
    SpinJsonNode item = in.optionalJson(AGENDA_ITEM);
    int itemIndex = item.prop(Agenda.ITEM_INDEX).numberValue().intValue();
    Subject subject = Subject.valueOf(Inputs.text(item, Agenda.SUBJECT));
    String draft = in.requiredString(DRAFT_RESOLUTION);
    if (draft.length() > 10000) {
      throw InputRejectedException.of(DRAFT_RESOLUTION, "error.input.maxLength", "10000");
    }
    String payload = switch (subject) {
      case ACTION_PLAN -> programmes(in.requiredJsonArray(PROGRAMMES)).toString();
      case BUDGET -> {
        SpinJsonNode lines = in.requiredJsonArray(BUDGET_LINES);
        BudgetLines.check(BUDGET_LINES, lines);
        yield lines.toString();
      }
      case COMMITTEE -> committee(in.optionalJson(COMMITTEE)).toString();
      default -> null;
    };
    records.saveDossier(new SessionRecords.Dossier(SessionOf.key(task), itemIndex, subject.name(),
        draft, in.optionalString(DOCUMENT_REF), payload, null, null));
  }

  static SpinJsonNode programmes(SpinJsonNode programmes) {
    if (programmes.elements().isEmpty()) {
      throw InputRejectedException.of(PROGRAMMES, "error.dossier.programmesRequired");
    }
    int i = 0;
    for (SpinJsonNode programme : programmes.elements()) {
      i++;
      if (Inputs.text(programme, "title") == null) {
        throw InputRejectedException.of(PROGRAMMES + "[" + i + "].title", "error.input.requiredShort");
      }
    }
    return programmes;
  }

  static SpinJsonNode committee(SpinJsonNode committee) {
    if (committee == null || !committee.isObject()) {
      throw InputRejectedException.of(COMMITTEE, "error.dossier.committeeRequired", "{name, mission, composition}");
    }
    for (String field : new String[] {"name", "mission", "composition"}) {
      if (Inputs.text(committee, field) == null) {
        throw InputRejectedException.of(COMMITTEE + "." + field, "error.input.requiredShort");
      }
    }
    return committee;
  }
}
