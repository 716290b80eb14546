package ma.majlis.deliberation;

import static ma.majlis.deliberation.DeliberationVariables.AGENDA_ITEM;
import static ma.majlis.deliberation.DeliberationVariables.ELIGIBLE_VOTERS;
import static ma.majlis.deliberation.DeliberationVariables.ITEM_TITLE;
import static ma.majlis.deliberation.DeliberationVariables.VOTE_ROUND;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import ma.majlis.language.Language;
import ma.majlis.platform.ShownTask;
import ma.majlis.platform.ShownValues;
import ma.majlis.process.TaskIds;

/**
 * What the deliberation's forms show of their item, computed when a form is read ({@link ShownValues}), never stored
 * as a variable (issue #17: they were three variables per item, each written, kept in the history and deleted with the
 * item): {@code itemTitle} on every step of the item, from its {@code agendaItem}; {@code voteRound} on "Decide on the
 * rejection" (1 until an amended text goes to the vote again, when the item's own {@code voteRound} says 2); and
 * {@code eligibleVoters} on "Record the vote", the electorate as recorded (attendance less recusals), which the
 * tally's check reads too ({@link RecordVoteTallyCheckAndRecord}).
 */
@Component
public class ItemCaptions implements ShownValues {

  /** The steps of an agenda item's deliberation whose forms name the item. */
  static final Set<String> ITEM_STEPS = Set.of(TaskIds.DECLARE_INTERESTS, TaskIds.RECORD_DEBATE, TaskIds.CAST_VOTE,
      TaskIds.CAST_SECRET_BALLOT, TaskIds.RECORD_VOTE_TALLY, TaskIds.CAST_DECIDING_VOTE, TaskIds.DECIDE_ON_REJECTION);

  private final ItemRecords records;

  public ItemCaptions(ItemRecords records) {
    this.records = records;
  }

  @Override
  public void addTo(Map<String, TypedValue> shown, ShownTask task, Language language) {
    if (!ITEM_STEPS.contains(task.definitionKey())) {
      return;
    }
    SpinJsonNode json = task.json(AGENDA_ITEM);
    if (json == null) {
      return;
    }
    DeliberationItem item = DeliberationItem.fromJson(json);
    shown.put(ITEM_TITLE, Variables.stringValue(item.title()));
    if (TaskIds.DECIDE_ON_REJECTION.equals(task.definitionKey())) {
      Object round = task.variable(VOTE_ROUND);
      shown.put(VOTE_ROUND, Variables.integerValue(round instanceof Number n ? n.intValue() : 1));
    }
    if (TaskIds.RECORD_VOTE_TALLY.equals(task.definitionKey()) && task.businessKey() != null) {
      shown.put(ELIGIBLE_VOTERS, Variables.integerValue(
          records.electorate(task.businessKey(), item.itemIndex()).eligibleVoters()));
    }
  }
}
