package ma.majlis.browser;

import java.time.LocalDate;
import java.time.LocalDateTime;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chair approves the agenda, the dossiers and the convocation in Tasklist; the convocations go out.
 */
class TasklistChairBrowserIT extends BrowserTest {

  static final LocalDateTime SESSION_DAY = LocalDate.now().plusDays(30).atTime(10, 0);
  static final String KEY = "CA-" + SESSION_DAY.getYear() + "-S64";

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theChairApprovesTheConvocationInTasklistAndTheConvocationsGoOut() {
    BoardSessions sessions = new BoardSessions(rest, jobs);
    sessions.start(KEY, "ORDINARY", SESSION_DAY.toString(), "TALLY");
    sessions.agenda(KEY, BoardSessions.ONE_DELIBERATION);
    sessions.prepare(KEY);

    Page page = logIn("tasklist", "chair");
    openFilter(page, "Board chair");
    showTasksOfSession(page, KEY);
    openTask(page, "Approve the agenda and the convocation");
    assertThat(page.getByText("Convocation of session " + KEY)).isVisible();
    assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions()
        .setName("Partnership agreement with the social pole"))).isVisible();
    claim(page);
    radio(page, "Approve the agenda, the dossiers and the convocation").check();
    screenshot(page, "approve-convocation");
    button(page, "Complete").click();
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
        .setName("Approve the agenda and the convocation"))).isHidden();
    screenshot(page, "approved");

    jobs.runDue();
    assertThat(jdbc.queryForObject("select count(*) from notification_outbox where dedup_key like ?", Integer.class,
        KEY + "/convocation/1/%")).as("convocations: 12 members and the controller").isEqualTo(13);
  }
}
