package ma.majlis.session;

import ma.majlis.process.PerTransaction;
import ma.majlis.process.TaskIds;

import ma.majlis.convocation.Convocations;
import ma.majlis.board.SessionRegistry;
import ma.majlis.board.SessionRecords;
import ma.majlis.board.SessionRecord;
import ma.majlis.agenda.Agenda;
import ma.majlis.language.Language;
import ma.majlis.language.Languages;
import ma.majlis.language.Texts;
import ma.majlis.platform.LocalizingFilter;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import ma.majlis.platform.EngineClock;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import ma.majlis.platform.EveryUserTask;
import ma.majlis.platform.Inputs;
import ma.majlis.platform.ShownTask;
import ma.majlis.platform.ShownValues;

/**
 * What a task says of itself in Tasklist, for every user task of every process:
 * <ul>
 *   <li>its name carries the session (or the resolution a follow-up process is about: the business key) and, for an
 *   agenda item's task, the item: "Prepare the item's dossier — CA-2022-S1 — Draft budget 2023";</li>
 *   <li>a due date where the board's rules give a deadline: a member's reply (the day before the session), a vote
 *   and the chair's decisions on an item (the session's day), the chair's signature of the minutes
 *   ({@code majlis.deadlines.minutes-signature} after they are ready);</li>
 *   <li>what the forms of the session's tasks show ({@link ShownValues}, computed when the form is read, never
 *   stored): the session's date and the reply deadline in words ({@code sessionDate}, {@code replyBy}) and the agenda
 *   ({@code agendaView}: as approved, with each proposed resolution, for a member's reply; as proposed, in words and
 *   with the controller's opinion, for the chair's approval).</li>
 * </ul>
 * The name and the due date are the task's own (set when it is created); the session's date comes from Majlis's table
 * of sessions, never from a variable. What a caption reads of a session at creation is read once per transaction
 * ({@link PerTransaction}; no step changes those rows between two task creations of one transaction, a new date or
 * a new round is a step of its own, in a job of its own): the job that sends the convocations creates twelve replies,
 * the one that issues the ballots twelve votes, each captioned from the same rows (issue #12's benchmark: 3 queries
 * per reply and 1 per ballot were a tenth of Majlis's share of a session).
 */
@Component
@org.springframework.core.annotation.Order(10)
public class TaskCaptions implements EveryUserTask, ShownValues {

  static final String SESSION_DATE = "sessionDate";
  static final String REPLY_BY = "replyBy";
  /** Json for the members' and the chair's forms: the agenda, each deliberation with its draft resolution. */
  static final String AGENDA_VIEW = "agendaView";
  /** The tasks whose forms show the session's date. */
  private static final Set<String> DATED = Set.of(TaskIds.CONFIRM_ATTENDANCE, TaskIds.CAST_VOTE, TaskIds.CAST_SECRET_BALLOT,
      TaskIds.CAST_DECIDING_VOTE, TaskIds.DECIDE_ON_REJECTION, TaskIds.APPROVE_CONVOCATION);
  /** The tasks with a due date. */
  private static final Set<String> DUE = Set.of(TaskIds.CONFIRM_ATTENDANCE, TaskIds.CAST_VOTE, TaskIds.CAST_SECRET_BALLOT,
      TaskIds.CAST_DECIDING_VOTE, TaskIds.DECIDE_ON_REJECTION, TaskIds.SIGN_MINUTES);
  private static final int MAX_NAME = 250;

  private final SessionRegistry sessions;
  private final SessionRecords records;
  private final Duration signature;
  private final Languages languages;

  public TaskCaptions(SessionRegistry sessions, SessionRecords records, Languages languages,
      @Value("${majlis.deadlines.minutes-signature:P15D}") Duration signature) {
    this.languages = languages;
    this.sessions = sessions;
    this.records = records;
    this.signature = signature;
  }

  @Override
  public void notify(DelegateTask task) {
    Language language = languages.ofAssignee(task.getAssignee());
    String step = "task." + task.getTaskDefinitionKey();
    String base = Texts.has(language, step) ? Texts.get(language, step)
        : task.getBpmnModelElementInstance() != null && task.getBpmnModelElementInstance().getName() != null
        ? task.getBpmnModelElementInstance().getName() : task.getName();
    String key = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    StringBuilder name = new StringBuilder(base == null ? task.getTaskDefinitionKey() : base);
    if (key != null) {
      name.append(LocalizingFilter.SEPARATOR).append(key);
    }
    itemTitle(task).ifPresent(title -> name.append(LocalizingFilter.SEPARATOR).append(title));
    task.setName(name.length() > MAX_NAME ? name.substring(0, MAX_NAME - 1) + "…" : name.toString());

    String definition = task.getTaskDefinitionKey();
    if (key == null || !DUE.contains(definition)) {
      return;
    }
    Optional<SessionRecord> session = sessions.find(key);
    if (session.isEmpty()) {
      return;
    }
    LocalDateTime start = session.get().plannedStart();
    switch (definition) {
      case TaskIds.CONFIRM_ATTENDANCE -> task.setDueDate(date(PerTransaction.get("captions.replyDeadline", key,
          () -> records.replyDeadline(key)).orElse(Convocations.replyDeadline(start))));
      case TaskIds.SIGN_MINUTES -> task.setDueDate(date(now().plus(signature)));
      default -> task.setDueDate(date(start.toLocalDate().atTime(23, 59)));
    }
  }

