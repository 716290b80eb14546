package ma.majlis.browser;

import java.time.LocalDate;
import java.time.LocalDateTime;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * No control that cannot work for the person: Tasklist offers nobody "Create task", members no "Start process", no
 * date, group or Cockpit link to edit on a task, and nobody the Camunda 8 banner; in Cockpit a manager (read only)
 * sees no button to cancel, suspend or edit, which an administrator still has.
 */
class WebappControlsBrowserIT extends BrowserTest {

  static final LocalDateTime SESSION_DAY = LocalDate.now().plusDays(45).atTime(10, 0);
  static final String KEY = "CA-" + SESSION_DAY.getYear() + "-S73";

  @Test
  void eachPersonSeesOnlyTheControlsThatWorkForThem() {
    String instance = session(KEY).start("ORDINARY", SESSION_DAY.toString(), "TALLY");
    session(KEY).agenda(ma.majlis.support.Answers.ONE_DELIBERATION);
    session(KEY).prepare();
    session(KEY).approveConvocation();

    Page member = logIn("tasklist", "member01");
    openFilter(member, "My tasks");
    showTasksOfSession(member, KEY);
    openTask(member, "Confirm your attendance");
    assertThat(member.getByText("Will you attend?")).isVisible();
    for (String control : new String[] {"Create task", "Start process", "Set follow-up date", "Add groups"}) {
      assertThat(member.getByText(control, new Page.GetByTextOptions().setExact(true))).isHidden();
    }
    assertThat(member.locator(".ce-eol-banner")).isHidden();
    assertThat(member.locator(".instance-link")).isHidden();
    screenshot(member, "member-task");

    Page secretary = logIn("tasklist", "secretary");
    assertThat(secretary.getByText("Start process", new Page.GetByTextOptions().setExact(true))).isVisible();
    assertThat(secretary.getByText("Create task", new Page.GetByTextOptions().setExact(true))).isHidden();

    Page manager = logIn("cockpit", "manager");
    manager.navigate(appUrl("cockpit") + "#/process-instance/" + instance + "/runtime");
    assertThat(manager.getByText(KEY).first()).isVisible();
    assertThat(manager.locator(".ce-eol-banner")).isHidden();
    assertThat(manager.locator("[uib-tooltip='Suspend Process Instance']")).isHidden();
    assertThat(manager.locator("[uib-tooltip='Delete running process instance']")).isHidden();
    assertThat(manager.locator("button[ng-click^='enableEditMode']").first()).isHidden();
    screenshot(manager, "manager-instance");

    Page admin = logIn("cockpit", "admin");
    admin.navigate(appUrl("cockpit") + "#/process-instance/" + instance + "/runtime");
    assertThat(admin.locator("[uib-tooltip='Suspend Process Instance']")).isVisible();
    assertThat(admin.locator("button[ng-click^='enableEditMode']").first()).isVisible();
  }
}
