package ma.majlis.deliberation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * {@code BusinessRule_DecideOutcome}, on end: records the outcome the decision {@code resolution-outcome} gave the
 * round's count (ADOPTED, REJECTED or TIE) with that count, in the transaction that counted it and decided
 * ({@link ItemRecords#saveOutcome}). The register numbers the resolution from this record.
 */
@Component
public class RecordOutcomeListener implements ExecutionListener {

  private final ItemRecords records;

  public RecordOutcomeListener(ItemRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ItemVariables vars = ItemVariables.of(execution);
    ItemRecords.Round round = vars.round();
    if (!records.saveOutcome(round, vars.outcome(), null)) {
      throw new IllegalStateException("No count recorded for " + round
          + ": the outcome is recorded with the count it decides");
    }
  }
}
