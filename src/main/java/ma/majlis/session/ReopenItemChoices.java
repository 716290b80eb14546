package ma.majlis.session;

import ma.majlis.process.TaskIds;

import ma.majlis.agenda.Agenda;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import ma.majlis.language.Language;
import ma.majlis.platform.Inputs;
import ma.majlis.platform.ShownTask;
import ma.majlis.platform.ShownValues;

import static org.camunda.spin.Spin.JSON;

/**
 * What the chair may reopen when he returns the convocation ({@code Task_ApproveConvocation}): a Json list
 * {@code reopenItemOptions} of {@code {label: "<n>. <title>", value: "<n>"}}, one per deliberation or presentation
 * item of the agenda he is shown (the process's {@code agenda}), that the form's checklist {@code reopenItems} offers.
 * Shown when the form is read ({@link ShownValues}), never stored; not taken: the check
 * ({@link ApproveConvocationCheckAndRecord}) decides.
 */
@Component
public class ReopenItemChoices implements ShownValues {

  public static final String REOPEN_ITEM_OPTIONS = "reopenItemOptions";

  @Override
  public void addTo(Map<String, TypedValue> shown, ShownTask task, Language language) {
    if (!TaskIds.APPROVE_CONVOCATION.equals(task.definitionKey())) {
      return;
    }
    SpinJsonNode agenda = task.json(SessionVariables.AGENDA);
    Map<Integer, String> reopenable = ApproveConvocationCheckAndRecord.reopenable(agenda);
    SpinJsonNode options = JSON("[]");
    for (SpinJsonNode item : agenda == null || !agenda.isArray() ? List.<SpinJsonNode>of() : agenda.elements()) {
      if (!item.hasProp(Agenda.ITEM_INDEX)) {
        continue;
      }
      int index = item.prop(Agenda.ITEM_INDEX).numberValue().intValue();
      if (reopenable.containsKey(index)) {
        SpinJsonNode option = JSON("{}");
        option.prop("label", index + ". " + Inputs.text(item, Agenda.TITLE));
        option.prop("value", String.valueOf(index));
        options.append(option);
      }
    }
    shown.put(REOPEN_ITEM_OPTIONS, SpinValues.jsonValue(options.toString()).create());
  }
}
