package ma.majlis.deliberation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Puts the item on the next session's agenda: no quorum after recusals, or deferred by the chair after a rejection. */
@Component
public class DeferItemDelegate implements JavaDelegate {

  private final DeferredItems deferredItems;
  private final ItemRecords records;

  public DeferItemDelegate(DeferredItems deferredItems, ItemRecords records) {
    this.deferredItems = deferredItems;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ItemVariables vars = ItemVariables.of(execution);
    DeferredItems.Reason reason = vars.quorumMissing()
        ? DeferredItems.Reason.NO_QUORUM_AFTER_RECUSALS : DeferredItems.Reason.DEFERRED_AFTER_REJECTION;
    DeliberationItem item = vars.item();
    // the text last debated, else the dossier's draft (an item deferred for want of quorum was never debated)
    String text = records.debate(vars.sessionKey(), item.itemIndex(), vars.voteRound())
        .map(ItemRecords.Debate::resolutionText).orElse(item.draftResolution());
    deferredItems.defer(vars.sessionKey(), item, reason, text);
    vars.setItemStatus(ItemStatus.DEFERRED);
  }
}
