package ma.majlis.session;

import ma.majlis.minutes.SessionDocuments;
import ma.majlis.board.SessionOf;
import ma.majlis.board.SessionRegistry;
import ma.majlis.agenda.PendingAgendaItems;
import ma.majlis.agenda.PendingAgendaItem;
import ma.majlis.agenda.Agenda;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import ma.majlis.language.Texts;
import ma.majlis.followup.FollowUps;

import ma.majlis.platform.Inputs;

import static org.camunda.spin.Spin.JSON;

/**
 * When "Prepare the agenda" opens without an agenda, proposes one: the chair's opening address, the approval of the
 * minutes of the body's previous session when they are signed and not yet approved (standing rule 9), for an
 * ordinary session the body's follow-ups not done as one {@code FOLLOW_UP} item (rule 10, no vote), then what
 * waits for the body's next session (amended budgets, follow-up reports, deferred items), each remembering where it
 * came from so that it is taken off the waiting list once the agenda is set.
 */
@Component
public class PrepareAgendaPrefill implements TaskListener {

  private final PendingAgendaItems pending;
  private final SessionDocuments documents;
  private final SessionRegistry sessions;
  private final FollowUps followUps;
  private final Locale workingLanguage;

  public PrepareAgendaPrefill(PendingAgendaItems pending, SessionDocuments documents, SessionRegistry sessions,
                              FollowUps followUps,
                              @Value("${majlis.languages.default:fr}") String workingLanguage) {
    this.pending = pending;
    this.documents = documents;
    this.sessions = sessions;
    this.followUps = followUps;
    this.workingLanguage = Locale.forLanguageTag(workingLanguage);
  }

  /** The agenda is the body's: its prefilled titles are in the working language. */
  private ma.majlis.language.Language working() {
    return ma.majlis.language.Language.parse(workingLanguage.getLanguage()).orElse(ma.majlis.language.Language.FR);
  }

  @Override
  public void notify(DelegateTask task) {
    Inputs in = Inputs.of(task.getExecution());
    if (in.optionalJson(SessionVariables.AGENDA) != null) {
      return;
    }
    String bodyCode = SessionScope.of(task).bodyCode();
    SpinJsonNode agenda = JSON("[]");
    SpinJsonNode opening = JSON("{}");
    opening.prop(Agenda.TITLE, Texts.get(working(), "agenda.opening"));
    opening.prop(Agenda.KIND, Agenda.ItemKind.ADDRESS.name());
    agenda.append(opening);
    String sessionKey = SessionOf.key(task);
    documents.minutesToApprove(bodyCode, sessionKey).ifPresent(minutes -> {
      SpinJsonNode approval = JSON("{}");
      approval.prop(Agenda.TITLE, Texts.get(working(), "agenda.minutesApproval", minutes.sessionKey()));
      approval.prop(Agenda.KIND, Agenda.ItemKind.DELIBERATION.name());
      approval.prop(Agenda.SUBJECT, Agenda.Subject.MINUTES_APPROVAL.name());
      agenda.append(approval);
    });
    boolean ordinary = sessions.find(sessionKey).map(s -> SessionVariables.SessionKind.ORDINARY.name().equals(s.kind()))
        .orElse(false);
    if (ordinary && !followUps.openForBody(bodyCode).isEmpty()) {
      // rule 10: the follow-ups not done (open, in progress, overdue), as one item whose dossier is their table
      SpinJsonNode followUp = JSON("{}");
      followUp.prop(Agenda.TITLE, Texts.get(working(), "agenda.followUp.title"));
      followUp.prop(Agenda.KIND, Agenda.ItemKind.FOLLOW_UP.name());
      agenda.append(followUp);
    }
    List<PendingAgendaItem> waiting = pending.forBody(bodyCode);
    for (PendingAgendaItem item : waiting) {
      SpinJsonNode node = JSON("{}");
      node.prop(Agenda.TITLE, item.title());
      node.prop(Agenda.KIND, item.kind());
      if (item.subject() != null) {
        node.prop(Agenda.SUBJECT, item.subject());
      }
      node.prop(Agenda.PENDING_ITEM_ID, item.id());
      agenda.append(node);
    }
    task.getExecution().setVariable(SessionVariables.AGENDA, org.camunda.spin.plugin.variable.SpinValues
        .jsonValue(agenda.toString()).create());
  }
}
