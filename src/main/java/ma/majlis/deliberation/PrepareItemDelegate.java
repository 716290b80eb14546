package ma.majlis.deliberation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens the item: the draft resolution as the text the debate starts from. What the forms show of the item (its title,
 * its vote round, who may vote, who the interests form offers) is read when a form is read ({@link ItemCaptions},
 * {@link AttendanceOptions}); the first vote round is round 1 without a variable ({@link ItemVariables#voteRound}).
 */
@Component
public class PrepareItemDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    ItemVariables vars = ItemVariables.of(execution);
    DeliberationItem item = vars.item();
    if (vars.resolutionText() == null) {
      vars.setResolutionText(item.draftResolution() == null ? "" : item.draftResolution());
    }
  }
}
