package ma.majlis.session;

import ma.majlis.board.SessionOf;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import ma.majlis.identity.Groups;
import ma.majlis.platform.EveryUserTask;
import ma.majlis.platform.WithoutAuthorization;

import static org.camunda.spin.Spin.JSON;

/**
 * People are chosen by name, never typed as user ids: the tasks whose forms name a person get, when they are
 * created, a task-local Json list of {@code {label: "<first> <last>", value: "<user id>"}} that the form's select
 * (or tag list) offers through its {@code valuesKey}:
 * <ul>
 *   <li>{@code Task_ConfirmAttendance}: {@code proxyHolderOptions}, the other members convened (as recorded);</li>
 *   <li>{@code Task_ProposeCommitteeMembers}: {@code boardMemberOptions}, the board's members (for the committee's
 *   members, its chair and its rapporteur);</li>
 *   <li>{@code Task_AssignFollowUp}: {@code ownerOptions}, general management, then the board and the
 *   secretariat;</li>
 *   <li>{@code Task_PrepareAgenda}: {@code rapporteurOptions}, general management and the board's members.</li>
 * </ul>
 * The lists only offer; each task's check still decides whether the person chosen may be chosen.
 */
@Component
public class PeopleChoices implements EveryUserTask {

  public static final String PROXY_HOLDER_OPTIONS = "proxyHolderOptions";
  public static final String BOARD_MEMBER_OPTIONS = "boardMemberOptions";
  public static final String OWNER_OPTIONS = "ownerOptions";
  public static final String RAPPORTEUR_OPTIONS = "rapporteurOptions";

  private final IdentityService identity;
  private final SessionMembers convened;

  public PeopleChoices(IdentityService identity, SessionMembers convened) {
    this.identity = identity;
    this.convened = convened;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getTaskDefinitionKey()) {
      case "Task_ConfirmAttendance" -> {
        List<String> others = new ArrayList<>(convened.of(SessionOf.key(task.getExecution())));
        others.remove(task.getAssignee());
        offer(task, PROXY_HOLDER_OPTIONS, others);
      }
      case "Task_ProposeCommitteeMembers" -> offer(task, BOARD_MEMBER_OPTIONS, members(Groups.BOARD_MEMBERS));
      case "Task_AssignFollowUp" -> offer(task, OWNER_OPTIONS,
          members(Groups.GENERAL_MANAGEMENT, Groups.BOARD_MEMBERS, Groups.BOARD_SECRETARIAT));
      case "Task_PrepareAgenda" -> offer(task, RAPPORTEUR_OPTIONS,
          members(Groups.GENERAL_MANAGEMENT, Groups.BOARD_MEMBERS));
      default -> { }
    }
  }

  private List<String> members(String... groups) {
    Set<String> ids = new LinkedHashSet<>();
    for (String group : groups) {
      ids.addAll(WithoutAuthorization.membersOf(identity, group));
    }
    return new ArrayList<>(ids);
  }

  private void offer(DelegateTask task, String variable, List<String> userIds) {
    SpinJsonNode options = JSON("[]");
    for (String id : userIds) {
      SpinJsonNode option = JSON("{}");
      option.prop("label", WithoutAuthorization.displayName(identity, id));
      option.prop("value", id);
      options.append(option);
    }
    task.setVariableLocal(variable, SpinValues.jsonValue(options.toString()).create());
  }

}
