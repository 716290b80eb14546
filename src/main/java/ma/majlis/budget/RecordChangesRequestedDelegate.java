package ma.majlis.budget;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ServiceTask_RecordChangesRequested: the ministry asked for changes; the register says so, with its remarks. */
@Component
public class RecordChangesRequestedDelegate implements JavaDelegate {

  private final BudgetApprovals budgets;

  public RecordChangesRequestedDelegate(BudgetApprovals budgets) {
    this.budgets = budgets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BudgetVariables vars = BudgetVariables.of(execution);
    budgets.recordChangesRequested(vars.resolutionNumber(), vars.remarks());
  }
}
