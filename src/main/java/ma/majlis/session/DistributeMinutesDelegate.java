package ma.majlis.session;

import ma.majlis.minutes.SessionDocuments;
import ma.majlis.board.SessionOf;
import ma.majlis.agenda.PendingAgendaItems;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

import ma.majlis.identity.Groups;
import ma.majlis.platform.WithoutAuthorization;

import static ma.majlis.session.SessionVariables.*;

/** Sends the signed minutes to every member convened ({@code members}) and every advisory attendee. */
@Component
public class DistributeMinutesDelegate implements JavaDelegate {

  private final SessionDocuments documents;
  private final SessionMembers members;
  private final IdentityService identity;

  public DistributeMinutesDelegate(SessionDocuments documents, SessionMembers members, IdentityService identity) {
    this.documents = documents;
    this.members = members;
    this.identity = identity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = SessionOf.key(execution);
    // the members convened (session_member) and, at the board, the state controller (identity): not the variables
    List<String> recipients = new ArrayList<>(members.of(key));
    if ("CA".equals(PendingAgendaItems.bodyCodeOf(key))) {
      recipients.addAll(WithoutAuthorization.membersOf(identity, Groups.STATE_CONTROLLER));
    }
    if (recipients.isEmpty()) {
      throw new IllegalStateException("Session " + key + " has no members to send the minutes to (no member"
          + " convened in session_member)");
    }
    documents.distributeMinutes(key, recipients);
  }
}
