package ma.majlis.browser;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chair works in Tasklist: signs the minutes the secretariat reviewed; approves the agenda, the dossiers and the
 * convocation. The other steps are taken over REST as the other demo users.
 */
class TasklistChairBrowserIT extends BrowserTest {

  static final LocalDateTime SESSION_DAY = LocalDate.now().plusDays(30).atTime(10, 0);
  static final String KEY = "CA-" + SESSION_DAY.getYear() + "-S64";

  static final LocalDateTime HELD = LocalDate.now().plusDays(25).atTime(10, 0);
  static final String HELD_KEY = "CA-" + HELD.getYear() + "-S67";

  static final LocalDateTime RETURNED_DAY = LocalDate.now().plusDays(35).atTime(10, 0);
  static final String RETURNED_KEY = "CA-" + RETURNED_DAY.getYear() + "-S70";

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theChairSignsTheMinutesInTasklistAndTheyAreSent() {
    session(HELD_KEY).start("ORDINARY", HELD.toString(), "TALLY");
    session(HELD_KEY).agenda(ma.majlis.support.Answers.ONE_DELIBERATION);
    session(HELD_KEY).prepare();
    session(HELD_KEY).approveConvocation();
    session(HELD_KEY).sessionDay(HELD, ma.majlis.support.Board.attendance(10, 0));
    session(HELD_KEY).open();
    session(HELD_KEY).debate();
    session(HELD_KEY).tally(10, 0, 0);
    session(HELD_KEY).close(HELD.plusHours(2));
    session(HELD_KEY).reviewMinutes();

    Page page = logIn("tasklist", "chair");
    openFilter(page, "My tasks");
    showTasksOfSession(page, HELD_KEY);
    openTask(page, "Sign the minutes");
    assertThat(page.getByText("Minutes of session " + HELD_KEY)).isVisible();
    assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("The minutes as reviewed")))
        .hasValue(Pattern.compile(".*Résolution " + HELD_KEY + "-R01.*", Pattern.DOTALL));
    radio(page, "Sign the minutes").check();
    screenshot(page, "sign-minutes");
    button(page, "Complete").click();
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign the minutes"))).isHidden();
    screenshot(page, "signed");

    jobs.runDue();
    assertThat(jdbc.queryForObject("select status from board_session where business_key = ?", String.class,
        HELD_KEY)).isEqualTo("MINUTES_SIGNED");
    assertThat(jdbc.queryForObject("select count(*) from document where session_key = ? and kind = 'MINUTES'"
        + " and approved_by = 'chair'", Integer.class, HELD_KEY)).as("minutes signed by the chair").isPositive();
  }

  @Test
  void theChairApprovesTheConvocationInTasklistAndTheConvocationsGoOut() {
    // The chair reads English in this test from the start: his task's words are written in his language when it is
    // created.
    Page page = logIn("tasklist", "chair");
    // The chair lands on his own tasks: the approval is assigned to him, nothing to claim.
    openTheApprovalOfAPreparedSession(page, KEY, SESSION_DAY);
    assertThat(page.getByText("Convocation of session " + KEY)).isVisible();
    assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions()
        .setName("Partnership agreement with the social pole"))).isVisible();
    // kinds and subjects in words, and what each dossier proposes: the chair approves what he sees
    assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("Deliberation (vote)"))).isVisible();
    assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("The board approves item OTHER.")))
        .isVisible();
    assertThat(page.getByText("Claim", new Page.GetByTextOptions().setExact(true))).isHidden();
    radio(page, "Approve the agenda, the dossiers and the convocation").check();
    screenshot(page, "approve-convocation", "8-chair-approval");
    button(page, "Complete").click();
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
        .setName("Approve the agenda and the convocation"))).isHidden();
    screenshot(page, "approved");

    jobs.runDue();
    assertThat(jdbc.queryForObject("select count(*) from notification_outbox where dedup_key like ?", Integer.class,
        KEY + "/convocation/1/%")).as("convocations: 12 members and the controller").isEqualTo(13);
  }

  @Test
  void theChairReturnsTheConvocationInTasklistAndTheSecretariatReadsHisRemarksWithTheAgenda() {
    Page page = logIn("tasklist", "chair");
    openTheApprovalOfAPreparedSession(page, RETURNED_KEY, RETURNED_DAY);
    radio(page, "Return to the secretariat").check();
    page.getByLabel("2. Partnership agreement with the social pole").check();
    enter(textbox(page, "Remarks (required when you return it)"), "Attach the partner's statutes to the dossier.");
    button(page, "Complete").click();
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
        .setName("Approve the agenda and the convocation"))).isHidden();

    // The secretariat, in French, finds the agenda back with the chair's remarks above it.
    Page secretary = logIn("tasklist", "secretary", "fr");
    openFilter(secretary, "Secrétariat du conseil");
    showTasksOfSession(secretary, RETURNED_KEY, "Filtrer les tâches", "Clé métier de l'instance de processus");
    openTask(secretary, "Préparer l’ordre du jour");
    assertThat(secretary.getByRole(AriaRole.HEADING,
        new Page.GetByRoleOptions().setName("Le président a renvoyé la convocation"))).isVisible();
    assertThat(secretary.getByText("Attach the partner's statutes to the dossier.")).isVisible();
    screenshot(secretary, "returned-convocation-french");
  }

  /** A session requested, its agenda set and its dossiers prepared; the chair opens its approval in "My tasks". */
  private void openTheApprovalOfAPreparedSession(Page page, String key, LocalDateTime day) {
    session(key).start("ORDINARY", day.toString(), "TALLY");
    session(key).agenda(ma.majlis.support.Answers.ONE_DELIBERATION);
    session(key).prepare();
    page.reload();
    openFilter(page, "My tasks");
    showTasksOfSession(page, key);
    openTask(page, "Approve the agenda and the convocation");
  }
}
