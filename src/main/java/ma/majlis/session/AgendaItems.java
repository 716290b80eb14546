package ma.majlis.session;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import ma.majlis.platform.Inputs;
import ma.majlis.session.Agenda.ItemKind;

/**
 * The agenda items a multi-instance step runs over ({@code ${agendaItems.deliberations(execution)}}): the
 * deliberations (with their dossier's draft resolution once it exists) and the presentations.
 */
@Component
public class AgendaItems {

  private final SessionRecords records;

  public AgendaItems(SessionRecords records) {
    this.records = records;
  }

  public List<SpinJsonNode> deliberations(VariableScope scope) {
    String sessionKey = SessionOf.key(scope);
    List<SpinJsonNode> items = ofKind(scope, ItemKind.DELIBERATION);
    for (SpinJsonNode item : items) {
      records.dossier(sessionKey, item.prop(Agenda.ITEM_INDEX).numberValue().intValue()).ifPresent(dossier -> {
        item.prop("draftResolution", dossier.draftResolution());
        if (dossier.documentRef() != null) {
          item.prop("documentRef", dossier.documentRef());
        }
      });
    }
    return items;
  }

  /**
   * Whether the state controller gives an opinion on a deliberation item: always on a budget, and on any item whose
   * {@code controllerOpinionRequested} the agenda set (route of "Controller's opinion requested?").
   */
  public boolean controllerOpinionRequested(SpinJsonNode item) {
    return item != null && Agenda.controllerOpinionRequested(item);
  }

  public List<SpinJsonNode> presentations(VariableScope scope) {
    return ofKind(scope, ItemKind.PRESENTATION);
  }

  static List<SpinJsonNode> ofKind(VariableScope scope, ItemKind kind) {
    SpinJsonNode agenda = Inputs.of(scope).optionalJson(SessionVariables.AGENDA);
    List<SpinJsonNode> items = new ArrayList<>();
    if (agenda != null) {
      for (SpinJsonNode item : agenda.elements()) {
        if (kind.name().equals(Inputs.text(item, Agenda.KIND))) {
          items.add(item);
        }
      }
    }
    return items;
  }
}
