package ma.majlis.budget;

import java.util.List;

import ma.majlis.notification.Outbox;
import ma.majlis.agenda.PendingAgendaItem;
import ma.majlis.agenda.PendingAgendaItems;
import ma.majlis.support.H2Database;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.spin.Spin.JSON;

class BudgetApprovalsTest {

  private final JdbcTemplate jdbc = H2Database.migrated();
  private final Outbox outbox = new Outbox(jdbc);
  private final PendingAgendaItems items = new PendingAgendaItems(jdbc);
  private final BudgetApprovals budgets = new BudgetApprovals(jdbc, outbox, items);

  @Test
  void aSubmittedBudgetBecomesExecutoryWhenApproved() {
    budgets.submit("CA-2021-S2-R02", "CA-2021-S2", List.of("finance"));
    budgets.submit("CA-2021-S2-R02", "CA-2021-S2", List.of("finance"));
    assertThat(budgets.status("CA-2021-S2-R02")).isEqualTo(BudgetStatus.SUBMITTED);
    assertThat(outbox.forSession("CA-2021-S2")).singleElement()
        .satisfies(n -> assertThat(n.recipient()).isEqualTo("finance"));

    budgets.markExecutory("CA-2021-S2-R02");
    assertThat(budgets.status("CA-2021-S2-R02")).isEqualTo(BudgetStatus.EXECUTORY);
  }

  @Test
  void requestedChangesPutAnAmendedBudgetOnTheNextAgendaOfTheBoard() {
    budgets.submit("CA-2021-S2-R02", "CA-2021-S2", List.of("finance"));
    budgets.recordChangesRequested("CA-2021-S2-R02", "Staff costs");
    long id = budgets.queueAmendedBudget("CA-2021-S2-R02", "CA-2021-S2",
        "[{\"heading\":\"Subsidy\",\"type\":\"REVENUE\",\"amount\":5}]", "Draft", "Staff costs");

    assertThat(budgets.status("CA-2021-S2-R02")).isEqualTo(BudgetStatus.CHANGES_REQUESTED);
    PendingAgendaItem item = items.forBody("CA").get(0);
    assertThat(item.id()).isEqualTo(id);
    assertThat(item.kind()).isEqualTo("DELIBERATION");
    assertThat(item.subject()).isEqualTo("BUDGET");
    assertThat(item.title()).startsWith("Amended budget");
    assertThat(JSON(item.payload()).prop("budgetLines").elements()).hasSize(1);
    assertThat(JSON(item.payload()).prop("draftResolution").stringValue()).isEqualTo("Draft");
  }
}