  /** The session's date, the reply deadline and the agenda, as the session's forms show them, read now. */
  @Override
  public void addTo(Map<String, TypedValue> shown, ShownTask task, Language language) {
    String key = task.businessKey();
    if (key == null || !DATED.contains(task.definitionKey())) {
      return;
    }
    Optional<SessionRecord> session = sessions.find(key);
    if (session.isEmpty()) {
      return;
    }
    LocalDateTime start = session.get().plannedStart();
    shown.put(SESSION_DATE, Variables.stringValue(Texts.dayAndTime(language, start)));
    switch (task.definitionKey()) {
      case TaskIds.CONFIRM_ATTENDANCE -> {
        LocalDateTime deadline = records.replyDeadline(key).orElse(Convocations.replyDeadline(start));
        shown.put(REPLY_BY, Variables.stringValue(Texts.day(language, deadline.toLocalDate())));
        shown.put(AGENDA_VIEW, agendaView(key));
      }
      case TaskIds.APPROVE_CONVOCATION -> {
        TypedValue proposed = proposedAgendaView(task.json(SessionVariables.AGENDA), key, language);
        if (proposed != null) {
          shown.put(AGENDA_VIEW, proposed);
        }
      }
      default -> { }
    }
  }

  /** The agenda as the chair approved it, as the member reads it: each item, a deliberation's draft resolution. */
  private TypedValue agendaView(String key) {
    Map<Integer, String> drafts = new HashMap<>();
    records.dossiers(key).forEach(d -> drafts.put(d.itemIndex(), d.draftResolution()));
    SpinJsonNode view = Spin.JSON("[]");
    for (SessionRecords.AgendaItem item : records.agenda(key)) {
      SpinJsonNode row = Spin.JSON("{}");
      row.prop("item", item.itemIndex());
      row.prop("title", item.title());
      row.prop("rapporteur", item.rapporteur() == null ? "" : item.rapporteur());
      String draft = drafts.get(item.itemIndex());
      row.prop("proposal", draft == null ? "" : draft);
      view.append(row);
    }
    return SpinValues.jsonValue(view.toString()).create();
  }

  /**
   * The agenda the chair is asked to approve (as the secretariat prepared it: the process's {@code agenda}), in
   * words, with each deliberation's proposed resolution and the controller's opinion where there is one; null
   * without an agenda.
   */
  private TypedValue proposedAgendaView(SpinJsonNode agenda, String key, Language language) {
    if (agenda == null || !agenda.isArray()) {
      return null;
    }
    Map<Integer, SessionRecords.Dossier> dossiers = new HashMap<>();
    records.dossiers(key).forEach(d -> dossiers.put(d.itemIndex(), d));
    SpinJsonNode view = Spin.JSON("[]");
    int position = 0;
    for (SpinJsonNode item : agenda.elements()) {
      position++;
      int index = item.hasProp(Agenda.ITEM_INDEX) ? item.prop(Agenda.ITEM_INDEX).numberValue().intValue() : position;
      SessionRecords.Dossier dossier = dossiers.get(index);
      SpinJsonNode row = Spin.JSON("{}");
      row.prop("item", index);
      row.prop("title", String.valueOf(Inputs.text(item, Agenda.TITLE)));
      row.prop("kind", Texts.word(language, "kind.", Inputs.text(item, Agenda.KIND)));
      row.prop("subject", Texts.word(language, "subject.", Inputs.text(item, Agenda.SUBJECT)));
      row.prop("proposal", dossier == null || dossier.draftResolution() == null ? "" : dossier.draftResolution());
      row.prop("opinion", dossier == null || dossier.controllerOpinion() == null ? ""
          : Texts.word(language, "opinion.", dossier.controllerOpinion())
              + (dossier.controllerOpinionText() == null ? "" : ": " + dossier.controllerOpinionText()));
      view.append(row);
    }
    return SpinValues.jsonValue(view.toString()).create();
  }


  /**
   * The agenda item's title, read from the task's execution: a task being created has no variable of its own yet
   * (this runs among the built-in create listeners, before the task's own, and none of them sets one; a task's input
   * parameters are its execution's), and asking the task would load its (no) variables from the database once per
   * task created (issue #17: a query per reply and per vote task).
   */
  private static Optional<String> itemTitle(DelegateTask task) {
    VariableScope scope = task.getExecution() != null ? task.getExecution() : task;
    if (!scope.hasVariable(SessionVariables.AGENDA_ITEM)) {
      return Optional.empty();
    }
    try {
      SpinJsonNode item = Inputs.of(scope).optionalJson(SessionVariables.AGENDA_ITEM);
      String title = Inputs.text(item, Agenda.TITLE);
      return Optional.ofNullable(title == null ? null : title.length() > 80 ? title.substring(0, 79) + "…" : title);
    } catch (RuntimeException e) {
      return Optional.empty(); // a caption never stops a task from being created
    }
  }

  private static LocalDateTime now() {
    return EngineClock.localNow();
  }

  private static Date date(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
  }
}
