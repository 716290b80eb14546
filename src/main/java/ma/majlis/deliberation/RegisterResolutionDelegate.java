package ma.majlis.deliberation;

import ma.majlis.platform.JsonValues;
import static ma.majlis.deliberation.DeliberationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Numbers and registers the resolution of this vote round (idempotent), and gives the item its status: the text and
 * recusals as the debate and the declaration recorded them, the count, outcome and casting vote as the count and the
 * chair recorded them ({@code item_count}), never the variables that route the process.
 */
@Component
public class RegisterResolutionDelegate implements JavaDelegate {

  private final ResolutionRegister register;
  private final ItemRecords records;

  public RegisterResolutionDelegate(ResolutionRegister register, ItemRecords records) {
    this.register = register;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ItemVariables vars = ItemVariables.of(execution);
    DeliberationItem item = vars.item();
    String key = vars.sessionKey();
    int round = vars.voteRound();
    // the count, its outcome and the casting vote as the steps that established them recorded them (a round counted
    // before the count was recorded: as its variables say; decided by a process version without the outcome's
    // listener: the outcome as its variable says)
    // what the registration reads of the record, in one statement
    ItemRecords.Registration recorded = records.registration(new ItemRecords.Round(key, item.itemIndex(), round));
    ItemRecords.Count count = recorded.count()
        .orElseGet(() -> new ItemRecords.Count(vars.tally(), vars.outcome(), vars.castingVote()));
    String outcome = count.outcome() != null ? count.outcome() : vars.outcome();
    if (!ItemStatus.ADOPTED.name().equals(outcome) && !ItemStatus.REJECTED.name().equals(outcome)) {
      throw new IllegalStateException("outcome: a resolution is registered ADOPTED or REJECTED, got " + outcome
          + " (item " + item.itemIndex() + " of " + key + ", vote round " + round + ")");
    }
    // the text put to the vote and the recusals as the debate and the declaration recorded them
    String text = recorded.resolutionText()
        .orElseThrow(() -> new IllegalStateException("No debate recorded for item " + item.itemIndex() + " of " + key
            + ", vote round " + round + ": record the debate before the resolution is registered"));
    // the item as the chair approved it on the agenda, and the session's vote mode as requested
    String[] approved = recorded.agendaItem() != null ? recorded.agendaItem()
        : new String[] {item.title(), item.subject()};
    Resolution draft = Resolution.draft(key, item.itemIndex(), round,
        approved[0], approved[1], text, recorded.voteMode(), count.tally(),
        JsonValues.stringArray(recorded.recusals()).toString(), count.castingVote(),
        outcome);
    // an adopted CORRECTION supersedes the resolution the approved agenda names; a rejected one changes nothing
    java.util.Optional<String> corrects = recorded.corrects();
    Resolution resolution = corrects.isPresent() && ItemStatus.ADOPTED.name().equals(outcome)
        ? register.forItemRound(key, item.itemIndex(), round).orElseGet(() -> register.supersede(corrects.get(), draft))
        : register.register(draft);
    vars.setResolutionNumber(resolution.number());
    vars.setItemStatus(ItemStatus.valueOf(outcome));
    if (!outcome.equals(vars.outcome())) {
      // the variable was changed since the count: the item goes on as the register says (the gateway after reads it)
      vars.setOutcome(outcome);
    }
  }
}
