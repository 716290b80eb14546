package ma.majlis.budget;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static ma.majlis.budget.BudgetVariables.*;

/** ServiceTask_RecordChangesRequested: the ministry asked for changes; the register says so, with its remarks. */
@Component
public class RecordChangesRequestedDelegate implements JavaDelegate {

  private final BudgetApprovals budgets;

  public RecordChangesRequestedDelegate(BudgetApprovals budgets) {
    this.budgets = budgets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String resolutionNumber = (String) execution.getVariable(RESOLUTION_NUMBER);
    budgets.recordChangesRequested(resolutionNumber, (String) execution.getVariable(REMARKS));
  }
}
