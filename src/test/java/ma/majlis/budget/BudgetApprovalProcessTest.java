package ma.majlis.budget;

import ma.majlis.process.SharedVariables;
import ma.majlis.identity.Groups;
import ma.majlis.process.MessageNames;
import java.util.List;
import java.util.Map;

import ma.majlis.agenda.PendingAgendaItems;
import ma.majlis.notification.Outbox;
import ma.majlis.platform.InputRejectedException;
import ma.majlis.support.H2Database;
import org.springframework.jdbc.core.JdbcTemplate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import ma.majlis.platform.EngineClock;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static ma.majlis.budget.BudgetVariables.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.spin.plugin.variable.SpinValues.jsonValue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

@Deployment(resources = "processes/budget-approval.bpmn")
class BudgetApprovalProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineCoverageExtension.builder()
      .assertClassCoverageAtLeast(1.0).build();

  private static final String R02 = "CA-2021-S2-R02";
  private static final String BALANCED = "[{\"heading\":\"State subsidy\",\"type\":\"REVENUE\",\"amount\":1000000},"
      + "{\"heading\":\"Programmes\",\"type\":\"EXPENDITURE\",\"amount\":1000000}]";

  /** The budgets' register on the real migrations (H2), watched: the completion records, the jobs read. */
  private final JdbcTemplate h2 = H2Database.migrated();
  private final BudgetApprovals budgets = spy(new BudgetApprovals(h2, new Outbox(h2), new PendingAgendaItems(h2)));

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    EngineClock.pinTo(java.sql.Timestamp.valueOf("2021-12-27 09:00:00"));
    Mocks.register("submitBudgetDelegate", new SubmitBudgetDelegate(budgets));
    Mocks.register("remindFinanceMinistryDelegate", new RemindFinanceMinistryDelegate(budgets));
    Mocks.register("markBudgetExecutoryDelegate", new MarkBudgetExecutoryDelegate(budgets));
    Mocks.register("recordChangesRequestedDelegate", new RecordChangesRequestedDelegate(budgets));
    Mocks.register("queueAmendedBudgetItemDelegate", new QueueAmendedBudgetItemDelegate(budgets));
    Mocks.register("reviewBudgetCheck", new ReviewBudgetCheckAndRecord(budgets));
    Mocks.register("prepareAmendedBudgetCheck", new PrepareAmendedBudgetCheckAndRecord(budgets));
    IdentityService identity = extension.getProcessEngine().getIdentityService();
    identity.saveGroup(identity.newGroup(Groups.FINANCE_MINISTRY));
    identity.saveUser(identity.newUser("finance"));
    identity.createMembership("finance", Groups.FINANCE_MINISTRY);
  }

  @AfterEach
  void tearDown() {
    IdentityService identity = extension.getProcessEngine().getIdentityService();
    identity.deleteUser("finance");
    identity.deleteGroup(Groups.FINANCE_MINISTRY);
    EngineClock.reset();
    BpmnAwareTests.reset();
    Mocks.reset();
  }

  private ProcessInstance budgetAdopted() {
    ProcessInstance pi = runtimeService().createMessageCorrelation(MessageNames.BUDGET_ADOPTED)
        .processInstanceBusinessKey(R02)
        .setVariable(RESOLUTION_NUMBER, R02)
        .setVariable(SharedVariables.SESSION_KEY, "CA-2021-S2")
        .correlateStartMessage();
    assertThat(pi).isWaitingAt("ServiceTask_SubmitBudget");
    execute(job());
    verify(budgets).submit(R02, "CA-2021-S2", List.of("finance"));
    assertThat(pi).isWaitingAt("Task_ReviewBudget");
    assertThat(task()).hasCandidateGroup(Groups.FINANCE_MINISTRY);
    return pi;
  }

  @Test
  void financeApprovesAndTheBudgetBecomesExecutory() {
    ProcessInstance pi = budgetAdopted();
    Assertions.assertThat(pi.getBusinessKey()).isEqualTo(R02);

    complete(task(), withVariables(DECISION, "APPROVE"));
    assertThat(pi).isWaitingAt("ServiceTask_MarkBudgetExecutory");
    execute(job());

    verify(budgets).markExecutory(R02);
    verify(budgets, never()).recordChangesRequested(anyString(), anyString());
    assertThat(pi).hasPassed("Gateway_FinanceDecision").isEnded().hasPassed("EndEvent_BudgetExecutory");
  }

  @Test
  void financeRequestsChangesAndAnAmendedBudgetAwaitsTheNextSession() {
    ProcessInstance pi = budgetAdopted();

    complete(task(), withVariables(DECISION, "REQUEST_CHANGES", REMARKS, "Staff costs are underestimated"));
    execute(job());
    verify(budgets).recordChangesRequested(R02, "Staff costs are underestimated");
    assertThat(pi).isWaitingAt("Task_PrepareAmendedBudget");
    assertThat(task()).hasCandidateGroup(Groups.GENERAL_MANAGEMENT);

    complete(task(), Map.of(BUDGET_LINES, jsonValue(BALANCED).create(), DRAFT_RESOLUTION, "The board adopts the amended budget 2022."));
    assertThat(pi).isWaitingAt("ServiceTask_QueueAmendedBudgetItem");
    execute(job());

    // one item on the board's next agenda, with the amended lines, the draft and the ministry's remarks
    Assertions.assertThat(h2.queryForList("select payload from pending_agenda_item where source = ?", String.class, R02))
        .singleElement().asString().contains("\"draftResolution\":\"The board adopts the amended budget 2022.\"",
            "\"financeRemarks\":\"Staff costs are underestimated\"", "Programmes");
    assertThat(pi).isEnded().hasPassed("EndEvent_AmendedBudgetAwaitsSession").variables().containsEntry(AMENDED_BUDGET_ITEM_ID,
        h2.queryForObject("select id from pending_agenda_item where source = ?", Long.class, R02));
    verify(budgets, never()).markExecutory(anyString());
    Assertions.assertThat(budgets.status(R02)).isEqualTo(BudgetStatus.CHANGES_REQUESTED);
  }

  @Test
  void theMinistrysDecisionIsRecordedByItsCompletionAndTheJobsFollowTheRecord() {
    ProcessInstance pi = budgetAdopted();
    taskService().claim(task().getId(), "finance");
    complete(task(), withVariables(DECISION, "REQUEST_CHANGES", REMARKS, "Staff costs are underestimated"));
    Assertions.assertThat(budgets.decision(R02)).contains(new BudgetApprovals.Decision(BudgetDecision.REQUEST_CHANGES,
        "Staff costs are underestimated", "finance"));
    // the remarks changed in Cockpit before the job: the register and the next agenda keep the ministry's own
    runtimeService().setVariable(pi.getId(), REMARKS, "Nothing to change");
    execute(job());
    Assertions.assertThat(budgets.find(R02).orElseThrow().remarks()).isEqualTo("Staff costs are underestimated");
    complete(task(), Map.of(BUDGET_LINES, jsonValue(BALANCED).create(), DRAFT_RESOLUTION, "Amended."));
    // the amended budget is on the next agenda as general management prepared it, before the job; a draft changed
    // in Cockpit before the job changes nothing
    String payload = h2.queryForObject("select payload from pending_agenda_item where source = ?", String.class, R02);
    Assertions.assertThat(payload).contains("\"draftResolution\":\"Amended.\"", "Staff costs are underestimated");
    runtimeService().setVariable(pi.getId(), DRAFT_RESOLUTION, "Something else");
    execute(job());
    Assertions.assertThat(h2.queryForList("select payload from pending_agenda_item where source = ?", String.class, R02))
        .containsExactly(payload);
    assertThat(pi).isEnded().variables().containsEntry(AMENDED_BUDGET_ITEM_ID,
        h2.queryForObject("select id from pending_agenda_item where source = ?", Long.class, R02));
  }

  @Test
  void aBudgetTheMinistryAskedToChangeIsNeverMarkedExecutory() {
    ProcessInstance pi = budgetAdopted();
    complete(task(), withVariables(DECISION, "REQUEST_CHANGES", REMARKS, "Rebalance"));
    // the process moved by hand (Cockpit's modification) to the executory step, past the ministry's decision
    runtimeService().createProcessInstanceModification(pi.getId())
        .cancelAllForActivity("ServiceTask_RecordChangesRequested").startBeforeActivity("ServiceTask_MarkBudgetExecutory")
        .execute();
    String jobId = job().getId();
    assertThatThrownBy(() -> managementService().executeJob(jobId))
        .hasStackTraceContaining("The Ministry of Finance requested changes to the budget of " + R02);
    Assertions.assertThat(budgets.status(R02)).isEqualTo(BudgetStatus.SUBMITTED);
  }

  @Test
  void aDecisionTakenBeforeDecisionsWereRecordedIsRegisteredFromItsVariables() {
    ProcessInstance pi = budgetAdopted();
    complete(task(), withVariables(DECISION, "REQUEST_CHANGES", REMARKS, "Staff costs"));
    h2.update("update budget_approval set decision = null, decided_by = null"); // as decided before this change
    execute(job());
    Assertions.assertThat(budgets.find(R02).orElseThrow().remarks()).isEqualTo("Staff costs");
    Assertions.assertThat(budgets.status(R02)).isEqualTo(BudgetStatus.CHANGES_REQUESTED);
    assertThat(pi).isWaitingAt("Task_PrepareAmendedBudget");
  }

  @Test
  void anUnbalancedAmendedBudgetIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance pi = budgetAdopted();
    complete(task(), withVariables(DECISION, "REQUEST_CHANGES", REMARKS, "Rebalance"));
    execute(job());
    String unbalanced = "[{\"heading\":\"Subsidy\",\"type\":\"REVENUE\",\"amount\":1000000},"
        + "{\"heading\":\"Programmes\",\"type\":\"EXPENDITURE\",\"amount\":900000}]";
    String taskId = task().getId();

    assertThatThrownBy(() -> taskService().complete(taskId,
        Variables.createVariables().putValue(BUDGET_LINES, jsonValue(unbalanced).create()).putValue(DRAFT_RESOLUTION, "Text")))
        .hasRootCauseInstanceOf(InputRejectedException.class)
        .hasRootCauseMessage("budgetLines: revenue total 1,000,000.00 MAD and expenditure total 900,000.00 MAD differ by"
            + " 100,000.00 MAD; the budget must balance");
    assertThat(pi).isWaitingAt("Task_PrepareAmendedBudget");
  }

  @Test
  void changesRequestedWithoutRemarksAreRefused() {
    ProcessInstance pi = budgetAdopted();
    String taskId = task().getId();

    assertThatThrownBy(() -> taskService().complete(taskId, withVariables(DECISION, "REQUEST_CHANGES")))
        .hasRootCauseInstanceOf(InputRejectedException.class)
        .hasRootCauseMessage("remarks: is required when decision is REQUEST_CHANGES");
    assertThatThrownBy(() -> taskService().complete(taskId, withVariables(DECISION, "MAYBE")))
        .hasRootCauseMessage("decision: must be one of [APPROVE, REQUEST_CHANGES], got 'MAYBE'");
    assertThat(pi).isWaitingAt("Task_ReviewBudget");
  }

  @Test
  void theMinistryIsRemindedAfter30DaysAndTheReviewStaysOpen() {
    ProcessInstance pi = budgetAdopted();
    Job timer = managementService().createJobQuery().timers().singleResult();
    Assertions.assertThat(timer.getDuedate()).isEqualTo(java.sql.Timestamp.valueOf("2022-01-26 09:00:00"));

    execute(timer);
    assertThat(pi).isWaitingAt("Task_ReviewBudget", "ServiceTask_RemindFinanceMinistry");
    execute(job());

    verify(budgets).remind(R02, "CA-2021-S2", List.of("finance"));
    assertThat(pi).hasPassed("EndEvent_ReminderSent").isWaitingAt("Task_ReviewBudget");

    complete(task(), withVariables(DECISION, "APPROVE"));
    execute(job());
    assertThat(pi).isEnded().hasPassed("EndEvent_BudgetExecutory");
  }
}
