package ma.majlis.session;

import ma.majlis.board.SessionOf;
import ma.majlis.board.SessionRecords;
import ma.majlis.agenda.Agenda;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import ma.majlis.platform.Inputs;
import ma.majlis.presentation.ApprovedPresentation;
import ma.majlis.presentation.PresentationService;
import ma.majlis.agenda.Agenda.ItemKind;

/**
 * The agenda items a multi-instance step runs over ({@code ${agendaItems.deliberations(execution)}}): the
 * deliberations (with their dossier's draft resolution once it exists) and the presentations. What the preparation
 * runs over is narrower after a returned convocation: only the items the chair reopened, and any item that has no
 * dossier (or approved presentation) yet; the others carry over as recorded.
 */
@Component
public class AgendaItems {

  private final SessionRecords records;
  private final PresentationService presentations;

  public AgendaItems(SessionRecords records, PresentationService presentations) {
    this.records = records;
    this.presentations = presentations;
  }

  /**
   * The deliberations whose dossier is prepared now: all of them the first time; after a return, those the chair
   * reopened ({@code reopenItems}) and those without a dossier of their subject (an item the secretariat added or
   * changed). The others keep their dossier and the controller's opinion.
   */
  public List<SpinJsonNode> deliberationsToPrepare(VariableScope scope) {
    Set<Integer> reopened = reopened(scope);
    String sessionKey = SessionOf.key(scope);
    List<SpinJsonNode> items = new ArrayList<>();
    for (SpinJsonNode item : deliberations(scope)) {
      int index = item.prop(Agenda.ITEM_INDEX).numberValue().intValue();
      boolean prepared = records.dossier(sessionKey, index)
          .filter(d -> d.subject().equals(Inputs.text(item, Agenda.SUBJECT))).isPresent();
      if (!prepared || reopened.contains(index)) {
        items.add(item);
      }
    }
    return items;
  }

  /** The presentations reviewed now: as {@link #deliberationsToPrepare}, with the approved presentations. */
  public List<SpinJsonNode> presentationsToReview(VariableScope scope) {
    Set<Integer> reopened = reopened(scope);
    Set<Integer> approved = new HashSet<>();
    for (ApprovedPresentation p : presentations.findApproved(SessionOf.key(scope))) {
      if (p.itemIndex() != null) {
        approved.add(p.itemIndex());
      }
    }
    List<SpinJsonNode> items = new ArrayList<>();
    for (SpinJsonNode item : presentations(scope)) {
      int index = item.prop(Agenda.ITEM_INDEX).numberValue().intValue();
      if (!approved.contains(index) || reopened.contains(index)) {
        items.add(item);
      }
    }
    return items;
  }

  private static Set<Integer> reopened(VariableScope scope) {
    Set<Integer> indexes = new HashSet<>();
    SpinJsonNode reopen = Inputs.of(scope).optionalJson(SessionVariables.REOPEN_ITEMS);
    if (reopen != null && reopen.isArray()) {
      reopen.elements().stream().filter(SpinJsonNode::isNumber).forEach(e -> indexes.add(e.numberValue().intValue()));
    }
    return indexes;
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
