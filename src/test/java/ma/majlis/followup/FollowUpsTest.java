package ma.majlis.followup;

import java.time.LocalDate;
import java.util.List;

import ma.majlis.notification.Outbox;
import ma.majlis.agenda.PendingAgendaItem;
import ma.majlis.agenda.PendingAgendaItems;
import ma.majlis.support.H2Database;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class FollowUpsTest {

  private final JdbcTemplate jdbc = H2Database.migrated();
  private final Outbox outbox = new Outbox(jdbc);
  private final PendingAgendaItems items = new PendingAgendaItems(jdbc);
  private final FollowUps followUps = new FollowUps(jdbc, outbox, items);

  @Test
  void aFollowUpIsOpenUntilDoneThenItsReportWaitsForTheNextSession() {
    followUps.open("CA-2021-S2-R01", "CA-2021-S2", "director", LocalDate.of(2022, 6, 30), "[\"Launch Jisr\"]");
    followUps.open("CA-2021-S2-R01", "CA-2021-S2", "director", LocalDate.of(2022, 6, 30), "[\"Launch Jisr\"]");
    assertThat(followUps.openForBody("CA")).singleElement()
        .satisfies(f -> assertThat(f.status()).isEqualTo(FollowUpStatus.OPEN));

    followUps.recordProgress("CA-2021-S2-R01", "Half done");
    followUps.escalate("CA-2021-S2-R01", "CA-2021-S2", List.of("chair"));
    assertThat(followUps.find("CA-2021-S2-R01").status()).isEqualTo(FollowUpStatus.OVERDUE);
    assertThat(outbox.forSession("CA-2021-S2")).extracting(n -> n.recipient())
        .containsExactly("director", "chair", "director");

    followUps.recordFinalReport("CA-2021-S2-R01", "CA-2021-S2", "All done");
    FollowUp done = followUps.find("CA-2021-S2-R01");
    assertThat(done.status()).isEqualTo(FollowUpStatus.DONE);
    assertThat(done.lastReport()).isEqualTo("All done");
    assertThat(done.doneAt()).isNotNull();
    assertThat(followUps.openForBody("CA")).isEmpty();
    PendingAgendaItem item = items.forBody("CA").get(0);
    assertThat(item.title()).isEqualTo("Compte rendu du suivi de la résolution CA-2021-S2-R01");
    assertThat(item.subject()).isEqualTo("FOLLOW_UP");
    assertThat(item.payload()).contains("\"report\":\"All done\"").contains("\"actions\":[\"Launch Jisr\"]");
  }

  @Test
  void theLatestReportIsTheOneTheOwnerMadeLast() {
    assertThat(followUps.latestReport("CA-2021-S2-R02")).isEmpty();
    followUps.saveReport("CA-2021-S2-R02", "Half done", false, "director");
    followUps.saveReport("CA-2021-S2-R02", "All done", true, "director");
    followUps.saveReport("CA-2021-S2-R03", "Another resolution", false, "member04");
    assertThat(followUps.latestReport("CA-2021-S2-R02")).contains(new FollowUps.Report("All done", true));
  }
}
