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
import ma.majlis.agenda.Agenda.Subject;

import static ma.majlis.session.SessionVariables.*;
import static org.camunda.spin.Spin.JSON;

/**
 * After the session closes, starts the follow-up process of each resolution the register says the session adopted
 * (see {@link FollowUpStarts}); an adopted {@code MINUTES_APPROVAL} resolution marks the previous session's signed
 * minutes approved (standing rule 9) and sets {@code minutesApproved}.
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
    String sessionKey = SessionOf.key(execution);
    SpinJsonNode approved = JSON("[]");
    // the session's adopted resolutions as registered, not the variable "resolutions" (a copy for Cockpit, which an
    // administrator can change): no follow-up starts, and no minutes are approved, on a resolution the board did not
    // adopt in this session
    for (Resolution resolution : register.forSession(sessionKey)) {
      String number = resolution.number();
      if (!"ADOPTED".equals(resolution.outcome()) || resolution.subject() == null) {
        continue;
      }
      if (Subject.valueOf(resolution.subject()) == Subject.MINUTES_APPROVAL) {
        documents.approveMinutes(number, resolution.itemTitle(), sessionKey).ifPresent(previous -> {
          SpinJsonNode entry = JSON("{}");
          entry.prop("resolutionNumber", number);
          entry.prop("sessionKey", previous);
          approved.append(entry);
        });
      } else {
        followUps.start(number, Subject.valueOf(resolution.subject()), sessionKey);
      }
    }
    if (!approved.elements().isEmpty()) {
      execution.setVariable(MINUTES_APPROVED, true);
      execution.setVariable(APPROVED_MINUTES, SpinValues.jsonValue(approved.toString()).create());
    }
  }
}
