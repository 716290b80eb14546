package ma.majlis.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ma.majlis.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each page of the webapps carries the script nonce of its own Content Security Policy header, however many pages
 * are served at once. Camunda 7.24 keeps the nonce of the response being written in one attribute of the servlet
 * context, which every request shares: a page served while another request passed the header filter got the other
 * request's nonce, the browser blocked all its scripts, and Tasklist stayed on its loading spinner (a CI run of
 * {@code TasklistMemberBrowserIT}). {@link PerRequestCspNonceFilter} keeps it per request.
 *
 * <p>Here, pages and the scripts they load are asked for by several clients at once, as by a few people's browsers;
 * every page's nonce must be its header's.
 */
class WebappCspNonceTest extends ApplicationTest {

  private static final Pattern HEADER_NONCE = Pattern.compile("script-src 'nonce-([^']+)'");
  private static final Pattern PAGE_NONCE = Pattern.compile("nonce=\"([^\"]*)\"");

  /** Clients at once, and the pages each asks for. */
  private static final int CLIENTS = 8;
  private static final int PAGES_EACH = 25;

  private final HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  @ParameterizedTest(name = "{0}: every page carries its own header's nonce")
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void everyPageCarriesItsOwnHeadersNonce(String app) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int client = 0; client < CLIENTS; client++) {
        // Half the clients load the page, the other half alternate the page and one of its scripts (which also
        // passes the header filter), as a browser does while a page loads.
        boolean withScripts = client % 2 == 1;
        results.add(clients.submit(pages(app, withScripts)));
      }
      List<String> mismatches = new ArrayList<>();
      int pages = 0;
      for (Future<List<String>> result : results) {
        List<String> outcomes = result.get();
        pages += outcomes.size();
        outcomes.stream().filter(outcome -> !outcome.isEmpty()).forEach(mismatches::add);
      }
      assertThat(pages).as("pages served").isEqualTo(CLIENTS * PAGES_EACH);
      assertThat(mismatches).as("pages whose nonce is not their header's, of " + pages).isEmpty();
    } finally {
      clients.shutdownNow();
    }
  }

  /** One client's pages: for each, "" when its nonces are its header's, else what differs. */
  private Callable<List<String>> pages(String app, boolean withScripts) {
    return () -> {
      List<String> outcomes = new ArrayList<>();
      for (int i = 0; i < PAGES_EACH; i++) {
        HttpResponse<String> page = get("/camunda/app/" + app + "/default/");
        assertThat(page.statusCode()).as(app + " page").isEqualTo(200);
        outcomes.add(mismatch(page));
        if (withScripts) {
          assertThat(get("/camunda/app/" + app + "/scripts/config.js").statusCode()).as(app + " config.js")
              .isEqualTo(200);
        }
      }
      return outcomes;
    };
  }

  private static String mismatch(HttpResponse<String> page) {
    String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
    Matcher header = HEADER_NONCE.matcher(policy);
    if (!header.find()) {
      return "no nonce in the header: " + policy;
    }
    Matcher body = PAGE_NONCE.matcher(page.body());
    int scripts = 0;
    while (body.find()) {
      scripts++;
      if (!body.group(1).equals(header.group(1))) {
        return "header nonce " + header.group(1) + ", page nonce " + body.group(1);
      }
    }
    return scripts == 0 ? "no nonce in the page" : "";
  }

  private HttpResponse<String> get(String path) throws Exception {
    return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
