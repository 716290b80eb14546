package ma.majlis.deliberation;

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
 * Checks the members recused on the item: a Json array of member ids (the form's checklist), or of
 * {@code {memberId}} objects (a dynamic list); each must be present or represented at the session. Absent
 * means nobody is recused. Writes back a Json array of distinct member ids.
 */
@Component
public class DeclareInterestsCheck implements TaskListener {

  private final ItemRecords records;

  public DeclareInterestsCheck(ItemRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    Inputs inputs = Inputs.of(task);
    SpinJsonNode submitted = inputs.optionalJson(RECUSALS);
    Set<String> recused = new LinkedHashSet<>();
    if (submitted != null) {
      if (!submitted.isArray()) {
        throw InputRejectedException.of(RECUSALS, "error.recusals.shape");
      }
      for (SpinJsonNode element : submitted.elements()) {
        String id = element.isString() ? element.stringValue() : Inputs.text(element, "memberId");
        if (id == null || id.isBlank()) {
          throw InputRejectedException.of(RECUSALS, "error.recusals.entry");
        }
        recused.add(id.trim());
      }
    }
    ItemVariables vars = ItemVariables.of(task);
    try {
      Electorate.of(records.attendance(vars.sessionKey()), recused);
    } catch (Electorate.NotAttendingException e) {
      throw InputRejectedException.of(RECUSALS, "error.recusals.notAttending", e.member());
    }
    inputs.setJson(RECUSALS, ItemVariables.stringArray(List.copyOf(recused)));
    records.saveRecusals(vars.sessionKey(), vars.item().itemIndex(), List.copyOf(recused));
  }
}
