package ma.majlis.committee;

import ma.majlis.committee.CommitteeProposals.Decision;
import ma.majlis.platform.ApprovalCheck;
import ma.majlis.platform.ApprovalCheck.Approval;
import ma.majlis.platform.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_AppointCommittee: the chair appoints the committee as proposed, or returns the proposal with remarks (the
 * checks of every approval, {@link ApprovalCheck}); his decision is recorded on the proposal his form showed, the
 * latest ({@link CommitteeProposals}), and the committee is created from that record.
 */
@Component("appointCommitteeCheck")
public class AppointCommitteeCheckAndRecord implements TaskListener {

  private final CommitteeProposals proposals;

  public AppointCommitteeCheckAndRecord(CommitteeProposals proposals) {
    this.proposals = proposals;
  }

  @Override
  public void notify(DelegateTask task) {
    Approval approval = ApprovalCheck.read(task);
    ApprovalCheck.route(task, approval);
    proposals.decide(task.getExecution().getProcessBusinessKey(),
        approval.approved() ? Decision.APPOINTED : Decision.RETURNED, approval.remarks(), CurrentUser.completing(task));
  }
}
