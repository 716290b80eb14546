package ma.majlis.committee;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_CreateCommittee: the committee the chair appointed, as recorded ({@link CommitteeProposals}): the body,
 * its group {@code committee-<code>}, accounts and memberships.
 */
@Component
public class CreateCommitteeDelegate implements JavaDelegate {

  private final CommitteeService committees;
  private final CommitteeProposals proposals;

  public CreateCommitteeDelegate(CommitteeService committees, CommitteeProposals proposals) {
    this.committees = committees;
    this.proposals = proposals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    committees.create(appointed(CommitteeVariables.of(execution), proposals));
  }

  /**
   * The committee as appointed: the recorded proposal; for a proposal made before proposals were recorded (an
   * instance already past its proposal then), as its variables say.
   */
  static CommitteeSetup appointed(CommitteeVariables vars, CommitteeProposals proposals) {
    return proposals.toSetUp(vars.resolutionNumber()).orElseGet(() -> new CommitteeSetup(vars.resolutionNumber(),
        vars.committeeCode(), vars.committeeName(), vars.mandate(), vars.boardMembers(), vars.externalMembers(),
        vars.committeeChair(), vars.rapporteur(), vars.reportingRhythm()));
  }
}
