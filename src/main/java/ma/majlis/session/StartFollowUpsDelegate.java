package ma.majlis.session;

import ma.majlis.minutes.SessionDocuments;
import ma.majlis.board.SessionOf;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import ma.majlis.deliberation.Resolution;
import ma.majlis.deliberation.ResolutionRegister;
import ma.majlis.platform.Inputs;
import ma.majlis.agenda.Agenda.Subject;

import static ma.majlis.session.SessionVariables.*;
import static org.camunda.spin.Spin.JSON;

/**
 * After the session closes, starts the follow-up process of each adopted resolution (see {@link FollowUpStarts}); an
 * adopted {@code MINUTES_APPROVAL} resolution marks the previous session's signed minutes approved (standing rule 9)
 * and sets {@code minutesApproved}.
 */
@Component
public class StartFollowUpsDelegate implements JavaDelegate {

  private final FollowUpStarts followUps;
  private final SessionDocuments documents;
  private final ResolutionRegister register;

  public StartFollowUpsDelegate(FollowUpStarts followUps, SessionDocuments documents, ResolutionRegister register) {
    this.followUps = followUps;
    this.documents = documents;
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SpinJsonNode resolutions = Inputs.of(execution).optionalJson(RESOLUTIONS);
    if (resolutions == null) {
      return;
    }
    String sessionKey = SessionOf.key(execution);
    SpinJsonNode approved = JSON("[]");
    for (SpinJsonNode resolution : resolutions.elements()) {
      String number = Inputs.text(resolution, "number");
      String subject = Inputs.text(resolution, "subject");
      if (number != null && subject != null && "ADOPTED".equals(Inputs.text(resolution, "outcome"))) {
        if (Subject.valueOf(subject) == Subject.MINUTES_APPROVAL) {
          String title = register.find(number).map(Resolution::itemTitle).orElse(Inputs.text(resolution, "title"));
          documents.approveMinutes(number, title, sessionKey).ifPresent(previous -> {
            SpinJsonNode entry = JSON("{}");
            entry.prop("resolutionNumber", number);
            entry.prop("sessionKey", previous);
            approved.append(entry);
          });
        } else {
          followUps.start(number, Subject.valueOf(subject), sessionKey);
        }
      }
    }
    if (!approved.elements().isEmpty()) {
      execution.setVariable(MINUTES_APPROVED, true);
      execution.setVariable(APPROVED_MINUTES, SpinValues.jsonValue(approved.toString()).create());
    }
  }
}
