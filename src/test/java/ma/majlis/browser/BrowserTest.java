package ma.majlis.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.majlis.identity.UserPreferences;
import ma.majlis.support.ApplicationTest;
import ma.majlis.support.Jobs;
import ma.majlis.support.SessionDriver;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Base of the browser tests: the application on PostgreSQL (the shared application-test context), driven in the
 * machine's Chromium through Camunda Tasklist and Cockpit as its users drive it. Elements are found by their labels,
 * roles and texts, as a person finds them; Playwright's assertions wait until the page shows what they expect (never a
 * fixed wait). Each test saves its screenshots under target/screenshots/&lt;class&gt;/&lt;test&gt;/NN-name.png, and
 * one more when it fails. Run with {@code -Dmajlis.tour=true}, the screenshots that illustrate the README's tour are
 * also written to docs/tour/, so that the tour shows what the application shows today; without it a test run changes
 * no file of the repository.
 *
 * <p>The browser is the machine's Chromium when it has one ({@code MAJLIS_CHROMIUM}, else {@code /usr/bin/chromium});
 * without one, Playwright installs its own Chromium once (its CLI's {@code install chromium}, into its cache, e.g.
 * {@code ~/.cache/ms-playwright}) and uses it; when that fails too (no network), the browser tests are skipped,
 * saying why.
 */
@Tag("browser")
public abstract class BrowserTest extends ApplicationTest {

