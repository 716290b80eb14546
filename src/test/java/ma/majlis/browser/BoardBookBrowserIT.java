package ma.majlis.browser;

import java.time.LocalDate;
import java.time.LocalDateTime;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.majlis.boardbook.Downloads;
import ma.majlis.boardbook.SampleFiles;
import ma.majlis.identity.UserPreferences;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static ma.majlis.support.Answers.ONE_DELIBERATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member logged into Tasklist opens the session's pack and an item's file from "Confirm your attendance": the
 * links open with the Tasklist login (the browser's session), no second password prompt, and the pack is in his name.
 */
class BoardBookBrowserIT extends BrowserTest {

  static final LocalDateTime SESSION_DAY = LocalDate.now().plusDays(20).atTime(10, 0);
  static final String KEY = "CA-" + SESSION_DAY.getYear() + "-S77";

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  UserPreferences preferences;

  @Test
  void aMemberOpensThePackAndTheFilesFromHisReplyFormWithTheTasklistLogin() throws Exception {
    session(KEY).start("ORDINARY", SESSION_DAY.toString(), "TALLY");
    session(KEY).agenda(ONE_DELIBERATION);
    byte[] agreement = SampleFiles.pdf("Partnership agreement, signed draft");
    Downloads.Answer attached = new Downloads(rest.base()).upload("director", "/api/sessions/" + KEY
        + "/items/2/files", "agreement.pdf", agreement);
    assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
    session(KEY).prepare();
    session(KEY).approveConvocation();

    // member06 reads English in this test (the form's words are then the source's)
    preferences.setLanguage("member06", "en", "admin");
    Page page = logIn("tasklist", "member06");
    openFilter(page, "My tasks");
    showTasksOfSession(page, KEY);
    openTask(page, "Confirm your attendance");
    var packLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
        .setName("every paper in one PDF, in your name"));
    assertThat(packLink).isVisible();
    var fileLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2. agreement.pdf"));
    assertThat(fileLink).isVisible();
    screenshot(page, "board-book-links");

    // the links open in the same browser with its Tasklist login: the pack, in the member's name
    APIResponse pack = page.context().request().get("http://localhost:" + port + packLink.getAttribute("href"));
    assertThat(pack.status()).as("no password asked: the webapps' session is accepted").isEqualTo(200);
    assertThat(pack.headers().get("content-type")).startsWith("application/pdf");
    assertThat(pack.headers()).doesNotContainKey("www-authenticate");
    try (PDDocument document = Loader.loadPDF(pack.body())) {
      assertThat(new PDFTextStripper().getText(document)).contains("Hassan Kettani",
          "Partnership agreement with the social pole", "Partnership agreement, signed draft");
    }
    APIResponse file = page.context().request().get("http://localhost:" + port + fileLink.getAttribute("href"));
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(agreement);

    // the member's downloads are in the access log
    assertThat(jdbc.queryForList("select what from board_book_access where session_key = ? and user_id = ?"
        + " order by id", String.class, KEY, "member06")).containsExactly("PACK", "FILE");
  }
}
