package ma.majlis.browser;

import java.time.LocalDate;
import java.time.LocalDateTime;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static ma.majlis.support.Board.MEMBERS;
import static ma.majlis.support.Answers.ONE_DELIBERATION;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member whose language is Arabic (the demo's member01) works in Tasklist: confirms attendance to the convocation,
 * then casts a roll-call vote on the session day, the pages and the forms in Arabic, right to left. The other steps of
 * the session are taken over REST as the other demo users.
 */
class TasklistMemberBrowserIT extends BrowserTest {

  /** A session three weeks from now (the engine's clock is the real one until the session day). */
  static final LocalDateTime SESSION_DAY = LocalDate.now().plusDays(20).atTime(10, 0);
  static final String KEY = "CA-" + SESSION_DAY.getYear() + "-S63";

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aMemberConfirmsAttendanceAndCastsARollCallVoteInTasklistInArabic() {
    session(KEY).start("ORDINARY", SESSION_DAY.toString(), "ROLL_CALL");
    session(KEY).agenda(ONE_DELIBERATION);
    session(KEY).prepare();
    session(KEY).approveConvocation();

    // member01 answers the convocation in Tasklist, in Arabic.
    Page page = logIn("tasklist", "member01", "ar");
    assertThat(page.locator("html")).hasAttribute("dir", "rtl");
    openFilter(page, "مهامي");
    showTasksOfSession(page, KEY, "تصفية المهام", "المفتاح المرجعي لمثيل العملية");
    openTask(page, "تأكيد حضورك");
    assertThat(page.getByText("هل ستحضرون الدورة؟")).isVisible();
    // the task names its session; the form gives the date in words and the agenda with what is proposed
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("تأكيد حضورك — " + KEY)))
        .isVisible();
    assertThat(page.getByText(java.util.regex.Pattern.compile("\\d+ \\S+ \\d{4} على الساعة 10:00")).first())
        .isVisible();
    assertThat(page.getByText("Partnership agreement with the social pole").first()).isVisible();
    // the dossiers open from the form with the Tasklist login: no second password
    String href = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("الاطلاع على جدول الأعمال والملفات"))
        .getAttribute("href");
    Page dossiers = page.context().newPage();
    dossiers.navigate("http://localhost:" + port + href);
    assertThat(dossiers.getByText("الدورة " + KEY + ": جدول الأعمال والملفات")).isVisible();
    assertThat(dossiers.locator("html")).hasAttribute("dir", "rtl");
    assertThat(dossiers.getByText("The board approves item OTHER.")).isVisible();
    screenshot(dossiers, "dossiers");
    dossiers.close();
    // a proxy is given to a member chosen by name, never by typing an id
    radio(page, "أمنح توكيلا لعضو آخر").check();
    choose(page, select(page, "العضو الذي تمنحونه التوكيل"), "Mohammed Benjelloun");
    screenshot(page, "proxy-by-name");
    radio(page, "سأحضر").check();
    screenshot(page, "confirm-attendance-arabic", "7-member-reply");
    button(page, "إنجاز").click();
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(taskName("تأكيد حضورك"))))
        .isHidden();
    assertThat(jdbc.queryForObject("select reply from attendance_reply where session_key = ? and member_id = ?",
        String.class, KEY, "member01")).isEqualTo("PRESENT");

    // The others reply; on the day the secretariat records ten present, opens the session and the debate.
    MEMBERS.subList(0, 10).stream().filter(m -> !m.equals("member01"))
        .forEach(member -> session(KEY).reply(member, "PRESENT"));
    session(KEY).sessionDay(SESSION_DAY, ma.majlis.support.Board.attendance(10, 0));
    session(KEY).open();
    session(KEY).debate();
    MEMBERS.subList(0, 10).stream().filter(m -> !m.equals("member01"))
        .forEach(member -> session(KEY).vote(member, "FOR"));

    // member01 votes in Tasklist: the vote is recorded and the task is gone.
    page.reload();
    openTask(page, "الإدلاء بصوتك");
    assertThat(page.locator(".fjs-container").getByText("Partnership agreement with the social pole").first())
        .isVisible();
    radio(page, "موافق").check();
    screenshot(page, "cast-vote-arabic", "3-roll-call-vote");
    button(page, "إنجاز").click();
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(taskName("الإدلاء بصوتك"))))
        .isHidden();
    screenshot(page, "vote-cast");
    assertThat(jdbc.queryForObject("select vote from vote where session_key = ? and voter_id = ? and mandate_id = ?",
        String.class, KEY, "member01", "member01")).isEqualTo("FOR");

    jobs.runDue();
    assertThat(jdbc.queryForMap("select votes_for, votes_against, outcome from resolution where session_key = ?", KEY))
        .containsEntry("votes_for", 10).containsEntry("votes_against", 0).containsEntry("outcome", "ADOPTED");
  }
}
