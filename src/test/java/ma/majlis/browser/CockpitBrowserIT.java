package ma.majlis.browser;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A manager follows the sessions in Cockpit: the running sessions with their business keys, one session's diagram
 * with where it stands.
 */
class CockpitBrowserIT extends BrowserTest {

  static final LocalDateTime SESSION_DAY = LocalDate.now().plusDays(40).atTime(10, 0);
  static final String WAITING = "CA-" + SESSION_DAY.getYear() + "-S65";
  static final String CONVENED = "CA-" + SESSION_DAY.getYear() + "-S66";

  private static final Pattern INSTANCE_ID = Pattern.compile("^[0-9a-f]{8}-[0-9a-f-]{27}$");

  @Test
  void aManagerSeesTheRunningSessionsByBusinessKeyAndOneSessionsDiagramWithWhereItStands() {
    session(WAITING).start("ORDINARY", SESSION_DAY.toString(), "TALLY");
    session(CONVENED).start("ORDINARY", SESSION_DAY.plusDays(1).toString(), "TALLY");
    session(CONVENED).agenda(ma.majlis.support.Answers.ONE_DELIBERATION);
    session(CONVENED).prepare();
    session(CONVENED).approveConvocation();

    Page page = logIn("cockpit", "manager");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Processes").setExact(true)).first().click();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Board session").setExact(true)).click();
    Locator waiting = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(WAITING));
    Locator convened = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(CONVENED));
    assertThat(waiting).isVisible();
    assertThat(convened).isVisible();
    screenshot(page, "board-sessions");

    // The instance's id is the link of its row.
    convened.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(INSTANCE_ID)).click();
    assertThat(page.getByText("Business Key:")).isVisible();
    assertThat(page.getByText(CONVENED, new Page.GetByTextOptions().setExact(true))).isVisible();

    // The diagram renders, and the session stands at the members' replies: twelve "Confirm your attendance" running.
    Locator replies = page.locator("[data-element-id='Task_ConfirmAttendance']").first();
    assertThat(replies).isVisible();
    Locator runningCount = page.locator(".djs-overlays[data-container-id='Task_ConfirmAttendance'] .instance-count");
    assertThat(runningCount).hasText("12");
    // Zoom in on it (Ctrl + mouse wheel over the activity) and select it, as a manager would to look closer.
    var box = replies.boundingBox();
    page.mouse().move(box.x + box.width / 2, box.y + box.height / 2);
    page.keyboard().down("Control");
    for (int i = 0; i < 4; i++) {
      page.mouse().wheel(0, -120);
    }
    page.keyboard().up("Control");
    replies.click();
    assertThat(replies).hasClass(Pattern.compile("\\bhighlight\\b"));
    // The user tasks of the selected activity: one per member, assigned to each.
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("User Tasks").setExact(true)).click();
    assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("member01"))).isVisible();
    screenshot(page, "session", "4-cockpit-session");
  }
}
