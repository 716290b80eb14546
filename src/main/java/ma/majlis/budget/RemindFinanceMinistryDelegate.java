package ma.majlis.budget;

import ma.majlis.process.SharedVariables;
import ma.majlis.identity.Groups;
import ma.majlis.platform.WithoutAuthorization;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static ma.majlis.budget.BudgetVariables.*;

/** ServiceTask_RemindFinanceMinistry: the review has waited 30 days; remind the ministry's users. */
@Component
public class RemindFinanceMinistryDelegate implements JavaDelegate {

  private final BudgetApprovals budgets;

  public RemindFinanceMinistryDelegate(BudgetApprovals budgets) {
    this.budgets = budgets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BudgetVariables vars = BudgetVariables.of(execution);
    budgets.remind(vars.resolutionNumber(), vars.sessionKey(),
        WithoutAuthorization.membersOf(execution.getProcessEngineServices().getIdentityService(), Groups.FINANCE_MINISTRY));
  }
}
