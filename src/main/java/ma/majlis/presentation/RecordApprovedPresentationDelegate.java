package ma.majlis.presentation;

import ma.majlis.platform.JsonValues;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import ma.majlis.platform.EngineClock;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import static org.camunda.spin.Spin.JSON;

/**
 * {@code ServiceTask_RecordApprovedPresentation}: stores the approved version (table {@code presentation}) and
 * returns to the session {@code presentationId} and {@code approvedPresentation} (a Json summary for the agenda
 * item).
 */
@Component
public class RecordApprovedPresentationDelegate implements JavaDelegate {

  private final PresentationService presentations;

  public RecordApprovedPresentationDelegate(PresentationService presentations) {
    this.presentations = presentations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PresentationVariables vars = PresentationVariables.of(execution);
    String title = vars.requiredPresentationTitle();
    String itemTitle = vars.agendaItemTitle();
    Date approvedAt = vars.approvedAt();
    ApprovedPresentation approved = new ApprovedPresentation(null,
        vars.sessionKey(),
        vars.itemIndex(),
        itemTitle != null ? itemTitle : title,
        vars.draftRound(),
        title,
        vars.presentationSummary(),
        vars.keyPoints(),
        vars.documentRef(),
        vars.durationMinutes(),
        vars.approvedBy(),
        vars.approvedByRole(),
        (approvedAt != null ? approvedAt : EngineClock.now()).toInstant(),
        execution.getProcessInstanceId(),
        null);
    long id = presentations.recordApproved(approved);
    vars.setApprovedPresentation(id, summary(approved.withId(id)));
  }

  static SpinJsonNode summary(ApprovedPresentation p) {
    SpinJsonNode json = JSON("{}");
    json.prop("id", p.id());
    json.prop("version", p.version());
    json.prop("title", p.title());
    json.prop("summary", p.summary());
    json.prop("keyPoints", JsonValues.stringArray(p.keyPoints()));
    if (p.documentRef() != null) {
      json.prop("documentRef", p.documentRef());
    }
    json.prop("durationMinutes", p.durationMinutes());
    if (p.approvedBy() != null) {
      json.prop("approvedBy", p.approvedBy());
    }
    json.prop("approvedByRole", p.approvedByRole());
    json.prop("approvedAt", p.approvedAt().toString());
    return json;
  }
}
