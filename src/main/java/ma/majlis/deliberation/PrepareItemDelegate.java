package ma.majlis.deliberation;

import ma.majlis.board.AttendanceStatus;
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
    vars.setItemTitle(item.title());
    vars.setVoteRound(1);
    if (vars.resolutionText() == null) {
      vars.setResolutionText(item.draftResolution() == null ? "" : item.draftResolution());
    }
    // the attendance when the item comes up, after the movements declared on the earlier items
    java.util.List<AttendanceEntry> attendance = records.attendanceAt(vars.sessionKey(), item.itemIndex(), false);
    SpinJsonNode options = JSON("[]");
    SpinJsonNode absent = JSON("[]");
    for (AttendanceEntry a : attendance) {
      SpinJsonNode option = JSON("{}");
      option.prop("label", a.memberId());
      option.prop("value", a.memberId());
      if (a.status() != AttendanceStatus.ABSENT) {
        options.append(option);
      }
      if (a.status() != AttendanceStatus.PRESENT) {
        absent.append(option);
      }
    }
    vars.setAttendanceOptions(options, absent);
  }
}
