package ma.majlis.api;

import org.junit.jupiter.api.Test;

import ma.majlis.support.ApplicationTest;
import ma.majlis.support.Rest.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each person has a language (issue #13): read and set by the person himself or an administrator, anyone else 403;
 * a language Majlis does not speak 400; a person who has not chosen reads in the working language (French).
 */
class UserPreferencesTest extends ApplicationTest {

  @Test
  void aPersonChoosesHisLanguageAndOnlyHeOrAnAdministratorMay() {
    // the administrator is not one of the demo users, who come with their language: he has not chosen
    Response unset = rest.get("admin", "/api/users/admin/preferences");
    assertThat(unset.status()).as(unset.toString()).isEqualTo(200);
    assertThat(unset.json().path("language").asText()).as("the working language by default").isEqualTo("fr");
    assertThat(rest.get("member07", "/api/users/member07/preferences").json().path("language").asText())
        .as("the demo's member07 reads French").isEqualTo("fr");

    Response chosen = rest.put("member07", "/api/users/member07/preferences", "{\"language\":\"ar\"}");
    assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
    assertThat(rest.get("member07", "/api/users/member07/preferences").json().path("language").asText())
        .isEqualTo("ar");

    // an administrator sets it for him (admin is in no reader group of the API: his own rule here)
    assertThat(rest.put("admin", "/api/users/member07/preferences", "{\"language\":\"en\"}").status()).isEqualTo(200);
    assertThat(rest.get("admin", "/api/users/member07/preferences").json().path("language").asText())
        .isEqualTo("en");

    // anyone else: 403, and nothing changes
    Response other = rest.put("member08", "/api/users/member07/preferences", "{\"language\":\"fr\"}");
    assertThat(other.status()).as(other.toString()).isEqualTo(403);
    assertThat(rest.get("secretary", "/api/users/member07/preferences").status()).isEqualTo(403);
    assertThat(rest.get("member07", "/api/users/member07/preferences").json().path("language").asText())
        .isEqualTo("en");

    Response unknown = rest.put("member07", "/api/users/member07/preferences", "{\"language\":\"de\"}");
    assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
    assertThat(unknown.json().path("message").asText()).isEqualTo("language: must be one of ar, fr, en, got 'de'");
    assertThat(rest.put("member07", "/api/users/member07/preferences", "{\"colour\":\"red\"}").status())
        .isEqualTo(400);
    assertThat(rest.get("admin", "/api/users/nobody/preferences").status()).isEqualTo(404);
    assertThat(rest.get(null, "/api/users/member07/preferences").status()).isEqualTo(401);
    // back to the demo's choice, for the tests that read member07's mail after this one
    assertThat(rest.put("admin", "/api/users/member07/preferences", "{\"language\":\"fr\"}").status())
        .isEqualTo(200);
  }
}
