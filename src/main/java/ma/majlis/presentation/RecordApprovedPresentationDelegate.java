package ma.majlis.presentation;

import ma.majlis.platform.JsonValues;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import ma.majlis.platform.EngineClock;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import static org.camunda.spin.Spin.JSON;

/**
 * {@code ServiceTask_RecordApprovedPresentation}: returns to the session {@code presentationId} and
 * {@code approvedPresentation} (a Json summary for the agenda item), read from the version the approval recorded
 * (table {@code presentation}, written by the approving check in the approval's own transaction: who approved,
 * when, and what, never passed on through variables). A review approved before the approval wrote its row (its
 * approval in the variables {@code approvedBy}, {@code approvedByRole}, {@code approvedAt}) is recorded here, as it
 * was then.
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
    ApprovedPresentation approved = presentations.findByReview(execution.getProcessInstanceId())
        .orElseGet(() -> {
          Date approvedAt = vars.approvedAt();
          ApprovedPresentation before = approvedVersion(vars, vars.approvedBy(), vars.approvedByRole(),
              (approvedAt != null ? approvedAt : EngineClock.now()).toInstant(), execution.getProcessInstanceId());
          return before.withId(presentations.recordApproved(before));
        });
    vars.setApprovedPresentation(approved.id(), summary(approved));
  }

  /** The current draft, as approved by {@code approvedBy} ({@code role}: SECRETARIAT or CHAIR) at {@code at}. */
  static ApprovedPresentation approvedVersion(PresentationVariables vars, String approvedBy, String role, Instant at,
      String processInstanceId) {
    String title = vars.requiredPresentationTitle();
    String itemTitle = vars.agendaItemTitle();
    return new ApprovedPresentation(null,
        vars.sessionKey(),
        vars.itemIndex(),
        itemTitle != null ? itemTitle : title,
        vars.draftRound(),
        title,
        vars.presentationSummary(),
        vars.keyPoints(),
        vars.documentRef(),
        vars.durationMinutes(),
        approvedBy,
        role,
        at,
        processInstanceId,
        null);
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
