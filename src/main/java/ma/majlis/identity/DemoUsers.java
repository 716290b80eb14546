package ma.majlis.identity;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo identities of the acceptance scenario, each with its id as password (as Camunda's demo/demo).
 * Only when {@code majlis.demo-users=true}: the default (demo) profile; never in prod.
 */
@Component
@ConditionalOnProperty(name = "majlis.demo-users", havingValue = "true")
public class DemoUsers {

  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

  /** id, first name, last name, groups, language ({@code ar} or {@code fr}). */
  public record DemoUser(String id, String firstName, String lastName, List<String> groups, String language) {
  }

  public static final List<DemoUser> USERS = users();

  /** The board's twelve voting members (group {@code board-members}): the chair and member01 to member11. */
  public static final List<String> BOARD_MEMBERS = USERS.stream()
      .filter(user -> user.groups().contains(Groups.BOARD_MEMBERS)).map(DemoUser::id).toList();

  private final IdentityService identity;
  private final UserPreferences preferences;

  public DemoUsers(IdentityService identity, UserPreferences preferences) {
    this.identity = identity;
    this.preferences = preferences;
  }

  /** Moroccan names; the chair, the secretary and member01–member05 read Arabic, the others French (README). */
  private static List<DemoUser> users() {
    List<DemoUser> users = new ArrayList<>(List.of(
        new DemoUser("secretary", "Salma", "Bennani", List.of(Groups.BOARD_SECRETARIAT), "ar"),
        new DemoUser("chair", "Ahmed", "El Alaoui", List.of(Groups.BOARD_CHAIR, Groups.BOARD_MEMBERS), "ar"),
        new DemoUser("director", "Karim", "Tazi", List.of(Groups.GENERAL_MANAGEMENT), "fr"),
        new DemoUser("controller", "Nadia", "Berrada", List.of(Groups.STATE_CONTROLLER), "fr"),
        new DemoUser("finance", "Youssef", "Chraibi", List.of(Groups.FINANCE_MINISTRY), "fr"),
        new DemoUser("press", "Leila", "Fassi", List.of(Groups.COMMUNICATION), "fr"),
        new DemoUser("manager", "Omar", "Idrissi", List.of(Groups.MANAGERS), "fr"),
        new DemoUser("integration", "Hicham", "Ziani", List.of(Groups.INTEGRATORS), "fr")));
    String[][] members = {
        {"Fatima Zahra", "Amrani"}, {"Mohammed", "Benjelloun"}, {"Khadija", "Ouazzani"}, {"Rachid", "Lahlou"},
        {"Amina", "Sqalli"}, {"Hassan", "Kettani"}, {"Samira", "Benkirane"}, {"Abdellah", "Filali"},
        {"Zineb", "Cherkaoui"}, {"Mustapha", "Raji"}, {"Houda", "Bennis"}};
    for (int i = 1; i <= members.length; i++) {
      users.add(new DemoUser(String.format("member%02d", i), members[i - 1][0], members[i - 1][1],
          List.of(Groups.BOARD_MEMBERS), i <= 5 ? "ar" : "fr"));
    }
    return List.copyOf(users);
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(2)
  public void createDemoUsers() {
    int created = 0;
    for (DemoUser demo : USERS) {
      if (identity.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identity.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.id() + "@majlis.example");
        user.setPassword(demo.id());
        identity.saveUser(user);
        created++;
      }
      if (preferences.chosen(demo.id()).isEmpty()) {
        preferences.setLanguage(demo.id(), demo.language(), "demo");
      }
      for (String group : demo.groups()) {
        if (identity.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
          identity.createMembership(demo.id(), group);
        }
      }
    }
    LOG.info("Demo identities ready ({} created); each demo user's password is its id", created);
  }
}
