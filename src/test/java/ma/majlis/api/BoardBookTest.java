package ma.majlis.api;

import ma.majlis.platform.EngineClock;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

import ma.majlis.boardbook.BoardBookSettings;
import ma.majlis.boardbook.BoardFiles;
import ma.majlis.boardbook.Downloads;
import ma.majlis.boardbook.Downloads.Answer;
import ma.majlis.boardbook.FileTypes;
import ma.majlis.boardbook.SampleFiles;
import ma.majlis.committee.CommitteeService;
import ma.majlis.committee.CommitteeSetup;
import ma.majlis.committee.ExternalMember;
import ma.majlis.committee.ReportingRhythm;
import ma.majlis.language.Language;
import ma.majlis.language.Texts;
import ma.majlis.support.ApplicationTest;
import ma.majlis.support.Engine;
import ma.majlis.support.Jobs;
import ma.majlis.support.Rest.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board book (issue #14) as its people use it: general management and the secretariat attach files to a
 * session's items while it is prepared (refused: other roles 403, a program renamed .pdf 415, a file over the limit
 * 413, a closed session 409), a name attached again is a new version that members read instead of the old one, each
 * reader's pack holds the items, the dossiers and the files and names its reader on every page, every download is
 * in the access log, a committee's book is its members', and a page opened from Tasklist uploads with the Tasklist
 * login and its CSRF token.
 */
class BoardBookTest extends ApplicationTest {

  private static final String AGENDA = """
      [{"title":"Opening address of the chair","kind":"ADDRESS"},
       {"title":"The director's presentation","kind":"PRESENTATION"},
       {"title":"Draft budget 2059","kind":"DELIBERATION","subject":"BUDGET","rapporteur":"director"}]""";

  @Autowired
  ManagementService management;
  @Autowired
  BoardBookSettings settings;
  @Autowired
  CommitteeService committees;
  @Autowired
  IdentityService identity;
  @Autowired
  JdbcTemplate jdbc;

  private Downloads http() {
    return new Downloads(rest.base());
  }

  /** A session requested by the portal, its agenda set by the secretariat: being prepared. */
  private Engine prepared(String key, LocalDateTime day, String agenda) {
    Engine api = new Engine(rest);
    EngineClock.pinTo(java.sql.Timestamp.valueOf(day.minusDays(20)));
    api.startSession(key, "ORDINARY", day.toString(), "TALLY");
    api.completeOk("secretary", api.task("secretary", key, "Task_PrepareAgenda"),
        Map.of("agenda", Engine.json(agenda)));
    new Jobs(management).runDue(); // the items open in a job after the agenda (Gateway_PrepareItems)
    return api;
  }

  private void convene(Engine api, String key) {
    Jobs jobs = new Jobs(management);
    for (JsonNode draft : api.tasks("director", key, "Task_DraftPresentation")) {
      api.completeOk("director", draft, Map.of("presentationTitle", "Action in the regions",
          "presentationSummary", "What the delegations did", "keyPoints", Engine.json("[\"Twelve regions\"]"),
          "documentRef", "EN/DG/2058", "durationMinutes", 20));
      api.completeOk("secretary", api.task("secretary", key, "Task_ReviewPresentation"),
          Map.of("decision", "APPROVE"));
      jobs.runDue();
    }
    api.prepareDossiersAndOpinions(key);
    jobs.runDue();
    api.completeOk("chair", api.task("chair", key, "Task_ApproveConvocation"), Map.of("approved", true));
    jobs.runDue();
  }

