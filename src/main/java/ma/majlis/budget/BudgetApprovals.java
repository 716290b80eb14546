package ma.majlis.budget;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import ma.majlis.notification.Mail;
import ma.majlis.notification.Outbox;
import ma.majlis.agenda.PendingAgendaItems;
import ma.majlis.platform.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import static org.camunda.spin.Spin.JSON;

/**
 * The register of adopted budgets and their approval by the Ministry of Finance (table {@code budget_approval}).
 * Every write is idempotent, so that a retried step changes nothing twice.
 */
@Service
public class BudgetApprovals {

  private static final Logger LOG = LoggerFactory.getLogger(BudgetApprovals.class);

  private final JdbcTemplate jdbc;
  private final Outbox outbox;
  private final PendingAgendaItems pendingItems;

  public BudgetApprovals(JdbcTemplate jdbc, Outbox outbox, PendingAgendaItems pendingItems) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.pendingItems = pendingItems;
  }

  /** Records the budget as submitted (adopted, pending approval) and tells the ministry's users. */
  public void submit(String resolutionNumber, String sessionKey, List<String> financeUsers) {
    Integer known = jdbc.queryForObject("select count(*) from budget_approval where resolution_number = ?",
        Integer.class, resolutionNumber);
    if (known == null || known == 0) {
      jdbc.update("insert into budget_approval (resolution_number, session_key, status, submitted_at) values (?, ?, ?, ?)",
          resolutionNumber, sessionKey, BudgetStatus.SUBMITTED.name(), now());
    }
    for (String user : financeUsers) {
      outbox.enqueue(resolutionNumber + "/budget-submitted/" + user, user, language -> Mail.in(language)
          .subject("mail.budget.submitted.subject", resolutionNumber)
          .paragraph("mail.greeting.colleague")
          .paragraph("mail.budget.submitted.intro", resolutionNumber, sessionKey)
          .paragraph("mail.budget.submitted.action"), sessionKey);
    }
    LOG.info("Budget of {} submitted to the Ministry of Finance ({} user(s) notified)", resolutionNumber, financeUsers.size());
  }

  /** Reminds the ministry's users that the budget still waits for their decision. */
  public void remind(String resolutionNumber, String sessionKey, List<String> financeUsers) {
    for (String user : financeUsers) {
      outbox.enqueue(resolutionNumber + "/budget-reminder/" + user, user, language -> Mail.in(language)
          .subject("mail.budget.reminder.subject", resolutionNumber)
          .paragraph("mail.greeting.colleague")
          .paragraph("mail.budget.reminder.intro", resolutionNumber, sessionKey), sessionKey);
    }
    LOG.info("Ministry of Finance reminded of the budget of {}", resolutionNumber);
  }

  /** The ministry's decision as its completion recorded it: what, with which remarks, by whom. */
  public record Decision(BudgetDecision decision, String remarks, String decidedBy) {
  }

  /**
   * Records the ministry's decision on the budget of a resolution, in the completion of Task_ReviewBudget
   * ({@link ReviewBudgetCheckAndRecord}): the steps after it read it here. Refused when the budget was not submitted
   * or was already decided.
   */
  public void recordDecision(String resolutionNumber, BudgetDecision decision, String remarks, String decidedBy) {
    int updated = jdbc.update("update budget_approval set decision = ?, remarks = ?, decided_by = ?, decided_at = ?"
        + " where resolution_number = ? and decision is null", decision.name(), remarks, decidedBy, now(),
        resolutionNumber);
    if (updated == 0) {
      throw new IllegalStateException("The budget of " + resolutionNumber + " waits for no decision of the Ministry of"
          + " Finance: it was not submitted, or was already decided");
    }
  }

  /** The ministry's recorded decision; empty before it (or for a decision taken before decisions were recorded). */
  public Optional<Decision> decision(String resolutionNumber) {
    return jdbc.query("select decision, remarks, decided_by from budget_approval where resolution_number = ?"
            + " and decision is not null",
        (rs, i) -> new Decision(BudgetDecision.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)),
        resolutionNumber).stream().findFirst();
  }

  /** The ministry approved: the budget is executory. Refused when the recorded decision asked for changes. */
  public void markExecutory(String resolutionNumber) {
    decision(resolutionNumber).filter(d -> d.decision() != BudgetDecision.APPROVE).ifPresent(d -> {
      throw new IllegalStateException("The Ministry of Finance requested changes to the budget of " + resolutionNumber
          + " (" + d.decidedBy() + "): it is not executory");
    });
    jdbc.update("update budget_approval set status = ?, decided_at = coalesce(decided_at, ?) where resolution_number = ?",
        BudgetStatus.EXECUTORY.name(), now(), resolutionNumber);
    LOG.info("Budget of {} approved by the Ministry of Finance: executory", resolutionNumber);
  }

  /**
   * The ministry requested changes, with the remarks it recorded; {@code remarksBefore} are the remarks of a decision
   * taken before decisions were recorded. Refused when the recorded decision approved the budget.
   */
  public void recordChangesRequested(String resolutionNumber, String remarksBefore) {
    Optional<Decision> recorded = decision(resolutionNumber);
    recorded.filter(d -> d.decision() != BudgetDecision.REQUEST_CHANGES).ifPresent(d -> {
      throw new IllegalStateException("The Ministry of Finance approved the budget of " + resolutionNumber + " ("
          + d.decidedBy() + "): no changes were requested");
    });
    String remarks = recorded.map(Decision::remarks).orElse(remarksBefore);
    jdbc.update("update budget_approval set status = ?, decided_at = coalesce(decided_at, ?), remarks = ?"
        + " where resolution_number = ?", BudgetStatus.CHANGES_REQUESTED.name(), now(), remarks, resolutionNumber);
    LOG.info("Ministry of Finance requested changes to the budget of {}", resolutionNumber);
  }

  /** The remarks with which the ministry requested changes: recorded, else (an earlier decision) {@code before}. */
  public String changesRequested(String resolutionNumber, String before) {
    return decision(resolutionNumber).map(Decision::remarks).orElse(before);
  }

  /**
   * Puts the amended budget on the agenda of the next session of the body that adopted the budget. Returns the
   * pending item's id.
   */
  public long queueAmendedBudget(String resolutionNumber, String sessionKey, String budgetLinesJson,
                                 String draftResolution, String financeRemarks) {
    var payload = JSON("{}");
    payload.prop("resolutionNumber", resolutionNumber);
    payload.prop("budgetLines", JSON(budgetLinesJson));
    payload.prop("draftResolution", draftResolution);
    if (financeRemarks != null) {
      payload.prop("financeRemarks", financeRemarks);
    }
    return pendingItems.add(PendingAgendaItems.bodyCodeOf(sessionKey), resolutionNumber,
        "Amended budget (changes requested by the Ministry of Finance on resolution " + resolutionNumber + ")",
        "DELIBERATION", "BUDGET", payload.toString());
  }

  /** The status of the budget of a resolution, null when none was submitted. */
  public BudgetStatus status(String resolutionNumber) {
    List<String> status = jdbc.queryForList("select status from budget_approval where resolution_number = ?",
        String.class, resolutionNumber);
    return status.isEmpty() ? null : BudgetStatus.valueOf(status.get(0));
  }

  /** The budget adopted by a resolution and where it stands with the ministry (rule 7). */
  public record BudgetApproval(String resolutionNumber, String sessionKey, BudgetStatus status,
                               Instant submittedAt, Instant decidedAt, String remarks) {

    /** Rule 7: a budget may be executed only once the ministry approved it. */
    public boolean executory() {
      return status == BudgetStatus.EXECUTORY;
    }
  }

  /** The budget of a resolution, empty when none was submitted. */
  public Optional<BudgetApproval> find(String resolutionNumber) {
    return jdbc.query("select * from budget_approval where resolution_number = ?",
        (rs, i) -> new BudgetApproval(rs.getString("resolution_number"), rs.getString("session_key"),
            BudgetStatus.valueOf(rs.getString("status")), rs.getTimestamp("submitted_at").toInstant(),
            rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant(),
            rs.getString("remarks")), resolutionNumber).stream().findFirst();
  }

  private static Timestamp now() {
    return new Timestamp(EngineClock.now().getTime());
  }
}
