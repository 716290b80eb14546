package ma.majlis.budget;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ServiceTask_MarkBudgetExecutory: the ministry approved; the budget of the resolution is executory. */
@Component
public class MarkBudgetExecutoryDelegate implements JavaDelegate {

  private final BudgetApprovals budgets;

  public MarkBudgetExecutoryDelegate(BudgetApprovals budgets) {
    this.budgets = budgets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    budgets.markExecutory(BudgetVariables.of(execution).resolutionNumber());
  }
}
