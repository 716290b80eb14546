package ma.majlis.deliberation;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Puts the item on the next session's agenda: no quorum after recusals, or deferred by the chair after a rejection,
 * as he recorded it ({@link DecideOnRejectionCheckAndRecord}); refused when he recorded another decision.
 */
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
    // the chair's decision on the rejected round, as his completion recorded it; none recorded: the item's quorum was
    // missing (it was never voted), or the round was decided before decisions were recorded (its variables say)
    ItemRecords.Round round = vars.round();
    Optional<RejectionDecision> decided = records.rejectionDecision(round);
    decided.filter(d -> d != RejectionDecision.DEFER).ifPresent(d -> {
      throw new IllegalStateException("The chair decided " + d + " on the rejected " + round + ": the item is not"
          + " deferred");
    });
    DeferredItems.Reason reason = decided.isEmpty() && vars.quorumMissing()
        ? DeferredItems.Reason.NO_QUORUM_AFTER_RECUSALS : DeferredItems.Reason.DEFERRED_AFTER_REJECTION;
    DeliberationItem item = vars.item();
    // the text last debated, else the dossier's draft (an item deferred for want of quorum was never debated)
    String text = records.debate(round.sessionKey(), round.itemIndex(), round.voteRound())
        .map(ItemRecords.Debate::resolutionText).orElse(item.draftResolution());
    deferredItems.defer(round.sessionKey(), item, reason, text);
    vars.setItemStatus(ItemStatus.DEFERRED);
  }
}
