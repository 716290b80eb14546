package ma.majlis.session;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import ma.majlis.platform.Inputs;

import static ma.majlis.session.SessionVariables.*;

/** Sends the signed minutes to every member convened ({@code members}) and every advisory attendee. */
@Component
public class DistributeMinutesDelegate implements JavaDelegate {

  private final SessionDocuments documents;
  private final SessionMembers members;

  public DistributeMinutesDelegate(SessionDocuments documents, SessionMembers members) {
    this.documents = documents;
    this.members = members;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Inputs in = Inputs.of(execution);
    String key = SessionOf.key(execution);
    List<String> recipients = new ArrayList<>(members.of(key));
    SpinJsonNode advisory = in.optionalJson(ADVISORY_ATTENDEES);
    if (advisory != null) {
      advisory.elements().forEach(a -> recipients.add(a.stringValue()));
    }
    if (recipients.isEmpty()) {
      throw new IllegalStateException("Session " + key + " has no members to send the minutes to (no member"
          + " convened in session_member)");
    }
    documents.distributeMinutes(key, documents.currentMinutes(key), recipients);
  }
}
