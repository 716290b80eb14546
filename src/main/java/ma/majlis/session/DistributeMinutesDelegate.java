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

  public DistributeMinutesDelegate(SessionDocuments documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Inputs in = Inputs.of(execution);
    List<String> recipients = new ArrayList<>(SessionMembers.of(execution));
    SpinJsonNode advisory = in.optionalJson(ADVISORY_ATTENDEES);
    if (advisory != null) {
      advisory.elements().forEach(a -> recipients.add(a.stringValue()));
    }
    if (recipients.isEmpty()) {
      throw new IllegalStateException("Session " + in.requiredString(SESSION_KEY) + " has no members to send the"
          + " minutes to (variable members is empty)");
    }
    documents.distributeMinutes(in.requiredString(SESSION_KEY),
        ((Number) execution.getVariable(MINUTES_DOCUMENT_ID)).longValue(), recipients);
  }
}
