package ma.majlis.platform;

import java.util.List;
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
}
