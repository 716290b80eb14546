package ma.majlis.budget;

import java.util.List;

import ma.majlis.platform.Inputs;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import static ma.majlis.budget.BudgetVariables.BUDGET_LINES;
import static ma.majlis.budget.BudgetVariables.DRAFT_RESOLUTION;

/** Task_PrepareAmendedBudget: valid lines that balance, and a draft resolution. */
@Component
public class PrepareAmendedBudgetCheck implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Inputs in = Inputs.of(task);
    List<BudgetLine> lines = BudgetLines.check(BUDGET_LINES, in.optionalJson(BUDGET_LINES));
    String draft = in.requiredString(DRAFT_RESOLUTION);
    BudgetVariables vars = BudgetVariables.of(task);
    vars.setBudgetLines(BudgetLines.toJson(lines));
    vars.setDraftResolution(draft);
  }
}
