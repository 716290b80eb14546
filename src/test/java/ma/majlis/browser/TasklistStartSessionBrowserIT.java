package ma.majlis.browser;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ma.majlis.support.Engine;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat requests a session in Tasklist with the start form and fills its agenda with the dynamic list; the
 * form refuses a wrong value before it is sent, and the server's refusal of a session number already used is shown.
 */
class TasklistStartSessionBrowserIT extends BrowserTest {

  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService taskService;

  @Test
  void theSecretariatStartsASessionWithTheStartFormAndFillsTheAgendaWithTheDynamicList() {
    Page page = logIn("tasklist", "secretary");
    Locator form = openStartForm(page);
    textbox(form, "Year").fill("2061");
    textbox(form, "Session number in the year").fill("1");
    plannedStart(form, "24/12/2061", "10:00");
    textbox(form, "Venue").fill("Headquarters, Rabat");
    textbox(form, "Health measures (optional)").fill("None this time.");
    radio(page, "Roll call: each member votes in Tasklist").check();
    form.getByText("Request a session").scrollIntoViewIfNeeded();
    screenshot(page, "start-form");
    button(page, "Start").click();
    assertThat(page.getByText("The process has been started.")).isVisible();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("CA-2061-S1").count()).isEqualTo(1);

    // The new task is in the secretariat's list; the list is narrowed to the new session.
    openFilter(page, "Board secretariat");
    showTasksOfSession(page, "CA-2061-S1");
    screenshot(page, "task-in-list");
    openTask(page, "Prepare the agenda");
    assertThat(page.getByRole(AriaRole.HEADING,
        new Page.GetByRoleOptions().setName("Agenda of session CA-2061-S1"))).isVisible();
    claim(page);

    // The opening address is proposed; two deliberations are added with "Add new", each in the new row at the bottom.
    assertThat(textbox(page, "Title").first()).hasValue("Opening address of the chair");
    addAgendaItem(page, "Draft action plan 2062", "Deliberation (vote)", "Action plan");
    addAgendaItem(page, "Draft budget 2062", "Deliberation (vote)", "Budget");
    // the rapporteur is chosen by name in the new row
    choose(page, select(page, "Rapporteur (optional)").last(), "Acting Director");
    screenshot(page, "agenda-form");
    saveThenComplete(page);
    assertThat(page.getByText("Agenda of session CA-2061-S1")).isHidden();
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Prepare the agenda"))).isHidden();
    screenshot(page, "agenda-completed");

    // General management now prepares a dossier for each deliberation.
    Engine api = new Engine(rest);
    List<JsonNode> dossiers = api.tasks("director", "CA-2061-S1", "Task_PrepareItemDossier");
    assertThat(dossiers).extracting(d -> api.jsonVariable("director", d.path("id").asText(), "agendaItem")
        .path("title").asText()).contains("Draft action plan 2062", "Draft budget 2062");
    assertThat(dossiers).extracting(d -> api.jsonVariable("director", d.path("id").asText(), "agendaItem")
        .path("rapporteur").asText()).contains("director");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey("CA-2061-S1")
        .taskDefinitionKey("Task_PrepareAgenda").count()).isZero();
  }

  @Test
  void theFormRefusesAYearBefore2000AndTheServersRefusalOfAUsedSessionNumberIsShown() {
    new BoardSessions(rest, jobs).start("CA-2062-S1", "ORDINARY", "2062-06-20T10:00", "TALLY");

    Page page = logIn("tasklist", "secretary");
    Locator form = openStartForm(page);
    textbox(form, "Year").fill("1999");
    textbox(form, "Session number in the year").fill("1");
    plannedStart(form, "20/07/2062", "10:00");
    assertThat(page.getByText("Field must have minimum value of 2000.")).isVisible();
    assertThat(button(page, "Start")).isDisabled();
    screenshot(page, "year-too-early");

    // Corrected year, but session 1 of 2062 exists already: the server refuses and says why; nothing is started.
    textbox(form, "Year").fill("2062");
    assertThat(page.getByText("Field must have minimum value of 2000.")).isHidden();
    button(page, "Start").click();
    Locator refusal = page.getByText("a session CA-2062-S1 already exists");
    assertThat(refusal).isVisible();
    refusal.scrollIntoViewIfNeeded();
    screenshot(page, "session-number-used");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("CA-2062-S1").count()).isEqualTo(1);
  }

  /** Start process → Board session: the start form, inside the dialog. */
  private Locator openStartForm(Page page) {
    page.getByRole(AriaRole.LINK,
        new Page.GetByRoleOptions().setName("Start process")).click();
    page.getByRole(AriaRole.LINK,
        new Page.GetByRoleOptions().setName("Board session")).click();
    Locator dialog = page.getByRole(AriaRole.DIALOG);
    assertThat(dialog.getByText("Request a session")).isVisible();
    return dialog;
  }

  /** Types the date and time as a person does, confirming each with Enter. */
  private static void plannedStart(Locator form, String date, String time) {
    Locator dateBox = textbox(form, "Date");
    dateBox.click();
    dateBox.pressSequentially(date);
    dateBox.press("Enter");
    Locator timeBox = textbox(form, "Time");
    timeBox.click();
    timeBox.pressSequentially(time);
    timeBox.press("Enter");
  }

  private static void addAgendaItem(Page page, String title, String kind, String subject) {
    button(page, "Add new").click();
    textbox(page, "Title").last().fill(title);
    choose(page, select(page, "Kind").last(), kind);
    choose(page, select(page, "Subject of the deliberation").last(), subject);
  }
}
