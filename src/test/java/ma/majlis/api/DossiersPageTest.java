package ma.majlis.api;

import java.time.LocalDateTime;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ma.majlis.support.ApplicationTest;
import ma.majlis.support.Engine;
import ma.majlis.support.Jobs;
import ma.majlis.support.Rest.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page a member opens from his reply or vote form: the approved agenda with each dossier (proposed resolution,
 * budget lines, controller's opinion), for the read API's readers only, with the Tasklist login as with HTTP Basic.
 */
class DossiersPageTest extends ApplicationTest {

  @Autowired
  ManagementService management;

  @Test
  void aMemberReadsTheAgendaAndTheDossiersFromHisForm() {
    String key = "CA-2056-S1";
    Engine api = new Engine(rest);
    api.convene(new Jobs(management), key, LocalDateTime.parse("2056-03-20T10:00"), "TALLY", """
        [{"title":"Opening address of the chair","kind":"ADDRESS"},
         {"title":"Draft budget 2057","kind":"DELIBERATION","subject":"BUDGET","rapporteur":"director"}]""");

    // member06 reads French: the page in French
    Response page = rest.get("member06", "/api/sessions/" + key + "/dossiers");
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    assertThat(page.body()).contains("lang=\"fr\"", "Session " + key + " : ordre du jour et dossiers",
        "lundi 20 mars 2056 à 10:00", "2. Draft budget 2057", "(Délibération (vote), Budget)", "Rapporteur : Karim Tazi",
        "The board approves item BUDGET.", "Subsidy", "Programmes", "100,00 MAD",
        "Avis du contrôleur d’État : Favorable : Fine.");
    // member05 reads Arabic: right to left, in Arabic
    assertThat(rest.get("member05", "/api/sessions/" + key + "/dossiers").body()).contains("dir=\"rtl\"",
        "الدورة " + key + ": جدول الأعمال والملفات", "الاثنين 20 مارس 2056 على الساعة 10:00", "مشروع القرار");

    // the link in the form opens with the Tasklist login, no second password
    Response withLogin = api.tasklist().open("member05", "/api/sessions/" + key + "/dossiers");
    assertThat(withLogin.status()).as(withLogin.toString()).isEqualTo(200);
    assertThat(withLogin.body()).contains("Draft budget 2057");
    assertThat(rest.get(null, "/api/sessions/" + key + "/dossiers").status()).isEqualTo(401);
    assertThat(rest.get("admin", "/api/sessions/" + key + "/dossiers").status()).as("not a reader").isEqualTo(403);
    assertThat(rest.get("member05", "/api/sessions/CA-2056-S9/dossiers").status()).isEqualTo(404);
  }
}
