package ma.majlis.budget;

import ma.majlis.process.SharedVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ServiceTask_QueueAmendedBudgetItem: the amended budget waits for the next session of the same body. */
@Component
public class QueueAmendedBudgetItemDelegate implements JavaDelegate {

  private final BudgetApprovals budgets;

  public QueueAmendedBudgetItemDelegate(BudgetApprovals budgets) {
    this.budgets = budgets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BudgetVariables vars = BudgetVariables.of(execution);
    long itemId = budgets.queueAmendedBudget(vars.resolutionNumber(), vars.sessionKey(), vars.budgetLinesJson(),
        vars.draftResolution(), budgets.changesRequested(vars.resolutionNumber(), vars.remarks()));
    vars.setAmendedBudgetItemId(itemId);
  }
}
