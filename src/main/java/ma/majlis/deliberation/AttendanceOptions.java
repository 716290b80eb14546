package ma.majlis.deliberation;

import static ma.majlis.deliberation.DeliberationVariables.AGENDA_ITEM;
import static ma.majlis.deliberation.DeliberationVariables.ARRIVAL_OPTIONS;
import static ma.majlis.deliberation.DeliberationVariables.VOTER_OPTIONS;
import static org.camunda.spin.Spin.JSON;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import ma.majlis.board.AttendanceStatus;
import ma.majlis.language.Language;
import ma.majlis.platform.ShownTask;
import ma.majlis.platform.ShownValues;
import ma.majlis.process.TaskIds;

/**
 * Who the interests form offers, as "Declare the interests" shows it ({@link ShownValues}): {@code voterOptions}, the
 * members present or represented when the item comes up (who may be recused, or leave), and {@code arrivalOptions},
 * those absent or represented (who may arrive), after the movements declared on the earlier items. Read from the
 * record when the form is read, never stored as a variable (they were two Json variables per item, written, kept in
 * the history and deleted with the item).
 */
@Component
public class AttendanceOptions implements ShownValues {

  private final ItemRecords records;

  public AttendanceOptions(ItemRecords records) {
    this.records = records;
  }

  @Override
  public void addTo(Map<String, TypedValue> shown, ShownTask task, Language language) {
    if (!TaskIds.DECLARE_INTERESTS.equals(task.definitionKey()) || task.businessKey() == null) {
      return;
    }
    SpinJsonNode item = task.json(AGENDA_ITEM);
    if (item == null) {
      return;
    }
    int index = DeliberationItem.fromJson(item).itemIndex();
    List<AttendanceEntry> attendance = records.attendanceAt(task.businessKey(), index, false);
    SpinJsonNode voters = JSON("[]");
    SpinJsonNode arrivals = JSON("[]");
    for (AttendanceEntry a : attendance) {
      if (a.status() != AttendanceStatus.ABSENT) {
        voters.append(option(a.memberId()));
      }
      if (a.status() != AttendanceStatus.PRESENT) {
        arrivals.append(option(a.memberId()));
      }
    }
    shown.put(VOTER_OPTIONS, SpinValues.jsonValue(voters.toString()).create());
    shown.put(ARRIVAL_OPTIONS, SpinValues.jsonValue(arrivals.toString()).create());
  }

  private static SpinJsonNode option(String memberId) {
    SpinJsonNode option = JSON("{}");
    option.prop("label", memberId);
    option.prop("value", memberId);
    return option;
  }
}
