package ma.majlis.api;

import java.util.Collection;
import java.util.List;

import ma.majlis.identity.Groups;

/**
 * Who may read the read API: the authenticated users of the contract's groups (staff, managers, integrators).
 * Anyone else authenticated gets 403. The API reads through Majlis's own services, so this check, not the
 * engine's authorizations, decides what a caller may read.
 */
public final class ApiReaders {

  public static final List<String> GROUPS = List.of(Groups.BOARD_MEMBERS, Groups.BOARD_CHAIR, Groups.BOARD_SECRETARIAT,
      Groups.MANAGERS, Groups.INTEGRATORS, Groups.GENERAL_MANAGEMENT, Groups.STATE_CONTROLLER,
      Groups.FINANCE_MINISTRY, Groups.COMMUNICATION);

  private ApiReaders() {
  }

  public static boolean mayRead(Collection<String> groupIds) {
    return groupIds != null && groupIds.stream().anyMatch(GROUPS::contains);
  }
}
