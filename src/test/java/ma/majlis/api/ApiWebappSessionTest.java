package ma.majlis.api;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import ma.majlis.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read API with the webapps' login instead of HTTP Basic, as Majlis's Cockpit plugin calls it: a user logged
 * into Cockpit reads {@code /api} with the session alone, for reads only, with the same readers and the same 401 and
 * 403; after the logout the session reads no more.
 */
class ApiWebappSessionTest extends ApplicationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .cookieHandler(cookies).build();

  @Test
  void aManagerLoggedIntoCockpitReadsTheApiWithTheSessionAlone() throws Exception {
    assertThat(get("/api/sessions").statusCode()).as("not logged in yet").isEqualTo(401);

    logIn("manager", "cockpit");
    HttpResponse<String> sessions = get("/api/sessions");
    assertThat(sessions.statusCode()).as(sessions.body()).isEqualTo(200);
    assertThat(JSON.readTree(sessions.body()).has("items")).isTrue();
    assertThat(get("/api/resolutions?body=CA").statusCode()).isEqualTo(200);
    assertThat(get("/api/sessions/CA-1999-S9").statusCode()).as("the API's own answers").isEqualTo(404);
  }

  @Test
  void theSessionIsNotAcceptedForAnythingButReads() throws Exception {
    String token = logIn("manager", "cockpit");
    // Even with the CSRF token a page of Cockpit would send: a write to /api needs HTTP Basic.
    HttpResponse<String> post = send(HttpRequest.newBuilder(uri("/api/sessions")).header("X-XSRF-TOKEN", token)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(post.statusCode()).as(post.body()).isEqualTo(401);
  }

  @Test
  void aUserLoggedInOutsideTheReadersGroupsIs403() throws Exception {
    logIn("admin", "cockpit");
    HttpResponse<String> response = get("/api/sessions");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    assertThat(JSON.readTree(response.body()).path("type").asText()).isEqualTo("AuthorizationException");
    assertThat(JSON.readTree(response.body()).path("message").asText()).contains("admin");
  }

  @Test
  void afterTheLogoutTheSessionReadsNoMore() throws Exception {
    String token = logIn("chair", "cockpit");
    assertThat(get("/api/sessions").statusCode()).isEqualTo(200);
    HttpResponse<String> logout = send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/logout"))
        .header("X-XSRF-TOKEN", token).POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(logout.statusCode()).as(logout.body()).isLessThan(300);
    assertThat(get("/api/sessions").statusCode()).isEqualTo(401);
  }

  @Test
  void basicCredentialsStillDecideWhenGivenAlongsideASession() throws Exception {
    logIn("manager", "cockpit");
    HttpResponse<String> wrong = send(HttpRequest.newBuilder(uri("/api/sessions"))
        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("nobody-here:wrong".getBytes()))
        .GET());
    // (An unknown user: a wrong password of a real one would leave it a failed-login mark that tests which pin the
    // engine clock in the past read as a lock.)
    assertThat(wrong.statusCode()).as("wrong credentials are not rescued by the session").isEqualTo(401);
  }

  /** Opens the webapp's page, then logs in with the CSRF token it gave, as the login page does; returns the token. */
  private String logIn(String user, String app) throws Exception {
    HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/camunda/app/" + app + "/")).GET());
    assertThat(page.statusCode()).isLessThan(400);
    String token = cookie("XSRF-TOKEN");
    assertThat(token).as("the XSRF-TOKEN cookie").isNotBlank();
    HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user)));
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    // The login starts a new session; its token comes with the next request to the webapp, as the page's next call.
    send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default")).GET());
    return cookie("XSRF-TOKEN");
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET());
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
