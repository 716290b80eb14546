package ma.majlis.presentation;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import ma.majlis.platform.EngineClock;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_RecordApprovedPresentation}: the approved version is recorded by the approving check, in the
 * approval's own transaction (table {@code presentation}: who approved, when, and what, never passed on through
 * variables), and the session's forms read it from there ({@link PresentationCaptions}); this step records only a
 * review approved before the approval wrote its row (its approval in the variables {@code approvedBy}, {@code
 * approvedByRole}, {@code approvedAt}), as it was then. It no longer writes {@code presentationId} and {@code
 * approvedPresentation}: they stayed in the review's process, which no step and no form of the session read.
 */
@Component
public class RecordApprovedPresentationDelegate implements JavaDelegate {

  private final PresentationService presentations;

  public RecordApprovedPresentationDelegate(PresentationService presentations) {
    this.presentations = presentations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (presentations.findByReview(execution.getProcessInstanceId()).isPresent()) {
      return; // recorded by the approval itself
    }
    PresentationVariables vars = PresentationVariables.of(execution);
    Date approvedAt = vars.approvedAt();
    presentations.recordApproved(approvedVersion(vars, vars.approvedBy(), vars.approvedByRole(),
        (approvedAt != null ? approvedAt : EngineClock.now()).toInstant(), execution.getProcessInstanceId()));
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
}
