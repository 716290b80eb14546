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
  void theSecretariatStartsASessionWithTheStartFormAndFillsTheAgendaWithTheDynamicListInFrench() {
    // the secretariat works in French here: Tasklist, the start form, the agenda's form and its task's name
    Page page = logIn("tasklist", "secretary", "fr");
    Locator form = openStartForm(page, "fr");
    enter(textbox(form, "Année"), "2083");
    enter(textbox(form, "Numéro de la session dans l'année"), "1");
    plannedStart(form, "24/12/2083", "10:00");
    enter(textbox(form, "Lieu"), "Headquarters, Rabat");
    enter(textbox(form, "Mesures sanitaires (facultatif)"), "None this time.");
    radio(page, "Vote nominatif : chaque membre vote dans Tasklist").check();
    form.getByText("Demande de session").scrollIntoViewIfNeeded();
    screenshot(page, "start-form-french", "1-start-form");
    button(page, "Démarrer").click();
    assertThat(page.getByText("Le processus a été démarré.")).isVisible();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("CA-2083-S1").count()).isEqualTo(1);

    // The new task is in the secretariat's list; the list is narrowed to the new session.
    openFilter(page, "Secrétariat du conseil");
    showTasksOfSession(page, "CA-2083-S1", "Filtrer les tâches", "Clé métier de l'instance de processus");
    screenshot(page, "task-in-list-french");
    openTask(page, "Préparer l’ordre du jour");
    assertThat(page.getByRole(AriaRole.HEADING,
        new Page.GetByRoleOptions().setName("Ordre du jour de la session CA-2083-S1"))).isVisible();
    claim(page, "Prendre en charge");

    // The opening address is proposed; two deliberations are added with "Add new", each in the new row at the bottom.
    assertThat(textbox(page, "Intitulé").first()).hasValue("Allocution d’ouverture du président");
    addAgendaItem(page, "Draft action plan 2062", "Délibération (vote)", "Plan d'action");
    addAgendaItem(page, "Draft budget 2062", "Délibération (vote)", "Budget");
    // the rapporteur is chosen by name in the new row
    choose(page, select(page, "Rapporteur (facultatif)").last(), "Karim Tazi");
    screenshot(page, "agenda-form-french", "2-agenda-form");
    saveThenComplete(page, "Enregistrer", "Terminer");
    assertThat(page.getByText("Ordre du jour de la session CA-2083-S1")).isHidden();
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(taskName("Préparer l’ordre du jour"))))
        .isHidden();
    screenshot(page, "agenda-completed");

    // General management now prepares a dossier for each deliberation (the items open in a job after the agenda).
    jobs.runDue();
    Engine api = new Engine(rest);
    List<JsonNode> dossiers = api.tasks("director", "CA-2083-S1", "Task_PrepareItemDossier");
    assertThat(dossiers).extracting(d -> api.jsonVariable("director", d.path("id").asText(), "agendaItem")
        .path("title").asText()).contains("Draft action plan 2062", "Draft budget 2062");
    assertThat(dossiers).extracting(d -> api.jsonVariable("director", d.path("id").asText(), "agendaItem")
        .path("rapporteur").asText()).contains("director");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey("CA-2083-S1")
        .taskDefinitionKey("Task_PrepareAgenda").count()).isZero();
  }

  @Test
  void theFormRefusesAYearBefore2000AndTheServersRefusalOfAUsedSessionNumberIsShown() {
    session("CA-2084-S1").start("ORDINARY", "2084-06-20T10:00", "TALLY");

    Page page = logIn("tasklist", "secretary");
    Locator form = openStartForm(page, "en");
    enter(textbox(form, "Year"), "1999");
    enter(textbox(form, "Session number in the year"), "1");
    plannedStart(form, "20/07/2084", "10:00");
    assertThat(page.getByText("Field must have minimum value of 2000.")).isVisible();
    assertThat(button(page, "Start")).isDisabled();
    screenshot(page, "year-too-early");

    // Corrected year, but session 1 of 2062 exists already: the server refuses and says why; nothing is started.
    enter(textbox(form, "Year"), "2084");
    assertThat(page.getByText("Field must have minimum value of 2000.")).isHidden();
    button(page, "Start").click();
    Locator refusal = page.getByText("a session CA-2084-S1 already exists");
    assertThat(refusal).isVisible();
    refusal.scrollIntoViewIfNeeded();
    screenshot(page, "session-number-used");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("CA-2084-S1").count()).isEqualTo(1);
  }

  /** Start process → Board session: the start form, inside the dialog, in English or French. */
  private Locator openStartForm(Page page, String language) {
    boolean french = "fr".equals(language);
    page.getByRole(AriaRole.LINK,
        new Page.GetByRoleOptions().setName(french ? "Démarrer un processus" : "Start process")).click();
    page.getByRole(AriaRole.LINK,
        new Page.GetByRoleOptions().setName(french ? "Session du conseil" : "Board session")).click();
    Locator dialog = page.getByRole(AriaRole.DIALOG);
    assertThat(dialog.getByText(french ? "Demande de session" : "Request a session")).isVisible();
    return dialog;
  }

  /** Types the date and time as a person does, confirming each with Enter. */
  private static void plannedStart(Locator form, String date, String time) {
    Locator dateBox = textbox(form, "Date");
    dateBox.click();
    dateBox.pressSequentially(date);
    dateBox.press("Enter");
    Locator timeBox = textbox(form, form.getByRole(AriaRole.TEXTBOX,
        new Locator.GetByRoleOptions().setName("Heure").setExact(true)).count() > 0 ? "Heure" : "Time");
    timeBox.click();
    timeBox.pressSequentially(time);
    timeBox.press("Enter");
  }

  /** A row of the agenda's dynamic list, in the French form ("Add new" is form-js's own, untranslated, button). */
  private static void addAgendaItem(Page page, String title, String kind, String subject) {
    button(page, "Add new").click();
    enter(textbox(page, "Intitulé").last(), title);
    choose(page, select(page, "Nature").last(), kind);
    choose(page, select(page, "Objet de la délibération").last(), subject);
  }
}
