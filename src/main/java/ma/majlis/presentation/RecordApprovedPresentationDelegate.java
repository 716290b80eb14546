package ma.majlis.presentation;

import ma.majlis.platform.JsonValues;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import ma.majlis.platform.EngineClock;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import ma.majlis.platform.Inputs;

import static ma.majlis.presentation.PresentationVariables.AGENDA_ITEM;
import static ma.majlis.presentation.PresentationVariables.APPROVED_AT;
import static ma.majlis.presentation.PresentationVariables.APPROVED_BY;
import static ma.majlis.presentation.PresentationVariables.APPROVED_BY_ROLE;
import static ma.majlis.presentation.PresentationVariables.APPROVED_PRESENTATION;
import static ma.majlis.presentation.PresentationVariables.DOCUMENT_REF;
import static ma.majlis.presentation.PresentationVariables.DRAFT_ROUND;
import static ma.majlis.presentation.PresentationVariables.DURATION_MINUTES;
import static ma.majlis.presentation.PresentationVariables.ITEM_INDEX;
import static ma.majlis.presentation.PresentationVariables.KEY_POINTS;
import static ma.majlis.presentation.PresentationVariables.PRESENTATION_ID;
import static ma.majlis.presentation.PresentationVariables.PRESENTATION_SUMMARY;
import static ma.majlis.presentation.PresentationVariables.PRESENTATION_TITLE;
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
    Inputs inputs = Inputs.of(execution);
    String title = inputs.requiredString(PRESENTATION_TITLE);
    String itemTitle = Inputs.text(inputs.optionalJson(AGENDA_ITEM), "title");
    List<String> keyPoints = DraftPresentationCheck.normalise(KEY_POINTS, inputs.requiredJsonArray(KEY_POINTS));
    Object itemIndex = execution.getVariable(ITEM_INDEX);
    Object approvedAt = execution.getVariable(APPROVED_AT);
    ApprovedPresentation approved = new ApprovedPresentation(null,
        RemindGeneralManagementDelegate.sessionKey(execution, inputs),
        itemIndex instanceof Number n ? n.intValue() : null,
        itemTitle != null ? itemTitle : title,
        ((Number) execution.getVariable(DRAFT_ROUND)).intValue(),
        title,
        inputs.requiredString(PRESENTATION_SUMMARY),
        keyPoints,
        inputs.optionalString(DOCUMENT_REF),
        ((Number) execution.getVariable(DURATION_MINUTES)).intValue(),
        inputs.optionalString(APPROVED_BY),
        inputs.requiredString(APPROVED_BY_ROLE),
        (approvedAt instanceof Date d ? d : EngineClock.now()).toInstant(),
        execution.getProcessInstanceId(),
        null);
    long id = presentations.recordApproved(approved);
    execution.setVariable(PRESENTATION_ID, id);
    Inputs.of(execution).setJson(APPROVED_PRESENTATION, summary(approved.withId(id)));
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
