package ma.majlis.platform;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ma.majlis.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stranger cannot lock out a real user (issue #12): wrong passwords are slowed per client and user with 429 and
 * Retry-After, never lock the account, never hold back another user; identity/verify is for administrators. The
 * throttle's window is measured with a clock this test moves (its own users, lockout-*).
 */
class LoginLockoutTest extends ApplicationTest {

  @Autowired
  LoginThrottle throttle;
  @Autowired
  IdentityService identity;

  final HttpClient http = HttpClient.newHttpClient();
  Instant now = Instant.parse("2030-01-01T10:00:00Z");

  @BeforeEach
  void ownClockAndUsers() {
    throttle.useClock(new Clock() {
      @Override
      public Instant instant() {
        return now;
      }

      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }
    });
    for (String id : List.of("lockout-a", "lockout-b", "lockout-c", "lockout-d")) {
      if (identity.createUserQuery().userId(id).count() == 0) {
        User user = identity.newUser(id);
        user.setPassword(id + "-secret");
        user.setFirstName("Lockout");
        user.setLastName(id);
        identity.saveUser(user);
      }
    }
  }

  @AfterEach
  void systemClock() {
    throttle.useClock(Clock.systemUTC());
  }

  HttpResponse<String> get(String user, String password, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
            .getBytes(StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void wrongPasswordsFromOneClientAre429WithRetryAfterAndTheUserLogsInAfterTheWindow() throws Exception {
    List<Integer> statuses = new ArrayList<>();
    HttpResponse<String> last = null;
    for (int i = 0; i < 12; i++) {
      last = get("lockout-a", "guess-" + i, "/engine-rest/user/lockout-a/profile");
      statuses.add(last.statusCode());
      now = now.plusSeconds(1);
    }

    assertThat(statuses.subList(0, 5)).as("the first 5 failures are checked").containsOnly(401);
    assertThat(statuses.subList(5, 12)).as("then the client is held back: " + statuses).containsOnly(429);
    assertThat(last.headers().firstValue("Retry-After")).as("the window began at 10:00:00, the last try at 10:00:11").contains("49");
    assertThat(last.body()).contains("TooManyFailedLogins");
    assertThat(get("lockout-a", "lockout-a-secret", "/api/resolutions").statusCode())
        .as("/api is behind the same throttle, for this client").isEqualTo(429);

    assertThat(get("lockout-b", "lockout-b-secret", "/engine-rest/user/lockout-b/profile").statusCode())
        .as("another user from the same client").isEqualTo(200);
    assertThat(get("lockout-b", "wrong", "/engine-rest/user/lockout-b/profile").statusCode())
        .as("another user's own failure is checked, not held back").isEqualTo(401);

    now = now.plusSeconds(48); // 10:01:00, the window has passed
    HttpResponse<String> after = get("lockout-a", "lockout-a-secret", "/engine-rest/user/lockout-a/profile");
    assertThat(after.statusCode()).as("after the window: " + after.body()).isEqualTo(200);
    assertThat(get("lockout-a", "wrong", "/engine-rest/user/lockout-a/profile").statusCode())
        .as("the success forgot the failures").isEqualTo(401);
  }

  @Test
  void theEngineNeverLocksAnAccountHoweverManyWrongPasswords() {
    for (int i = 0; i < 25; i++) {
      assertThat(identity.checkPassword("lockout-c", "guess-" + i)).isFalse();
    }
    assertThat(identity.checkPassword("lockout-c", "lockout-c-secret")).isTrue();
  }

  @Test
  void theWebappLoginIsThrottledToo() throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/tasklist/")).GET()
        .build(), HttpResponse.BodyHandlers.discarding());
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
          .map(HttpCookie::getValue).findFirst().orElseThrow();
      statuses.add(browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
              + "/camunda/api/admin/auth/user/default/login/tasklist"))
          .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
          .POST(HttpRequest.BodyPublishers.ofString("username=lockout-d&password=guess" + i)).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode());
    }
    assertThat(statuses).containsExactly(401, 401, 401, 401, 401, 429, 429);
  }

  @Test
  void identityVerifyIsForAdministratorsOnly() throws IOException, InterruptedException {
    String body = "{\"username\":\"chair\",\"password\":\"guess\"}";
    assertThat(post("member01", body).statusCode()).isEqualTo(403);
    assertThat(post("secretary", body).statusCode()).isEqualTo(403);
    HttpResponse<String> admin = post("admin", body);
    assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);
    assertThat(admin.body()).contains("\"authenticated\":false");
  }

  HttpResponse<String> post(String user, String json) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/identity/verify"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user)
            .getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
