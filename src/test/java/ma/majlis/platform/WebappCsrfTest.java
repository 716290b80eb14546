package ma.majlis.platform;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import ma.majlis.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webapps (Tasklist, Cockpit, Admin) keep Camunda's CSRF protection: a modifying request must carry the token
 * that the server gave to the browser's session, so a page on another site cannot act as a logged-in user.
 */
class WebappCsrfTest extends ApplicationTest {

  private static final String LOGIN = "/camunda/api/admin/auth/user/default/login/tasklist";

  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();

  @Test
  void aLoginWithoutTheCsrfTokenIsRefusedAndWithItAccepted() throws Exception {
    String token = openTasklist();

    // The session cookie and the XSRF-TOKEN cookie go along (as with a form posted from another site), the header
    // does not: refused, and the session is ended.
    HttpResponse<String> forged = send(login());
    assertThat(forged.statusCode()).as(forged.body()).isEqualTo(403);
    assertThat(forged.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");
    HttpResponse<String> afterForgery = send(login().header("X-XSRF-TOKEN", token));
    assertThat(afterForgery.statusCode()).as("the ended session's token is void").isEqualTo(403);

    // Tasklist's own request echoes the cookie's token in the header.
    String fresh = openTasklist();
    assertThat(fresh).isNotEqualTo(token);
    HttpResponse<String> genuine = send(login().header("X-XSRF-TOKEN", fresh));
    assertThat(genuine.statusCode()).as(genuine.body()).isEqualTo(200);
    assertThat(genuine.body()).contains("\"userId\":\"secretary\"");
  }

  @Test
  void aWrongCsrfTokenIsRefused() throws Exception {
    openTasklist();

    HttpResponse<String> guessed = send(login().header("X-XSRF-TOKEN", "0123456789ABCDEF0123456789ABCDEF"));
    assertThat(guessed.statusCode()).as(guessed.body()).isEqualTo(403);
  }

  /** Opens Tasklist's page as a browser does; returns the CSRF token the server gave to this session. */
  private String openTasklist() throws Exception {
    HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/")).GET());
    assertThat(page.statusCode()).isEqualTo(200);
    String token = cookie("XSRF-TOKEN");
    assertThat(token).as("the XSRF-TOKEN cookie").isNotBlank();
    return token;
  }

  private HttpRequest.Builder login() {
    return HttpRequest.newBuilder(uri(LOGIN))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=secretary&password=secretary"));
  }

  private String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue).findFirst().orElse(null);
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
