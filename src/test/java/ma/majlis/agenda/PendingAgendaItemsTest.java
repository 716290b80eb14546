package ma.majlis.agenda;

import ma.majlis.support.H2Database;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class PendingAgendaItemsTest {

  private final JdbcTemplate jdbc = H2Database.migrated();
  private final PendingAgendaItems items = new PendingAgendaItems(jdbc);

  @Test
  void anItemWaitsForTheNextSessionOfItsBodyUntilASessionTakesIt() {
    long id = items.add("CA", "CA-2021-S2-R02", "Amended budget", "DELIBERATION", "BUDGET", "{\"a\":1}");
    assertThat(items.add("CA", "CA-2021-S2-R02", "Amended budget", "DELIBERATION", "BUDGET", "{\"a\":1}"))
        .as("recorded once").isEqualTo(id);

    List<PendingAgendaItem> pending = items.forBody("CA");
    assertThat(pending).extracting(PendingAgendaItem::title).containsExactly("Amended budget");
    assertThat(pending.get(0).subject()).isEqualTo("BUDGET");
    assertThat(items.forBody("CQI")).isEmpty();

    assertThat(items.take(List.of(id), "CA-2022-S1")).isEqualTo(1);
    assertThat(items.take(List.of(id), "CA-2022-S2")).as("already taken").isZero();
    assertThat(items.forBody("CA")).isEmpty();
    assertThat(items.fromSource("CA-2021-S2-R02").get(0).takenBySession()).isEqualTo("CA-2022-S1");
  }

  @Test
  void theBodyIsThePrefixOfTheSessionKey() {
    assertThat(PendingAgendaItems.bodyCodeOf("CA-2021-S2")).isEqualTo("CA");
    assertThat(PendingAgendaItems.bodyCodeOf("CQI-2022-S1-R04")).isEqualTo("CQI");
  }
}
