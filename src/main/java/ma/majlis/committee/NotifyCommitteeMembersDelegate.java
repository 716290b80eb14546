package ma.majlis.committee;

import ma.majlis.process.SharedVariables;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ServiceTask_NotifyCommitteeMembers: one message to each member of the new committee. */
@Component
public class NotifyCommitteeMembersDelegate implements JavaDelegate {

  private final CommitteeService committees;

  public NotifyCommitteeMembersDelegate(CommitteeService committees) {
    this.committees = committees;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CommitteeVariables vars = CommitteeVariables.of(execution);
    List<String> externals = vars.externalMemberIds();
    List<String> members = new ArrayList<>(vars.boardMembers());
    members.addAll(externals);
    committees.notifyMembers(vars.committeeCode(), vars.committeeName(), vars.resolutionNumber(), vars.sessionKey(),
        vars.committeeChair(), members, externals);
  }
}
