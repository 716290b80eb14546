package ma.majlis.budget;

import ma.majlis.process.SharedVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_QueueAmendedBudgetItem: the amended budget waits for the next session of the same body. Its item is
 * recorded by the preparation's completion ({@link PrepareAmendedBudgetCheckAndRecord}): this finds it (an item is
 * recorded once, the first time) and keeps its id; it records it only for a preparation completed before that.
 */
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
