package ma.majlis.deliberation;

import static ma.majlis.deliberation.DeliberationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import static org.camunda.spin.Spin.JSON;

/**
 * Opens the item: its title for the forms, the first vote round, the members who may declare an interest
 * (the options of the interests form), and the draft resolution as the text the debate starts from.
 */
@Component
public class PrepareItemDelegate implements JavaDelegate {

  private final ItemRecords records;

  public PrepareItemDelegate(ItemRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ItemVariables vars = ItemVariables.of(execution);
    DeliberationItem item = vars.item();
    execution.setVariable(ITEM_TITLE, item.title());
    execution.setVariable(VOTE_ROUND, 1);
    if (vars.string(RESOLUTION_TEXT) == null) {
      execution.setVariable(RESOLUTION_TEXT, item.draftResolution() == null ? "" : item.draftResolution());
    }
    SpinJsonNode options = JSON("[]");
    for (String member : Electorate.of(records.attendance(vars.sessionKey()), java.util.List.of()).attendingMembers()) {
      SpinJsonNode option = JSON("{}");
      option.prop("label", member);
      option.prop("value", member);
      options.append(option);
    }
    vars.setJson(VOTER_OPTIONS, options);
  }
}
