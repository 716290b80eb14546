package ma.majlis.session;

import ma.majlis.process.TaskIds;

import ma.majlis.board.SessionOf;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import ma.majlis.identity.Groups;
import ma.majlis.language.Language;
import ma.majlis.platform.ShownTask;
import ma.majlis.platform.ShownValues;

import static org.camunda.spin.Spin.JSON;

/**
 * People are chosen by name, never typed as user ids: the forms that name a person are shown, when they are read
 * ({@link ShownValues}, never stored), a Json list of {@code {label: "<first> <last>", value: "<user id>"}} that the
 * form's select (or tag list) offers through its {@code valuesKey}:
 * <ul>
 *   <li>{@code Task_ConfirmAttendance}: {@code proxyHolderOptions}, the other members convened (as recorded);</li>
 *   <li>{@code Task_ProposeCommitteeMembers}: {@code boardMemberOptions}, the board's members (for the committee's
 *   members, its chair and its rapporteur);</li>
 *   <li>{@code Task_AssignFollowUp}: {@code ownerOptions}, general management, then the board and the
 *   secretariat;</li>
 *   <li>{@code Task_PrepareAgenda}: {@code rapporteurOptions}, general management and the board's members.</li>
 * </ul>
 * The lists only offer; each task's check still decides whether the person chosen may be chosen. One query of the
 * users per group (or one for the members convened), names included.
 */
@Component
public class PeopleChoices implements ShownValues {

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
  public void addTo(Map<String, TypedValue> shown, ShownTask task, Language language) {
    switch (task.definitionKey()) {
      case TaskIds.CONFIRM_ATTENDANCE -> {
        if (task.businessKey() != null) {
          List<String> others = new ArrayList<>(convened.of(task.businessKey()));
          others.remove(task.assignee());
          shown.put(PROXY_HOLDER_OPTIONS, offer(named(others)));
        }
      }
      case TaskIds.PROPOSE_COMMITTEE_MEMBERS -> shown.put(BOARD_MEMBER_OPTIONS, offer(members(Groups.BOARD_MEMBERS)));
      case TaskIds.ASSIGN_FOLLOW_UP -> shown.put(OWNER_OPTIONS,
          offer(members(Groups.GENERAL_MANAGEMENT, Groups.BOARD_MEMBERS, Groups.BOARD_SECRETARIAT)));
      case TaskIds.PREPARE_AGENDA -> shown.put(RAPPORTEUR_OPTIONS,
          offer(members(Groups.GENERAL_MANAGEMENT, Groups.BOARD_MEMBERS)));
      default -> { }
    }
  }

  /** The members of the groups, each group's in the order of their ids, a person once: id to name. */
  private Map<String, String> members(String... groups) {
    Map<String, String> people = new LinkedHashMap<>();
    for (String group : groups) {
      identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list()
          .forEach(user -> people.putIfAbsent(user.getId(), name(user)));
    }
    return people;
  }

  /** The users in the order given, with their names (the id for a user without a name or who does not exist). */
  private Map<String, String> named(List<String> userIds) {
    Map<String, String> names = new LinkedHashMap<>();
    if (!userIds.isEmpty()) {
      identity.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list()
          .forEach(user -> names.put(user.getId(), name(user)));
    }
    Map<String, String> people = new LinkedHashMap<>();
    userIds.forEach(id -> people.put(id, names.getOrDefault(id, id)));
    return people;
  }

  /** A user's first and last name, or the id when the user has no name. */
  private static String name(User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? user.getId() : name;
  }

  private static TypedValue offer(Map<String, String> people) {
    SpinJsonNode options = JSON("[]");
    people.forEach((id, name) -> {
      SpinJsonNode option = JSON("{}");
      option.prop("label", name);
      option.prop("value", id);
      options.append(option);
    });
    return SpinValues.jsonValue(options.toString()).create();
  }
}
