package ma.majlis.deliberation;

import static ma.majlis.deliberation.DeliberationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens the item: its title for the forms, the first vote round, and the draft resolution as the text the debate
 * starts from. Who the interests form offers is read when the form is read ({@link AttendanceOptions}).
 */
@Component
public class PrepareItemDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    ItemVariables vars = ItemVariables.of(execution);
    DeliberationItem item = vars.item();
    vars.setItemTitle(item.title());
    vars.setVoteRound(1);
    if (vars.resolutionText() == null) {
      vars.setResolutionText(item.draftResolution() == null ? "" : item.draftResolution());
    }
  }
}
