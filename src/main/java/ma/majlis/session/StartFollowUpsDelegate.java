package ma.majlis.session;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import ma.majlis.platform.Inputs;
import ma.majlis.session.Agenda.Subject;

import static ma.majlis.session.SessionVariables.*;

/** After the session closes, starts the follow-up process of each adopted resolution (see {@link FollowUpStarts}). */
@Component
public class StartFollowUpsDelegate implements JavaDelegate {

  private final FollowUpStarts followUps;

  public StartFollowUpsDelegate(FollowUpStarts followUps) {
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SpinJsonNode resolutions = Inputs.of(execution).optionalJson(RESOLUTIONS);
    if (resolutions == null) {
      return;
    }
    String sessionKey = (String) execution.getVariable(SESSION_KEY);
    for (SpinJsonNode resolution : resolutions.elements()) {
      String number = Inputs.text(resolution, "number");
      String subject = Inputs.text(resolution, "subject");
      if (number != null && subject != null && "ADOPTED".equals(Inputs.text(resolution, "outcome"))) {
        followUps.start(number, Subject.valueOf(subject), sessionKey);
      }
    }
  }
}
