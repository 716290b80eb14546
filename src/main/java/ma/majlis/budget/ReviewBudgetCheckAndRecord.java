package ma.majlis.budget;

import ma.majlis.platform.CurrentUser;
import ma.majlis.platform.InputRejectedException;
import ma.majlis.platform.Inputs;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import static ma.majlis.budget.BudgetVariables.DECISION;
import static ma.majlis.budget.BudgetVariables.REMARKS;

/**
 * Task_ReviewBudget: the decision is APPROVE or REQUEST_CHANGES; changes are requested with remarks. The decision is
 * recorded with the budget by this completion ({@link BudgetApprovals#recordDecision}): who took it, when, what and
 * why; the jobs after it (executory, changes requested, the amended budget's item) read it there.
 */
// the name the process calls it by (every deployed version of budget-approval)
@Component("reviewBudgetCheck")
public class ReviewBudgetCheckAndRecord implements TaskListener {

  private final BudgetApprovals budgets;

  public ReviewBudgetCheckAndRecord(BudgetApprovals budgets) {
    this.budgets = budgets;
  }

  @Override
  public void notify(DelegateTask task) {
    Inputs in = Inputs.of(task);
    BudgetDecision decision = in.requiredEnum(DECISION, BudgetDecision.class);
    String remarks = in.optionalString(REMARKS);
    if (decision == BudgetDecision.REQUEST_CHANGES && remarks == null) {
      throw InputRejectedException.of(REMARKS, "error.input.requiredWhenDecision", "REQUEST_CHANGES");
    }
    BudgetVariables vars = BudgetVariables.of(task);
    vars.setDecision(decision);
    vars.setRemarks(remarks);
    budgets.recordDecision(vars.resolutionNumber(), decision, remarks, CurrentUser.completing(task));
  }
}