  @Test
  void filesAreAttachedVersionedPackedAndLogged() throws Exception {
    String key = "CA-2058-S1";
    Engine api = prepared(key, LocalDateTime.parse("2058-03-20T10:00"), AGENDA);
    Downloads http = http();
    String files = "/api/sessions/" + key + "/items/";

    // general management and the secretariat attach files while the agenda is being prepared
    byte[] budgetV1 = SampleFiles.pdf("Budget tables 2059, first draft");
    Answer first = http.upload("director", files + "3/files", "budget.pdf", budgetV1);
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    JsonNode v1 = json(first);
    assertThat(v1.path("name").asText()).isEqualTo("budget.pdf");
    assertThat(v1.path("mediaType").asText()).isEqualTo(FileTypes.PDF);
    assertThat(v1.path("size").asLong()).isEqualTo(budgetV1.length);
    assertThat(v1.path("sha256").asText()).isEqualTo(BoardFiles.sha256(budgetV1));
    assertThat(v1.path("version").asInt()).isEqualTo(1);
    assertThat(first.headers().firstValue("Location")).contains("/api/sessions/" + key + "/files/"
        + v1.path("id").asLong());

    byte[] budgetV2 = SampleFiles.pdf("Budget tables 2059, as revised");
    Answer second = http.upload("secretary", files + "3/files", "budget.pdf", budgetV2);
    assertThat(second.status()).as(second.toString()).isEqualTo(201);
    JsonNode v2 = json(second);
    assertThat(v2.path("version").asInt()).as("the same name on the same item is its next version").isEqualTo(2);
    Answer slides = http.upload("director", files + "2/files", "slides.pptx", SampleFiles.pptx());
    assertThat(slides.status()).as(slides.toString()).isEqualTo(201);
    assertThat(json(slides).path("mediaType").asText()).isEqualTo(FileTypes.PPTX);
    Answer chart = http.upload("secretary", files + "3/files", "chart.png", SampleFiles.picture("png"));
    assertThat(chart.status()).as(chart.toString()).isEqualTo(201);
    assertThat(http.upload("director", files + "3/files", "tables.xlsx", SampleFiles.xlsx()).status())
        .isEqualTo(201);
    assertThat(json(http.upload("director", files + "3/files", "note.docx", SampleFiles.docx()))
        .path("mediaType").asText()).isEqualTo(FileTypes.DOCX);

    // refusals: the roles that do not prepare dossiers, programs renamed .pdf, too large, no such item or session
    for (String user : List.of("member01", "chair", "controller", "press", "integration", "manager")) {
      Answer refused = http.upload(user, files + "3/files", "budget.pdf", budgetV1);
      assertThat(refused.status()).as(user + ": " + refused).isEqualTo(403);
      assertThat(refused.text()).contains(user);
    }
    Answer windows = http.upload("director", files + "3/files", "budget.pdf", SampleFiles.windowsProgram());
    assertThat(windows.status()).as(windows.toString()).isEqualTo(415);
    assertThat(json(windows).path("message").asText()).contains("budget.pdf", "application/x-msdownload",
        "PDF, DOCX, XLSX, PPTX, PNG ou JPEG", "contenu");
    assertThat(http.upload("director", files + "3/files", "report.pdf", SampleFiles.linuxProgram()).status())
        .isEqualTo(415);
    assertThat(http.upload("director", files + "3/files", "archive.docx", SampleFiles.zip("a.txt", "b")).status())
        .as("a plain zip named .docx").isEqualTo(415);
    DataSize limit = settings.getMaxFileSize();
    try {
      settings.setMaxFileSize(DataSize.ofBytes(budgetV1.length - 1));
      Answer large = http.upload("director", files + "3/files", "budget.pdf", budgetV1);
      assertThat(large.status()).as(large.toString()).isEqualTo(413);
      assertThat(json(large).path("message").asText()).contains("majlis.board-book.max-file-size");
    } finally {
      settings.setMaxFileSize(limit);
    }
    assertThat(http.upload("director", files + "7/files", "budget.pdf", budgetV1).status()).isEqualTo(404);
    assertThat(http.upload("director", "/api/sessions/CA-2058-S9/items/1/files", "budget.pdf", budgetV1).status())
        .isEqualTo(404);
    assertThat(http.upload(null, files + "3/files", "budget.pdf", budgetV1).status()).isEqualTo(401);
    assertThat(jdbc.queryForObject("select count(*) from board_file where session_key = ?", Integer.class, key))
        .as("only the accepted uploads are stored").isEqualTo(6);

    convene(api, key);

    // members read the latest version; the secretariat every version
    JsonNode memberList = rest.get("member06", "/api/sessions/" + key + "/files").json();
    assertThat(names(memberList)).containsExactly("slides.pptx", "budget.pdf", "chart.png", "tables.xlsx",
        "note.docx");
    assertThat(memberList.get(1).path("version").asInt()).isEqualTo(2);
    assertThat(names(rest.get("secretary", "/api/sessions/" + key + "/files").json())).hasSize(6);
    String oldFile = "/api/sessions/" + key + "/files/" + v1.path("id").asLong();
    Answer redirected = http.get("member06", oldFile);
    assertThat(redirected.status()).as("a member asking the first version is sent to the latest").isEqualTo(303);
    assertThat(redirected.headers().firstValue("Location")).contains("/api/sessions/" + key + "/files/"
        + v2.path("id").asLong());
    Answer latest = http.get("member06", "/api/sessions/" + key + "/files/" + v2.path("id").asLong());
    assertThat(latest.status()).isEqualTo(200);
    assertThat(latest.body()).isEqualTo(budgetV2);
    assertThat(latest.headers().firstValue("Content-Type")).contains(FileTypes.PDF);
    Answer earlier = http.get("secretary", oldFile);
    assertThat(earlier.status()).isEqualTo(200);
    assertThat(earlier.body()).as("the secretariat reads the earlier version").isEqualTo(budgetV1);

    // each reader's pack: the items, the dossiers, the files, the reader's name on every page
    Answer pack = http.get("member06", "/api/sessions/" + key + "/board-pack");
    assertThat(pack.status()).as(pack.toString()).isEqualTo(200);
    assertThat(pack.headers().firstValue("Content-Type")).contains("application/pdf");
    String day = Texts.date(Language.FR, LocalDate.now());
    try (PDDocument document = Loader.loadPDF(pack.body())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains(key, "Headquarters, Rabat", "Ordre du jour", "1. Opening address of the chair",
          "2. The director's presentation", "3. Draft budget 2059", "The board approves item BUDGET.",
          "Subsidy", "Budget tables 2059, as revised", "Action in the regions", "Twelve regions", "budget.pdf", "slides.pptx", "tables.xlsx", "note.docx",
          "chart.png");
      assertThat(text.replace("\n", "")).as("an office file is listed with its address")
          .contains("http://localhost:8080/api/sessions/" + key + "/files/" + json(slides).path("id").asLong());
      List<String> links = new ArrayList<>();
      for (org.apache.pdfbox.pdmodel.PDPage p : document.getPages()) {
        for (var annotation : p.getAnnotations()) {
          if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
              && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
            links.add(uri.getURI());
          }
        }
      }
      assertThat(links).as("and a link a reader clicks").contains("http://localhost:8080/api/sessions/" + key
          + "/files/" + json(slides).path("id").asLong());
      assertThat(text).as("members read the latest version").doesNotContain("first draft");
      int pages = document.getNumberOfPages();
      for (int page = 1; page <= pages; page++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        assertThat(stripper.getText(document)).as("page " + page)
            .contains("Confidentiel — Hassan Kettani — " + day, "Page " + page + " sur " + pages);
      }
      List<String> bookmarks = new ArrayList<>();
      for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
        bookmarks.add(item.getTitle());
        item.children().forEach(child -> bookmarks.add("  " + child.getTitle()));
      }
      assertThat(bookmarks).containsExactly("Ordre du jour", "1. Opening address of the chair",
          "2. The director's presentation", "3. Draft budget 2059", "  budget.pdf", "  chart.png");
    }
    Answer controllerPack = http.get("controller", "/api/sessions/" + key + "/board-pack");
    assertThat(controllerPack.status()).isEqualTo(200);
    try (PDDocument document = Loader.loadPDF(controllerPack.body())) {
      assertThat(new PDFTextStripper().getText(document)).contains("Confidentiel — Nadia Berrada — ")
          .doesNotContain("Hassan Kettani");
    }
    // a reader of Arabic gets his pack in Arabic, in his name
    Answer arabic = http.get("member01", "/api/sessions/" + key + "/board-pack");
    assertThat(arabic.status()).isEqualTo(200);
    try (PDDocument document = Loader.loadPDF(arabic.body())) {
      assertThat(new PDFTextStripper().getText(document)).contains("Fatima Zahra Amrani", "Draft budget 2059",
          "Budget tables 2059, as revised");
    }
    for (String reader : List.of("chair", "secretary", "director")) {
      assertThat(http.get(reader, "/api/sessions/" + key + "/board-pack").status()).as(reader).isEqualTo(200);
    }
    for (String outsider : List.of("press", "manager", "integration", "finance", "admin")) {
      Answer refused = http.get(outsider, "/api/sessions/" + key + "/board-pack");
      assertThat(refused.status()).as(outsider).isEqualTo(403);
      assertThat(http.get(outsider, "/api/sessions/" + key + "/files/" + v2.path("id").asLong()).status())
          .as(outsider).isEqualTo(403);
    }
    assertThat(http.get(null, "/api/sessions/" + key + "/board-pack").status()).isEqualTo(401);

    // who read what: the secretariat and administrators
    Response log = rest.get("secretary", "/api/sessions/" + key + "/access-log");
    assertThat(log.status()).as(log.toString()).isEqualTo(200);
    List<String> lines = new ArrayList<>();
    log.json().forEach(e -> lines.add(e.path("user").asText() + " " + e.path("what").asText() + " "
        + e.path("name").asText("") + (e.path("version").isNull() ? "" : " v" + e.path("version").asInt())));
    assertThat(lines).containsExactly("member06 FILE budget.pdf v2", "secretary FILE budget.pdf v1",
        "member06 PACK ", "controller PACK ", "member01 PACK ", "chair PACK ", "secretary PACK ", "director PACK ");
    assertThat(log.json().get(0).path("at").asText()).isNotBlank();
    assertThat(rest.get("admin", "/api/sessions/" + key + "/access-log").status()).isEqualTo(200);
    for (String user : List.of("member01", "director", "chair", "manager")) {
      assertThat(rest.get(user, "/api/sessions/" + key + "/access-log").status()).as(user).isEqualTo(403);
    }

    // the convocation links the pack
    assertThat(jdbc.queryForObject("select body from notification_outbox where session_key = ? and recipient = ?",
        String.class, key, "member06")).contains("http://localhost:8080/api/sessions/" + key + "/board-pack");
  }

  @Test
  void theMembersFormsLinkThePackAndTheFilesAndAClosedBookTakesNoFile() {
    String key = "CA-2059-S1";
    Engine api = prepared(key, LocalDateTime.parse("2059-03-20T10:00"), AGENDA);
    Downloads http = http();
    long budget = json(http.upload("director", "/api/sessions/" + key + "/items/3/files", "budget.pdf",
        SampleFiles.pdf("Budget tables"))).path("id").asLong();
    json(http.upload("director", "/api/sessions/" + key + "/items/2/files", "slides.pdf",
        SampleFiles.pdf("Slides")));
    convene(api, key);

    // "Confirm your attendance" shows every file of the session, as links that open with the Tasklist login
    JsonNode reply = api.assignedTask("member02", key, "Task_ConfirmAttendance");
    JsonNode links = api.formJson("member02", reply.path("id").asText(), "boardBookFiles");
    assertThat(links.findValuesAsText("name")).containsExactly("2. slides.pdf", "3. budget.pdf");
    assertThat(links.get(1).path("href").asText()).isEqualTo("/api/sessions/" + key + "/files/" + budget);
    Response opened = api.tasklist().open("member02", links.get(1).path("href").asText());
    assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
    assertThat(opened.body()).startsWith("%PDF");
    Response pack = api.tasklist().open("member02", "/api/sessions/" + key + "/board-pack");
    assertThat(pack.status()).isEqualTo(200);
    assertThat(pack.body()).startsWith("%PDF");
    // the reply's form takes only its contract: the links are shown, not submitted
    api.completeOk("member02", reply, Map.of("attendanceReply", "PRESENT"));

    // once the session is closed its book no longer changes
    jdbc.update("update board_session set status = 'CLOSED' where business_key = ?", key);
    Answer closed = http.upload("director", "/api/sessions/" + key + "/items/3/files", "late.pdf",
        SampleFiles.pdf("Late"));
    assertThat(closed.status()).as(closed.toString()).isEqualTo(409);
    assertThat(json(closed).path("message").asText()).contains(key, "close", "prochaine session");
    assertThat(http.get("member02", "/api/sessions/" + key + "/board-pack").status()).isEqualTo(200);
  }

  @Test
  void theBookPageUploadsWithTheTasklistLoginAndItsCsrfTokenOnly() {
    String key = "CA-2059-S2";
    Engine api = prepared(key, LocalDateTime.parse("2059-06-20T10:00"), AGENDA);
    // the director works in Tasklist (which reads the webapps' API, and so holds the session's CSRF token) ...
    assertThat(api.tasklist().get("director", "/task?maxResults=1").status()).isEqualTo(200);
    // ... and opens the book's page from his dossier's form
    Response page = api.tasklist().open("director", "/api/sessions/" + key + "/book");
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    assertThat(page.body()).contains("3. Draft budget 2059", "/api/sessions/" + key + "/board-pack",
        "/api/sessions/" + key + "/items/3/files");
    Matcher token = Pattern.compile("name=\"majlis-csrf\" content=\"([^\"]+)\"").matcher(page.body());
    assertThat(token.find()).as("the page carries the session's CSRF token").isTrue();

    Downloads.Multipart upload = Downloads.Multipart.of("minutes-draft.pdf", SampleFiles.pdf("Draft"));
    String url = rest.base() + "/api/sessions/" + key + "/items/3/files";
    Response forged = api.tasklist().sendPage("director", upload.post(url));
    assertThat(forged.status()).as("the session cookie alone, as another site would make a browser send it")
        .isEqualTo(401);
    Response wrong = api.tasklist().sendPage("director", upload.post(url).header("X-XSRF-TOKEN", "guessed"));
    assertThat(wrong.status()).isEqualTo(401);
    Response sent = api.tasklist().sendPage("director", upload.post(url).header("X-XSRF-TOKEN", token.group(1)));
    assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
    assertThat(sent.json().path("name").asText()).isEqualTo("minutes-draft.pdf");

    // a member reads the page, without the upload form
    Response memberPage = api.tasklist().open("member03", "/api/sessions/" + key + "/book");
    assertThat(memberPage.status()).isEqualTo(200);
    assertThat(memberPage.body()).contains("minutes-draft.pdf").doesNotContain("type=\"file\"");
  }

  @Test
  void aCommitteesBookIsItsMembers() {
    committees.create(new CommitteeSetup("CA-2060-S1-R03", "BBK", "Audit committee", "Audit the accounts",
        List.of("member01", "member02"), List.of(new ExternalMember("Nadia Alaoui", "Cour des comptes",
        "nadia@example.org")), "member01", "member02", ReportingRhythm.QUARTERLY));
    User external = identity.createUserQuery().userId("ext-bbk-1").singleResult();
    external.setPassword("ext-bbk-1");
    identity.saveUser(external);
    String key = "BBK-2060-S1";
    prepared(key, LocalDateTime.parse("2060-02-15T10:00"), """
        [{"title":"Audit plan 2060","kind":"DELIBERATION","subject":"OTHER","rapporteur":"member02"}]""");
    Downloads http = http();
    Answer attached = http.upload("secretary", "/api/sessions/" + key + "/items/1/files", "audit-plan.pdf",
        SampleFiles.pdf("Audit plan"));
    assertThat(attached.status()).as(attached.toString()).isEqualTo(201);

    for (String reader : List.of("member01", "member02", "ext-bbk-1", "secretary", "director")) {
      Answer pack = http.get(reader, "/api/sessions/" + key + "/board-pack");
      assertThat(pack.status()).as(reader + ": " + pack).isEqualTo(200);
    }
    for (String outsider : List.of("member03", "chair", "controller", "press")) {
      assertThat(http.get(outsider, "/api/sessions/" + key + "/board-pack").status()).as(outsider).isEqualTo(403);
    }
    assertThat(http.get("ext-bbk-1", "/api/sessions/CA-2058-S1/board-pack").status())
        .as("a committee's external member reads no other book").isEqualTo(403);
  }

  private static JsonNode json(Answer answer) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.body());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Not Json: " + answer, e);
    }
  }

  private static List<String> names(JsonNode files) {
    List<String> names = new ArrayList<>();
    files.forEach(f -> names.add(f.path("name").asText()));
    return names;
  }
}