  /** The machine's Chromium (the Debian/Ubuntu package's), used when it is there. */
  static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("MAJLIS_CHROMIUM", "/usr/bin/chromium"));

  /** Where the README's tour takes its pictures from. */
  static final Path TOUR = Paths.get("docs", "tour");

  /** Whether this run refreshes the tour's pictures ({@code -Dmajlis.tour=true}). */
  static final boolean REFRESH_TOUR = Boolean.getBoolean("majlis.tour");

  /** Tasklist and Cockpit are single-page applications that load a lot at first: generous, but never a sleep. */
  static final double TIMEOUT_MS = 30_000;

  private static Playwright playwright;
  private static Browser browser;

  @Autowired
  protected ManagementService management;

  @Autowired
  private UserPreferences preferences;

  @Autowired
  private JdbcTemplate jdbc;

  protected Jobs jobs;

  private final List<BrowserContext> contexts = new ArrayList<>();
  /** The languages the test's users had chosen before it set theirs (none: an empty list), put back after it. */
  private final Map<String, List<String>> languagesBefore = new LinkedHashMap<>();
  private Path screenshots;
  private int screenshotCount;
  private Page lastPage;
  /**
   * What the browser said while the test ran (its console's warnings and errors, its failed requests, the pages'
   * uncaught errors), written beside the failure's screenshot: a page that never started shows why.
   */
  private final List<String> browserLog = java.util.Collections.synchronizedList(new ArrayList<>());

  @RegisterExtension
  final TestExecutionExceptionHandler screenshotOnFailure = this::screenshotOnFailure;

  @BeforeAll
  static void launchChromium() throws IOException, InterruptedException {
    boolean system = Files.isExecutable(CHROMIUM);
    if (!system) {
      installPlaywrightsChromium();
    }
    // Playwright.create() would otherwise download every browser it knows (Firefox and WebKit too)
    playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
        .setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run"));
    browser = playwright.chromium().launch(system ? options.setExecutablePath(CHROMIUM) : options);
    PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
  }

  /**
   * No Chromium on the machine: Playwright's CLI installs its own (nothing to do when its cache has it already). The
   * CLI ends its JVM when done, so it runs in a JVM of its own, on this one's class path.
   */
  private static void installPlaywrightsChromium() throws IOException, InterruptedException {
    Path log = Files.createDirectories(Paths.get("target", "screenshots")).resolve("playwright-install.log");
    ProcessBuilder install = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "com.microsoft.playwright.CLI", "install", "chromium")
        .redirectErrorStream(true).redirectOutput(log.toFile());
    install.environment().remove("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD");
    Process installing = install.start();
    boolean ended = installing.waitFor(10, java.util.concurrent.TimeUnit.MINUTES);
    if (!ended) {
      installing.destroyForcibly();
    }
    if (!ended || installing.exitValue() != 0) {
      String reason = "No Chromium at " + CHROMIUM + " (install Debian's chromium, or set MAJLIS_CHROMIUM) and"
          + " Playwright could not install its own (" + (ended ? "exit " + installing.exitValue()
          : "still downloading after 10 minutes") + ", see " + log + "): browser tests skipped";
      // a class skipped in @BeforeAll shows in Maven's summary as 0 tests run: say why in the build's output too
      System.err.println(reason);
      org.junit.jupiter.api.Assumptions.abort(reason);
    }
  }

  @AfterAll
  static void closeChromium() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  private final java.util.Map<String, SessionDriver> sessions = new java.util.HashMap<>();

  /**
   * The session {@code key}, driven over the steps a browser test is not about (as in the scenario tests: people
   * complete in Tasklist's API, the jobs run in the test), so that the browser does only the step under test.
   */
  protected SessionDriver session(String key) {
    return sessions.computeIfAbsent(key, k -> new SessionDriver(rest, jobs, k));
  }

  @BeforeEach
  void prepareScreenshots(TestInfo test) throws IOException {
    jobs = new Jobs(management);
    screenshots = Paths.get("target", "screenshots", getClass().getSimpleName(),
        test.getTestMethod().orElseThrow().getName());
    if (Files.isDirectory(screenshots)) {
      try (var old = Files.list(screenshots)) {
        for (Path file : old.toList()) {
          Files.delete(file);
        }
      }
    }
    Files.createDirectories(screenshots);
    screenshotCount = 0;
  }

  @AfterEach
  void closeBrowserContexts() {
    contexts.forEach(BrowserContext::close);
    contexts.clear();
    languagesBefore.forEach((user, before) -> {
      if (before.isEmpty()) {
        jdbc.update("delete from user_preference where user_id = ?", user);
      } else {
        preferences.setLanguage(user, before.get(0), user);
      }
    });
    languagesBefore.clear();
    List<String> blocked;
    synchronized (browserLog) {
      blocked = browserLog.stream().filter(line -> line.contains("Content Security Policy")).toList();
    }
    // A page whose scripts its own policy blocked never starts (Tasklist's spinner), even if a reload later saved the
    // test: no page of any test may see that.
    org.assertj.core.api.Assertions.assertThat(blocked).as("what the Content Security Policy blocked").isEmpty();
  }

  protected String appUrl(String app) {
    return "http://localhost:" + port + "/camunda/app/" + app + "/default/";
  }

  /**
   * A fresh browser window (own cookies) in which the user logs in to the webapp (tasklist, cockpit), in English: the
   * tests find the webapps' controls by their English names, so the user's Majlis language is English meanwhile.
   */
  protected Page logIn(String app, String user) {
    return logIn(app, user, "en");
  }

  /**
   * A fresh browser window, in English as the browser's language, in which the user whose Majlis language is
   * {@code language} (ar, fr or en; set for the test, put back after it) logs in; returns once the webapp speaks it.
   */
  protected Page logIn(String app, String user, String language) {
    return logIn(app, user, language, context -> { });
  }

  /**
   * The same, in a browser window whose network {@code network} has shaped first (e.g. a file that comes late, as
   * from a server under load).
   */
  protected Page logIn(String app, String user, String language, java.util.function.Consumer<BrowserContext> network) {
    languagesBefore.computeIfAbsent(user, u -> jdbc.queryForList(
        "select language from user_preference where user_id = ?", String.class, u));
    preferences.setLanguage(user, language, user);
    BrowserContext context = browser.newContext(new Browser.NewContextOptions()
        .setViewportSize(app.equals("cockpit") ? 1440 : 1280, app.equals("cockpit") ? 900 : 860)
        .setLocale("en-GB")
        .setTimezoneId("Africa/Casablanca"));
    context.setDefaultTimeout(TIMEOUT_MS);
    contexts.add(context);
    context.onPage(this::listen);
    network.accept(context);
    Page page = context.newPage();
    lastPage = page;
    // -Dmajlis.cpuThrottle=N: the page's scripts run N times slower (Chromium's CPU throttling), as on a loaded CI
    // machine; this is how a flaky browser test is made to fail on demand (docs/testing.md)
    int throttle = Integer.getInteger("majlis.cpuThrottle", 1);
    if (throttle > 1) {
      com.microsoft.playwright.CDPSession cdp = context.newCDPSession(page);
      com.google.gson.JsonObject rate = new com.google.gson.JsonObject();
      rate.addProperty("rate", throttle);
      cdp.send("Emulation.setCPUThrottlingRate", rate);
    }
    page.navigate(appUrl(app));
    // the login page may load itself once more in the language the browser remembers (language.js): wait until it
    // is settled, and log in again if a late reload swallowed the first attempt, as a person would
    for (int attempt = 1; ; attempt++) {
      page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
      page.getByPlaceholder("Username").fill(user);
      page.getByPlaceholder("Password").fill(user);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
      try {
        assertThat(page.getByPlaceholder("Username")).isHidden(
            new com.microsoft.playwright.assertions.LocatorAssertions.IsHiddenOptions().setTimeout(TIMEOUT_MS / 2.0));
        break;
      } catch (org.opentest4j.AssertionFailedError reloaded) {
        if (attempt == 2) {
          throw reloaded;
        }
      }
    }
    // language.js loads the page again once in the person's language; on a slow start the first load may end
    // before it has read his preference, and a person would then reload: so does the test, once
    try {
      assertThat(page.locator("html")).hasAttribute("lang", language,
          new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(TIMEOUT_MS / 2.0));
    } catch (org.opentest4j.AssertionFailedError slowStart) {
      page.reload();
      assertThat(page.locator("html")).hasAttribute("lang", language);
    }
    return page;
  }

  /** form-js keeps a hidden input with the same label behind each select. */
  private static final Locator.FilterOptions VISIBLE = new Locator.FilterOptions().setVisible(true);

  /** The visible text box (text, number, date, time, select) with exactly this label, as a person reads it. */
  protected static Locator textbox(Locator scope, String label) {
    return scope.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName(label).setExact(true))
        .filter(VISIBLE);
  }

  /** The visible text box with exactly this label. */
  protected static Locator textbox(Page page, String label) {
    return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(label).setExact(true))
        .filter(VISIBLE);
  }

  /**
   * Types {@code text} into a form-js text field or text area and leaves it, as a person does. form-js takes a field's
   * text 300 ms after the last keystroke, or at once when the field is left; a re-render of the form in between
   * (the previous field's change, which arrives late on a busy machine) puts the field back to the text it last took,
   * and the text typed is gone (seen on CI: the budget's second heading empty, Complete disabled for good). A person
   * who sees the field empty types again; once left with the text in it, the field keeps it.
   */
  protected static void enter(Locator field, String text) {
    for (int attempt = 1; attempt <= 3; attempt++) {
      field.fill(text);
      field.blur();
      if (text.equals(field.inputValue())) {
        return;
      }
      System.out.println("[browser] a re-render of the form took back the text typed into " + field
          + ": typing it again");
    }
    assertThat(field).hasValue(text);
  }

  /** The radio button, check box or button with exactly this label. */
  protected static Locator radio(Page page, String label) {
    return page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(label).setExact(true));
  }

  protected static Locator button(Page page, String label) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(label).setExact(true));
  }

  /** Opens one of the user's task filters (left column) by its name. */
  protected static void openFilter(Page page, String name) {
    page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name))
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).click();
  }

  /** Narrows the task list to the tasks of one session: Filter Tasks → Process Instance Business Key. */
  protected static void showTasksOfSession(Page page, String sessionKey) {
    showTasksOfSession(page, sessionKey, "Filter Tasks", "Process Instance Business Key");
  }

  /** The same in another language: Tasklist's search box and its criterion as that language names them. */
  protected static void showTasksOfSession(Page page, String sessionKey, String searchBox, String criterion) {
    page.getByPlaceholder(searchBox).click();
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(criterion).setExact(true))
        .click();
    // The criterion's value: the one text box without a label, right after "Process Instance Business Key like".
    Locator value = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("").setExact(true));
    value.fill(sessionKey);
    value.press("Enter");
    assertThat(page.getByText(sessionKey, new Page.GetByTextOptions().setExact(true))).isVisible();
  }

  /**
   * Opens a task of the list by its name: the task's own name, which Majlis follows with its session (and item), as
   * in "Confirm your attendance — CA-2026-S61".
   */
  protected static void openTask(Page page, String name) {
    java.util.regex.Pattern named = taskName(name);
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(named)).first().click();
    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(named)).last()).isVisible();
  }

  /** A task's name in the list: the step, then its session and item. */
  protected static java.util.regex.Pattern taskName(String step) {
    // Playwright hands the pattern to the browser: JavaScript has no \\Q...\\E, so escape each special character
    return java.util.regex.Pattern.compile("^" + step.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0")
        + "( — .*)?$");
  }

  /** Claims the open task, which enables its form's Complete button. */
  protected static void claim(Page page) {
    claim(page, "Claim");
  }

  /** The same, with Tasklist's word for "Claim" in the person's language. */
  protected static void claim(Page page, String word) {
    Locator claim = page.getByText(word, new Page.GetByTextOptions().setExact(true));
    claim.click();
    assertThat(claim).isHidden();
  }

  /** The box of a form-js select, as a person sees it: the field labelled so (form-js labels a hidden input in it). */
  protected static Locator select(Page page, String label) {
    return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(label).setExact(true))
        .locator("xpath=..");
  }

  /** Picks an option of a form-js select: opens its list and clicks the option, as a person does. */
  protected static void choose(Page page, Locator select, String option) {
    select.click();
    // The open list is under the box, in the same field (the box itself may show the same text when chosen before).
    select.locator("xpath=..").getByText(option, new Locator.GetByTextOptions().setExact(true)).filter(VISIBLE).last()
        .click();
    assertThat(select).containsText(option);
  }

  /**
   * Completes a form whose dynamic list was edited. Tasklist 7.24 (form-js 1.8.7) keeps Complete disabled after a
   * field inside a dynamic list changes: form-js leaves an empty error entry for list fields and Tasklist counts the
   * entries. Save validates the whole form afresh, which enables Complete again when nothing is wrong.
   */
  protected static void saveThenComplete(Page page) {
    saveThenComplete(page, "Save", "Complete");
  }

  /** The same, with Tasklist's words for "Save" and "Complete" in the person's language. */
  protected static void saveThenComplete(Page page, String save, String complete) {
    button(page, save).click();
    completeSavingWhileDisabled(page, save, complete);
  }

  /**
   * Clicks Complete once it is enabled, saving again while it is not. form-js re-checks a field now and then after a
   * save (a field left, a first value checked late on a loaded machine), which leaves the empty error entry again:
   * Complete is disabled again, and Save enabled again since the form changed. As the form's own hint says, a person
   * who finds Complete disabled saves once more, until Complete takes the click; a real error (an empty required
   * field) keeps it disabled, and the assertion at the end then fails.
   */
  protected static void completeSavingWhileDisabled(Page page, String save, String complete) {
    long deadline = System.nanoTime() + (long) (TIMEOUT_MS * 1_000_000);
    while (System.nanoTime() < deadline) {
      if (enabledWithin(button(page, complete), 2_000)) {
        try {
          button(page, complete).click(new Locator.ClickOptions().setTimeout(2_000));
          return;
        } catch (com.microsoft.playwright.TimeoutError disabledAgain) {
          // disabled again between the check and the click: save once more
        }
      }
      if (button(page, save).isEnabled()) {
        System.out.println("[browser] Complete disabled after the save: saving once more");
        button(page, save).click();
      }
    }
    assertThat(button(page, complete)).isEnabled();
    button(page, complete).click();
  }

  /** Whether the element is enabled, or becomes so within {@code ms}. */
  private static boolean enabledWithin(Locator element, double ms) {
    try {
      assertThat(element).isEnabled(new com.microsoft.playwright.assertions.LocatorAssertions.IsEnabledOptions()
          .setTimeout(ms));
      return true;
    } catch (org.opentest4j.AssertionFailedError stillDisabled) {
      return false;
    }
  }

  /** Saves a screenshot of the page as NN-name.png in the test's folder. */
  protected void screenshot(Page page, String name) {
    lastPage = page;
    screenshotCount++;
    page.screenshot(new Page.ScreenshotOptions()
        .setPath(screenshots.resolve(String.format("%02d-%s.png", screenshotCount, name)))
        // Camunda's "migrate to Camunda 8" banner is not part of Majlis.
        .setStyle(".ce-eol-banner { display: none !important; }"));
  }

  /** The same, and (with {@link #REFRESH_TOUR}) the README tour's docs/tour/{tourPicture}.png replaced by this one. */
  protected void screenshot(Page page, String name, String tourPicture) {
    screenshot(page, name);
    if (!REFRESH_TOUR) {
      return;
    }
    try {
      Files.copy(screenshots.resolve(String.format("%02d-%s.png", screenshotCount, name)),
          TOUR.resolve(tourPicture + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("Cannot write the tour's picture " + tourPicture, e);
    }
  }

  private void listen(Page page) {
    page.onConsoleMessage(m -> {
      if (!m.type().equals("log") && !m.type().equals("debug") && !m.type().equals("info")) {
        browserLog.add(java.time.Instant.now() + " console " + m.type() + ": " + m.text() + " (" + page.url() + ")");
      }
    });
    page.onPageError(e -> browserLog.add(java.time.Instant.now() + " page error: " + e + " (" + page.url() + ")"));
    page.onRequestFailed(r -> browserLog.add(java.time.Instant.now() + " request failed: " + r.method() + " "
        + r.url() + ": " + r.failure()));
  }

  private void screenshotOnFailure(ExtensionContext context, Throwable failure) throws Throwable {
    if (lastPage != null && !lastPage.isClosed()) {
      try {
        screenshot(lastPage, "failure");
        Files.writeString(screenshots.resolve(String.format("%02d-failure.html", screenshotCount)),
            lastPage.content());
        Files.write(screenshots.resolve(String.format("%02d-failure-browser.txt", screenshotCount)),
            new ArrayList<>(browserLog));
      } catch (RuntimeException | IOException e) {
        failure.addSuppressed(e);
      }
    }
    throw failure;
  }
}
