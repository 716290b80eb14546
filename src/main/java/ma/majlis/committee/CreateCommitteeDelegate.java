package ma.majlis.committee;

import ma.majlis.platform.JsonValues;

import ma.majlis.platform.Inputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static ma.majlis.committee.CommitteeVariables.*;

/** ServiceTask_CreateCommittee: the body, its group {@code committee-<code>}, accounts and memberships. */
@Component
public class CreateCommitteeDelegate implements JavaDelegate {

  private final CommitteeService committees;

  public CreateCommitteeDelegate(CommitteeService committees) {
    this.committees = committees;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Inputs in = Inputs.of(execution);
    CommitteeSetup setup = new CommitteeSetup(
        (String) execution.getVariable(RESOLUTION_NUMBER),
        (String) execution.getVariable(COMMITTEE_CODE),
        (String) execution.getVariable(COMMITTEE_NAME),
        (String) execution.getVariable(MANDATE),
        CommitteeMembers.ids(BOARD_MEMBERS, in.requiredJsonArray(BOARD_MEMBERS)),
        CommitteeMembers.externals(EXTERNAL_MEMBERS, in.requiredJsonArray(EXTERNAL_MEMBERS)),
        (String) execution.getVariable(COMMITTEE_CHAIR),
        (String) execution.getVariable(RAPPORTEUR),
        ReportingRhythm.valueOf((String) execution.getVariable(REPORTING_RHYTHM)));
    CreatedCommittee created = committees.create(setup);
    execution.setVariable(COMMITTEE_GROUP, created.groupId());
    in.setJson(EXTERNAL_MEMBER_IDS, JsonValues.stringArray(created.externalMemberIds()));
  }
}
