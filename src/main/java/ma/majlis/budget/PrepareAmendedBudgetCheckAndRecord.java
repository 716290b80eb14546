package ma.majlis.budget;

import java.util.List;

import ma.majlis.platform.Inputs;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import static ma.majlis.budget.BudgetVariables.BUDGET_LINES;
import static ma.majlis.budget.BudgetVariables.DRAFT_RESOLUTION;

/**
 * Task_PrepareAmendedBudget: valid lines that balance, and a draft resolution. The amended budget is put on the next
 * agenda of the body by this completion, as general management prepared it; ServiceTask_QueueAmendedBudgetItem then
 * finds it there (an item is recorded once), whatever the variables say by then.
 */
// the name the process calls it by (every deployed version of budget-approval)
@Component("prepareAmendedBudgetCheck")
public class PrepareAmendedBudgetCheckAndRecord implements TaskListener {

  private final BudgetApprovals budgets;

  public PrepareAmendedBudgetCheckAndRecord(BudgetApprovals budgets) {
    this.budgets = budgets;
  }

  @Override
  public void notify(DelegateTask task) {
    Inputs in = Inputs.of(task);
    List<BudgetLine> lines = BudgetLines.check(BUDGET_LINES, in.optionalJson(BUDGET_LINES));
    String draft = in.requiredString(DRAFT_RESOLUTION);
    BudgetVariables vars = BudgetVariables.of(task);
    SpinJsonNode linesJson = BudgetLines.toJson(lines);
    vars.setBudgetLines(linesJson);
    vars.setDraftResolution(draft);
    String resolution = vars.resolutionNumber();
    budgets.queueAmendedBudget(resolution, vars.sessionKey(), linesJson.toString(), draft,
        budgets.changesRequested(resolution, vars.remarks()));
  }
}
