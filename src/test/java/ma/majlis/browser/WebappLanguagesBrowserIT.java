package ma.majlis.browser;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The webapps speak each person's language (issue #13): whatever the browser's language (English here), a person
 * whose Majlis language is Arabic works in Tasklist and Admin in Arabic, right to left, and one whose language is
 * French in French, left to right. The screenshots show the layout (header, filters, task list, form, tables).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebappLanguagesBrowserIT extends BrowserTest {

  static final LocalDateTime SESSION_DAY = LocalDate.now().plusDays(45).atTime(10, 0);
  static final String KEY = "CA-" + SESSION_DAY.getYear() + "-S74";

  @Test
  @Order(1)
  void aMemberWhoseLanguageIsArabicWorksInTasklistInArabicRightToLeft() {
    session(KEY).start("ORDINARY", SESSION_DAY.toString(), "TALLY");
    session(KEY).agenda(ma.majlis.support.Answers.ONE_DELIBERATION);
    session(KEY).prepare();
    session(KEY).approveConvocation();

    Page member = logIn("tasklist", "member01", "ar");
    Locator html = member.locator("html");
    assertThat(html).hasAttribute("dir", "rtl");
    assertThat(html).hasAttribute("lang", "ar");
    // the task list's search box and the header's menu, in Arabic
    assertThat(member.getByPlaceholder("تصفية المهام")).isVisible();
    assertThat(member.getByText("اختاروا مهمة من القائمة.")).isVisible();
    screenshot(member, "arabic-tasklist");
    openFilter(member, "مهامي");
    showTasksOfSession(member, KEY, "تصفية المهام", "المفتاح المرجعي لمثيل العملية");
    // the task's dates in Arabic too: "created ... ago" as moment.js says it in Arabic (Camunda's loader sets the
    // dates' language, after language.js has given the texts before the start)
    assertThat(member.getByText(java.util.regex.Pattern.compile("أُنشئت\\s+منذ")).first()).isVisible();
    openTask(member, "تأكيد حضورك");
    assertThat(member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("الاستمارة").setExact(true)))
        .isVisible();
    assertThat(member.getByText("هل ستحضرون الدورة؟")).isVisible();
    screenshot(member, "arabic-task-form");
    // the task reads right to left: its first tab (the form) is the rightmost, the history follows on its left
    double form = member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("الاستمارة").setExact(true))
        .boundingBox().x;
    double history = member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("السجل").setExact(true))
        .boundingBox().x;
    org.assertj.core.api.Assertions.assertThat(form).as("the form's tab, right of the history's").isGreaterThan(history);
    // the header reads right to left: the application's name on the right, the person's menu on the left
    double brand = member.locator("[cam-widget-header] .navbar-brand").boundingBox().x;
    Locator account = member.locator("[cam-widget-header] li.account > a.dropdown-toggle");
    org.assertj.core.api.Assertions.assertThat(brand).as("the brand, right of the account's menu")
        .isGreaterThan(account.boundingBox().x);
    account.click();
    assertThat(member.getByText("تسجيل الخروج", new Page.GetByTextOptions().setExact(true))).isVisible();
    screenshot(member, "arabic-account-menu");
  }

  /**
   * Tasklist translates its search box and its sorting once, when its views start: the French texts must be there by
   * then, even when they come late (here 2 s after they are asked for, as from a busy server), or the page stays half
   * in English until it is loaded again.
   */
  @Test
  @Order(2)
  void theSecretariatWhoseLanguageIsFrenchWorksInTasklistInFrench() {
    List<String> warnings = new ArrayList<>();
    Page secretary = logIn("tasklist", "secretary", "fr", context -> {
      context.onConsoleMessage(message -> {
        if (message.text().startsWith("Majlis:")) {
          warnings.add(message.text());
        }
      });
      context.route("**/locales/fr.json*", late -> {
        try {
          Thread.sleep(2_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        late.resume();
      });
    });
    Locator html = secretary.locator("html");
    assertThat(html).hasAttribute("dir", "ltr");
    assertThat(html).hasAttribute("lang", "fr");
    assertThat(secretary.getByPlaceholder("Filtrer les tâches")).isVisible();
    assertThat(secretary.getByText("Démarrer un processus", new Page.GetByTextOptions().setExact(true)))
        .isVisible();
    assertThat(secretary.getByText("Choisissez une tâche dans la liste.")).isVisible();
    // the task list's sorting, also translated once, when the list starts
    assertThat(secretary.getByText("Date de création", new Page.GetByTextOptions().setExact(true))).isVisible();
    org.assertj.core.api.Assertions.assertThat(warnings).as("what language.js could not do").isEmpty();
    screenshot(secretary, "french-tasklist");
  }

  /** Last: Tasklist's tests have warmed the server up (a first page of a cold server may take over 30 s here). */
  @Test
  @Order(3)
  void anAdministratorWhoseLanguageIsArabicManagesUsersInArabic() {
    Page admin = logIn("admin", "admin", "ar");
    assertThat(admin.locator("html")).hasAttribute("dir", "rtl");
    admin.navigate(appUrl("admin") + "#/users");
    assertThat(admin.getByText("قائمة المستخدمين").first()).isVisible();
    assertThat(admin.getByText("member01").first()).isVisible();
    screenshot(admin, "arabic-admin-users", "9-admin-arabic");
  }
}
