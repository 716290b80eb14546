package ma.majlis.deliberation;

import static ma.majlis.deliberation.DeliberationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Puts the item on the next session's agenda: no quorum after recusals, or deferred by the chair after a rejection. */
@Component
public class DeferItemDelegate implements JavaDelegate {

  private final DeferredItems deferredItems;

  public DeferItemDelegate(DeferredItems deferredItems) {
    this.deferredItems = deferredItems;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ItemVariables vars = ItemVariables.of(execution);
    DeferredItems.Reason reason = Boolean.FALSE.equals(execution.getVariable(QUORUM_REACHED))
        ? DeferredItems.Reason.NO_QUORUM_AFTER_RECUSALS : DeferredItems.Reason.DEFERRED_AFTER_REJECTION;
    deferredItems.defer(vars.sessionKey(), vars.item(), reason, vars.string(RESOLUTION_TEXT));
    execution.setVariable(ITEM_STATUS, ItemStatus.DEFERRED.name());
  }
}
