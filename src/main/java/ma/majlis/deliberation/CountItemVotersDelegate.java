package ma.majlis.deliberation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Counts the item's voters for the decision "quorum": present, represented, recused, and the eligible voters. */
@Component
public class CountItemVotersDelegate implements JavaDelegate {

  private final ItemRecords records;

  public CountItemVotersDelegate(ItemRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ItemVariables vars = ItemVariables.of(execution);
    Electorate electorate = records.electorate(vars.sessionKey(), vars.item().itemIndex());
    vars.setElectorate(electorate);
  }
}
