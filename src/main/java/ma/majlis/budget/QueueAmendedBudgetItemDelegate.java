package ma.majlis.budget;

import ma.majlis.process.SharedVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static ma.majlis.budget.BudgetVariables.*;

/** ServiceTask_QueueAmendedBudgetItem: the amended budget waits for the next session of the same body. */
@Component
public class QueueAmendedBudgetItemDelegate implements JavaDelegate {

  private final BudgetApprovals budgets;

  public QueueAmendedBudgetItemDelegate(BudgetApprovals budgets) {
    this.budgets = budgets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String resolutionNumber = (String) execution.getVariable(RESOLUTION_NUMBER);
    String sessionKey = (String) execution.getVariable(SharedVariables.SESSION_KEY);
    Object lines = execution.getVariable(BUDGET_LINES);
    long itemId = budgets.queueAmendedBudget(resolutionNumber, sessionKey, String.valueOf(lines),
        (String) execution.getVariable(DRAFT_RESOLUTION), (String) execution.getVariable(REMARKS));
    execution.setVariable(AMENDED_BUDGET_ITEM_ID, itemId);
  }
}
