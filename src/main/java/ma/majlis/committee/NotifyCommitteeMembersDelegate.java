package ma.majlis.committee;

import ma.majlis.process.SharedVariables;
import java.util.ArrayList;
import java.util.List;

import ma.majlis.platform.Inputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static ma.majlis.committee.CommitteeVariables.*;

/** ServiceTask_NotifyCommitteeMembers: one message to each member of the new committee. */
@Component
public class NotifyCommitteeMembersDelegate implements JavaDelegate {

  private final CommitteeService committees;

  public NotifyCommitteeMembersDelegate(CommitteeService committees) {
    this.committees = committees;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Inputs in = Inputs.of(execution);
    List<String> externals = CommitteeMembers.ids(EXTERNAL_MEMBER_IDS, in.requiredJsonArray(EXTERNAL_MEMBER_IDS));
    List<String> members = new ArrayList<>(CommitteeMembers.ids(BOARD_MEMBERS, in.requiredJsonArray(BOARD_MEMBERS)));
    members.addAll(externals);
    committees.notifyMembers((String) execution.getVariable(COMMITTEE_CODE),
        (String) execution.getVariable(COMMITTEE_NAME), (String) execution.getVariable(RESOLUTION_NUMBER),
        (String) execution.getVariable(SharedVariables.SESSION_KEY), (String) execution.getVariable(COMMITTEE_CHAIR), members, externals);
  }
}
