package ma.majlis.session;

import ma.majlis.minutes.FollowUpItems;
import ma.majlis.board.SessionOf;
import ma.majlis.board.SessionRecords;
import ma.majlis.agenda.PendingAgendaItems;
import ma.majlis.agenda.Agenda;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import ma.majlis.followup.FollowUps;
import ma.majlis.platform.ApprovalCheck;
import ma.majlis.platform.InputRejectedException;
import ma.majlis.platform.Inputs;

import static org.camunda.spin.Spin.JSON;

/**
 * The chair approves the agenda, the dossiers and the convocation, or returns them ({@link ApprovalCheck}). Approved,
 * the agenda as the chair saw it is recorded in {@code agenda_item} (titles, kinds, subjects, rapporteurs, in
 * order): the convocations, the read API and the minutes take it from there, so that the session's record does not
 * depend on the process's {@code agenda} variable, nor on the engine's history of it.
 *
 * <p>Returned, the chair names the items to prepare again ({@code reopenItems}: the indexes of deliberation or
 * presentation items of the agenda he was shown): only their dossiers (with the controller's opinion for a budget)
 * and presentations are prepared again, the others carry over ({@link AgendaItems#deliberationsToPrepare}).
 *
 * <p>A {@code FOLLOW_UP} item's table (the body's follow-ups not done) is recorded with the approved agenda
 * ({@link FollowUpItems}).
 */
@Component
public class ApproveConvocationCheckAndRecord implements TaskListener {

  private final ApprovalCheck approval;
  private final SessionRecords records;
  private final FollowUpItems followUpItems;
  private final FollowUps followUps;

  public ApproveConvocationCheckAndRecord(ApprovalCheck approval, SessionRecords records, FollowUpItems followUpItems,
                                 FollowUps followUps) {
    this.approval = approval;
    this.records = records;
    this.followUpItems = followUpItems;
    this.followUps = followUps;
  }

  @Override
  public void notify(DelegateTask task) {
    approval.notify(task);
    if (!SessionScope.ofProcess(task).approved()) {
      Inputs.of(task.getExecution()).setJson(SessionVariables.REOPEN_ITEMS, reopenItems(task));
      return;
    }
    task.getExecution().removeVariable(SessionVariables.REOPEN_ITEMS);
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
    String key = SessionOf.key(task);
    records.saveAgenda(key, items);
    records.saveItemRules(key, rules);
    // a FOLLOW_UP item's dossier: the body's follow-ups not done, as they stand now
    followUpItems.clear(key);
    for (SessionRecords.AgendaItem item : items) {
      if (Agenda.ItemKind.FOLLOW_UP.name().equals(item.kind())) {
        followUpItems.record(key, item.itemIndex(), followUps.openForBody(PendingAgendaItems.bodyCodeOf(key)));
      }
    }
  }

  /**
   * The items a return reopens: a Json array of item indexes (numbers, or their text as a checklist may send), at
   * least one, each a deliberation or a presentation of the agenda; returned in agenda order, without repeats.
   */
  static SpinJsonNode reopenItems(DelegateTask task) {
    String name = SessionVariables.REOPEN_ITEMS;
    Map<Integer, String> reopenable = reopenable(Inputs.of(task.getExecution()).optionalJson(SessionVariables.AGENDA));
    SpinJsonNode given = Inputs.of(task).optionalJson(name);
    if (given == null || !given.isArray() || given.elements().isEmpty()) {
      throw InputRejectedException.of(name, "error.reopenItems.required", String.valueOf(reopenable.keySet()));
    }
    Set<Integer> chosen = new LinkedHashSet<>();
    for (SpinJsonNode element : given.elements()) {
      Integer index = null;
      if (element.isNumber()) {
        index = element.numberValue().doubleValue() == Math.rint(element.numberValue().doubleValue())
            ? element.numberValue().intValue() : null;
      } else if (element.isString() && element.stringValue().trim().matches("\\d{1,3}")) {
        index = Integer.valueOf(element.stringValue().trim());
      }
      if (index == null || !reopenable.containsKey(index)) {
        throw InputRejectedException.of(name, "error.reopenItems.unknown", String.valueOf(reopenable.keySet()),
            String.valueOf(element));
      }
      chosen.add(index);
    }
    SpinJsonNode normalised = JSON("[]");
    reopenable.keySet().stream().filter(chosen::contains).forEach(normalised::append);
    return normalised;
  }

  /** The deliberation and presentation items of the agenda, by index, with their kind. */
  static Map<Integer, String> reopenable(SpinJsonNode agenda) {
    Map<Integer, String> items = new TreeMap<>();
    if (agenda == null || !agenda.isArray()) {
      return items;
    }
    int position = 0;
    for (SpinJsonNode item : agenda.elements()) {
      position++;
      String kind = Inputs.text(item, Agenda.KIND);
      if (Agenda.ItemKind.DELIBERATION.name().equals(kind) || Agenda.ItemKind.PRESENTATION.name().equals(kind)) {
        items.put(item.hasProp(Agenda.ITEM_INDEX) ? item.prop(Agenda.ITEM_INDEX).numberValue().intValue() : position,
            kind);
      }
    }
    return items;
  }
}
