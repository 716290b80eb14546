package ma.majlis.committee;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ServiceTask_CreateCommittee: the body, its group {@code committee-<code>}, accounts and memberships. */
@Component
public class CreateCommitteeDelegate implements JavaDelegate {

  private final CommitteeService committees;

  public CreateCommitteeDelegate(CommitteeService committees) {
    this.committees = committees;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CommitteeVariables vars = CommitteeVariables.of(execution);
    CommitteeSetup setup = new CommitteeSetup(vars.resolutionNumber(), vars.committeeCode(), vars.committeeName(),
        vars.mandate(), vars.boardMembers(), vars.externalMembers(), vars.committeeChair(), vars.rapporteur(),
        vars.reportingRhythm());
    CreatedCommittee created = committees.create(setup);
    vars.setCommitteeGroup(created.groupId());
    vars.setExternalMemberIds(created.externalMemberIds());
  }
}
