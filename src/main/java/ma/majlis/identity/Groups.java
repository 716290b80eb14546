package ma.majlis.identity;

import java.util.List;

/** The Camunda groups of the contract (see the README's "Groups and who may do what"). */
public final class Groups {

  public static final String BOARD_SECRETARIAT = "board-secretariat";
  public static final String BOARD_CHAIR = "board-chair";
  public static final String GENERAL_MANAGEMENT = "general-management";
  public static final String BOARD_MEMBERS = "board-members";
  public static final String STATE_CONTROLLER = "state-controller";
  public static final String FINANCE_MINISTRY = "finance-ministry";
  public static final String COMMUNICATION = "communication";
  public static final String MANAGERS = "managers";
  public static final String INTEGRATORS = "integrators";
  public static final String ADMINISTRATORS = "camunda-admin";

  /** Groups whose members work in Tasklist. */
  public static final List<String> STAFF = List.of(BOARD_SECRETARIAT, BOARD_CHAIR, GENERAL_MANAGEMENT, BOARD_MEMBERS,
      STATE_CONTROLLER, FINANCE_MINISTRY, COMMUNICATION);

  /** Groups whose tasks are offered to the whole group (members' tasks are assigned to each member instead). */
  public static final List<String> TASK_GROUPS = List.of(BOARD_SECRETARIAT, BOARD_CHAIR, GENERAL_MANAGEMENT,
      STATE_CONTROLLER, FINANCE_MINISTRY, COMMUNICATION);

  private Groups() {
  }

  /** The group of a committee's members: {@code committee-<code in lower case>}. */
  public static String committee(String code) {
    return "committee-" + code.toLowerCase(java.util.Locale.ROOT);
  }

  public static String displayName(String groupId) {
    return switch (groupId) {
      case BOARD_SECRETARIAT -> "Board secretariat";
      case BOARD_CHAIR -> "Board chair";
      case GENERAL_MANAGEMENT -> "General management";
      case BOARD_MEMBERS -> "Board members";
      case STATE_CONTROLLER -> "State controller";
      case FINANCE_MINISTRY -> "Ministry of Finance";
      case COMMUNICATION -> "Communication office";
      case MANAGERS -> "Managers";
      case INTEGRATORS -> "Integrators";
      default -> groupId;
    };
  }
}
