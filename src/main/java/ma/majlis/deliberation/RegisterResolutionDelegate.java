package ma.majlis.deliberation;

import static ma.majlis.deliberation.DeliberationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Numbers and registers the resolution of this vote round (idempotent), and gives the item its status. */
@Component
public class RegisterResolutionDelegate implements JavaDelegate {

  private final ResolutionRegister register;

  public RegisterResolutionDelegate(ResolutionRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ItemVariables vars = ItemVariables.of(execution);
    DeliberationItem item = vars.item();
    String outcome = vars.string(OUTCOME);
    if (!ItemStatus.ADOPTED.name().equals(outcome) && !ItemStatus.REJECTED.name().equals(outcome)) {
      throw new IllegalStateException("outcome: a resolution is registered ADOPTED or REJECTED, got " + outcome);
    }
    Resolution resolution = register.register(Resolution.draft(vars.sessionKey(), item.itemIndex(), vars.voteRound(),
        item.title(), item.subject(), vars.string(RESOLUTION_TEXT), vars.string(VOTE_MODE), vars.tally(),
        ItemVariables.stringArray(vars.recusals()).toString(), vars.string(CASTING_VOTE), outcome));
    execution.setVariable(RESOLUTION_NUMBER, resolution.number());
    execution.setVariable(ITEM_STATUS, outcome);
  }
}
