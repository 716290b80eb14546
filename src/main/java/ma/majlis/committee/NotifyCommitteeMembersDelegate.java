package ma.majlis.committee;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ServiceTask_NotifyCommitteeMembers: one message to each member of the new committee, as the chair appointed it. */
@Component
public class NotifyCommitteeMembersDelegate implements JavaDelegate {

  private final CommitteeService committees;
  private final CommitteeProposals proposals;

  public NotifyCommitteeMembersDelegate(CommitteeService committees, CommitteeProposals proposals) {
    this.committees = committees;
    this.proposals = proposals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CommitteeVariables vars = CommitteeVariables.of(execution);
    CommitteeSetup committee = CreateCommitteeDelegate.appointed(vars, proposals);
    committees.notifyMembers(committee.code(), committee.name(), committee.resolutionNumber(), vars.sessionKey(),
        committee.chair(), committee.memberIds(), committee.externalMemberIds());
  }
}
