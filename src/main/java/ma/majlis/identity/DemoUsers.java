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

  /** id, first name, last name, groups. */
  public record DemoUser(String id, String firstName, String lastName, List<String> groups) {
  }

  public static final List<DemoUser> USERS = users();

  private final IdentityService identity;

  public DemoUsers(IdentityService identity) {
    this.identity = identity;
  }

  private static List<DemoUser> users() {
    List<DemoUser> users = new ArrayList<>(List.of(
        new DemoUser("secretary", "Salma", "Secretary", List.of(Groups.BOARD_SECRETARIAT)),
        new DemoUser("chair", "Board", "Chair", List.of(Groups.BOARD_CHAIR, Groups.BOARD_MEMBERS)),
        new DemoUser("director", "Acting", "Director", List.of(Groups.GENERAL_MANAGEMENT)),
        new DemoUser("controller", "State", "Controller", List.of(Groups.STATE_CONTROLLER)),
        new DemoUser("finance", "Ministry", "of Finance", List.of(Groups.FINANCE_MINISTRY)),
        new DemoUser("press", "Communication", "Office", List.of(Groups.COMMUNICATION)),
        new DemoUser("manager", "Majlis", "Manager", List.of(Groups.MANAGERS)),
        new DemoUser("integration", "Portal", "Integration", List.of(Groups.INTEGRATORS))));
    for (int i = 1; i <= 11; i++) {
      String id = String.format("member%02d", i);
      users.add(new DemoUser(id, "Member", String.format("%02d", i), List.of(Groups.BOARD_MEMBERS)));
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
      for (String group : demo.groups()) {
        if (identity.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
          identity.createMembership(demo.id(), group);
        }
      }
    }
    LOG.info("Demo identities ready ({} created); each demo user's password is its id", created);
  }
}
