package ma.majlis.platform;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Runs identity reads and writes that a step needs whatever the current user may do: a check that asks whether
 * a user exists, a step that creates a committee's group. Inside an engine command (a delegate, a task listener)
 * the command context's authorization checks are switched off for the call and switched back on afterwards;
 * outside a command the work simply runs.
 */
public final class WithoutAuthorization {

  private WithoutAuthorization() {
  }

  public static <T> T call(Supplier<T> work) {
    CommandContext context = Context.getCommandContext();
    if (context == null || !context.isAuthorizationCheckEnabled()) {
      return work.get();
    }
    context.disableAuthorizationCheck();
    try {
      return work.get();
    } finally {
      context.enableAuthorizationCheck();
    }
  }

  public static void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }

  /** The ids of the users in a group, sorted. */
  public static List<String> membersOf(IdentityService identity, String groupId) {
    return call(() -> identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list()
        .stream().map(User::getId).toList());
  }

  public static boolean userExists(IdentityService identity, String userId) {
    return call(() -> identity.createUserQuery().userId(userId).count() > 0);
  }

  public static boolean isMember(IdentityService identity, String userId, String groupId) {
    return call(() -> identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0);
  }

  /**
   * Runs, outside an engine command, a lookup whatever the current user may see (the REST layer finding the task a
   * request is about, the form that names a refused field): the caller's authentication is taken off for the
   * lookup and put back afterwards.
   */
  public static <T> T asEngine(IdentityService identity, Supplier<T> lookup) {
    org.camunda.bpm.engine.impl.identity.Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return lookup.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  /** A user's first and last name, or the id when the user has no name (or does not exist). */
  public static String displayName(IdentityService identity, String userId) {
    return displayName(call(() -> identity.createUserQuery().userId(userId).singleResult()), userId);
  }

  /**
   * The users of {@code userIds} that exist, by id, in one query (a step that names or writes to a dozen people asks
   * the engine once, not once each).
   */
  public static Map<String, User> users(IdentityService identity, Collection<String> userIds) {
    String[] ids = userIds.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
    if (ids.length == 0) {
      return Map.of();
    }
    Map<String, User> users = new HashMap<>();
    call(() -> identity.createUserQuery().userIdIn(ids).list()).forEach(user -> users.put(user.getId(), user));
    return users;
  }

  /** {@link #displayName} of each of {@code userIds}, by id, in one query. */
  public static Map<String, String> displayNames(IdentityService identity, Collection<String> userIds) {
    Map<String, User> users = users(identity, userIds);
    Map<String, String> names = new HashMap<>();
    userIds.stream().filter(Objects::nonNull).forEach(id -> names.put(id, displayName(users.get(id), id)));
    return names;
  }

  private static String displayName(User user, String userId) {
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? userId : name;
  }
}
