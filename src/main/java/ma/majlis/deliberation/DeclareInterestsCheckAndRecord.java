package ma.majlis.deliberation;

import ma.majlis.platform.JsonValues;
import static ma.majlis.deliberation.DeliberationVariables.ARRIVALS;
import static ma.majlis.deliberation.DeliberationVariables.DEPARTURES;
import static ma.majlis.deliberation.DeliberationVariables.RECUSALS;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import ma.majlis.platform.InputRejectedException;
import ma.majlis.platform.Inputs;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * Checks who left ({@code departures}) and who arrived ({@code arrivals}) before the item, and the members recused on
 * it (issue #15): the members recused: a Json array of member ids (the form's checklist), or of
 * {@code {memberId}} objects (a dynamic list); each must be present or represented at the session. Absent
 * means nobody is recused. The declarations are recorded in Majlis's tables ({@code item_recusals},
 * {@code item_attendance_change}), from which the quorum, the ballots, the register and the minutes read them; the
 * submitted variables are left as they came (nothing reads them, and writing them back normalised cost each item three
 * stored Json variables and their history).
 */
@Component
public class DeclareInterestsCheckAndRecord implements TaskListener {

  private final ItemRecords records;

  public DeclareInterestsCheckAndRecord(ItemRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    Inputs inputs = Inputs.of(task);
    Set<String> recused = memberIds(inputs, RECUSALS);
    Set<String> departures = memberIds(inputs, DEPARTURES);
    Set<String> arrivals = memberIds(inputs, ARRIVALS);
    for (String member : departures) {
      if (arrivals.contains(member)) {
        throw InputRejectedException.of(ARRIVALS, "error.movement.both", member);
      }
    }
    ItemVariables vars = ItemVariables.of(task);
    int itemIndex = vars.item().itemIndex();
    // the attendance when the item comes up: the session's, with the movements declared before the earlier items
    List<AttendanceEntry> before = records.attendanceAt(vars.sessionKey(), itemIndex, false);
    List<AttendanceEntry> now;
    try {
      now = Electorate.after(before, departures.stream().map(m -> new Electorate.Movement(m, true)).toList());
    } catch (Electorate.MovementRefusedException e) {
      throw InputRejectedException.of(DEPARTURES, movementRule(e), e.member());
    }
    try {
      now = Electorate.after(now, arrivals.stream().map(m -> new Electorate.Movement(m, false)).toList());
    } catch (Electorate.MovementRefusedException e) {
      throw InputRejectedException.of(ARRIVALS, movementRule(e), e.member());
    }
    try {
      Electorate.of(now, recused);
    } catch (Electorate.NotAttendingException e) {
      throw InputRejectedException.of(RECUSALS, "error.recusals.notAttending", e.member());
    }
    records.saveRecusals(vars.sessionKey(), itemIndex, List.copyOf(recused));
    records.saveMovements(vars.sessionKey(), itemIndex, List.copyOf(departures), List.copyOf(arrivals));
  }

  /** The rule a refused departure or arrival broke, as the message files say it. */
  private static String movementRule(Electorate.MovementRefusedException e) {
    return switch (e.reason()) {
      case "notConvened" -> "error.movement.notConvened";
      case "notPresent" -> "error.movement.notPresent";
      default -> "error.movement.alreadyPresent";
    };
  }

  /** A Json array of member ids (a checklist), or of {@code {memberId}} objects; absent means none. */
  private static Set<String> memberIds(Inputs inputs, String variable) {
    SpinJsonNode submitted = inputs.optionalJson(variable);
    Set<String> ids = new LinkedHashSet<>();
    if (submitted != null) {
      if (!submitted.isArray()) {
        throw InputRejectedException.of(variable, "error.recusals.shape");
      }
      for (SpinJsonNode element : submitted.elements()) {
        String id = element.isString() ? element.stringValue() : Inputs.text(element, "memberId");
        if (id == null || id.isBlank()) {
          throw InputRejectedException.of(variable, "error.recusals.entry");
        }
        ids.add(id.trim());
      }
    }
    return ids;
  }
}
