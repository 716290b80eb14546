package ma.majlis.browser;

import ma.majlis.process.ProcessKeys;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import ma.majlis.platform.EngineClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager finds in Cockpit what Cockpit (Community Edition) itself lists nowhere: a finished session. Majlis's
 * plugin adds "Board sessions" to Cockpit's header; the page lists the sessions, running and finished, with their
 * stage, date, resolutions and documents, read from Majlis's read API with the manager's Cockpit login (no other
 * credentials); a running session links to its process instance in Cockpit.
 */
class CockpitBoardSessionsBrowserIT extends BrowserTest {

  static final LocalDateTime HELD_DAY = LocalDate.now().plusDays(20).atTime(10, 0);
  static final String HELD = "CA-" + HELD_DAY.getYear() + "-S68";
  static final LocalDateTime RUNNING_DAY = LocalDate.now().plusDays(22).atTime(10, 0);
  static final String RUNNING = "CA-" + RUNNING_DAY.getYear() + "-S69";

  @Autowired
  HistoryService history;

  @Test
  void aManagerFindsAFinishedSessionWithItsResolutionsAndDocumentsAndOpensARunningOne() {
    session(HELD).start("ORDINARY", HELD_DAY.toString(), "TALLY");
    session(HELD).agenda(ma.majlis.support.Answers.ONE_DELIBERATION);
    session(HELD).prepare();
    session(HELD).approveConvocation();
    session(HELD).sessionDay(HELD_DAY, ma.majlis.support.Board.attendance(10, 0));
    session(HELD).open();
    session(HELD).debate();
    session(HELD).tally(10, 0, 0);
    session(HELD).close(HELD_DAY.plusHours(2));
    session(HELD).reviewMinutes();
    session(HELD).signMinutes();
    session(HELD).approvePressRelease();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(HELD)
        .processDefinitionKey(ProcessKeys.BOARD_SESSION).singleResult().getState())
        .as("the held session's process has ended: Cockpit's Processes no longer lists it")
        .isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    // Back to today (the held session moved the engine clock to its day), three weeks ahead of the next one.
    EngineClock.reset();
    String runningId = session(RUNNING).start("ORDINARY", RUNNING_DAY.toString(), "TALLY");
    session(RUNNING).agenda(ma.majlis.support.Answers.ONE_DELIBERATION);
    session(RUNNING).prepare();
    session(RUNNING).approveConvocation();

    Page page = logIn("cockpit", "manager");
    // The dashboard says where finished sessions are; the header has the page.
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("open the list of board sessions")))
        .isVisible();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Board sessions").setExact(true)).click();
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Board sessions"))).isVisible();

    // The held sessions of the year: the finished one with its resolution and its documents.
    page.getByLabel("Year").fill(Integer.toString(HELD_DAY.getYear()));
    page.getByLabel("Stage").selectOption(new com.microsoft.playwright.options.SelectOption()
        .setLabel("Held (closed, minutes signed or approved)"));
    button(page, "Show").click();
    Locator held = page.locator("tr[data-session='" + HELD + "']");
    assertThat(held).isVisible();
    assertThat(held).containsText("Minutes signed");
    assertThat(held).containsText("ended");
    Locator resolution = held.locator("[data-resolution='" + HELD + "-R01']");
    assertThat(resolution).containsText("adopted 10-0-0");
    assertThat(resolution).containsText("Partnership agreement with the social pole");
    assertThat(held.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(RUNNING_LINK))).hasCount(0);
    Locator minutes = held.locator("li", new Locator.LocatorOptions().setHasText(Pattern.compile("^Minutes \\(fr\\)")))
        .first();
    assertThat(minutes).isVisible();
    assertThat(page.locator("tr[data-session='" + RUNNING + "']")).hasCount(0);
    screenshot(page, "finished-session", "5-cockpit-board-sessions");

    // The minutes as HTML, opened from the list in a new tab with the same login.
    Page html = page.waitForPopup(() -> minutes.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
        .setName("HTML").setExact(true)).click());
    assertThat(html.locator("body")).containsText(HELD + "-R01");
    screenshot(html, "minutes-html");
    html.close();
    // ... and as PDF: the same link with ?format=pdf, served to the same login.
    String pdfHref = minutes.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("PDF").setExact(true))
        .getAttribute("href");
    assertThat(pdfHref).matches("/api/documents/\\d+\\?format=pdf");
    APIResponse pdf = page.context().request().get("http://localhost:" + port + pdfHref);
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
    assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");

    // The sessions before their day: the running one links to its process instance in Cockpit.
    page.getByLabel("Year").fill(Integer.toString(RUNNING_DAY.getYear()));
    page.getByLabel("Stage").selectOption(new com.microsoft.playwright.options.SelectOption()
        .setLabel("Before the session (requested, convened)"));
    button(page, "Show").click();
    Locator running = page.locator("tr[data-session='" + RUNNING + "']");
    assertThat(running).containsText("Convened");
    assertThat(page.locator("tr[data-session='" + HELD + "']")).hasCount(0);
    screenshot(page, "running-session");
    running.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(RUNNING_LINK)).click();
    assertThat(page).hasURL(Pattern.compile(".*#/process-instance/" + runningId + ".*"));
    assertThat(page.getByText("Business Key:")).isVisible();
    assertThat(page.getByText(RUNNING, new Page.GetByTextOptions().setExact(true))).isVisible();
    // Where it stands: the members' replies awaited.
    assertThat(page.locator("[data-element-id='Task_ConfirmAttendance']").first()).isVisible();
    screenshot(page, "running-instance");
  }

  private static final String RUNNING_LINK = "Open the running instance";
}
