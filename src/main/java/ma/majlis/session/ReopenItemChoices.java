package ma.majlis.session;

import ma.majlis.agenda.Agenda;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import ma.majlis.platform.EveryUserTask;
import ma.majlis.platform.Inputs;

import static org.camunda.spin.Spin.JSON;

/**
 * What the chair may reopen when he returns the convocation ({@code Task_ApproveConvocation}): a task-local Json list
 * {@code reopenItemOptions} of {@code {label: "<n>. <title>", value: "<n>"}}, one per deliberation or presentation
 * item of the agenda he is shown, that the form's checklist {@code reopenItems} offers. Shown, not taken: the check
 * ({@link ApproveConvocationCheckAndRecord}) decides.
 */
@Component
public class ReopenItemChoices implements EveryUserTask {

  public static final String REOPEN_ITEM_OPTIONS = "reopenItemOptions";

  @Override
  public void notify(DelegateTask task) {
    if (!"Task_ApproveConvocation".equals(task.getTaskDefinitionKey())) {
      return;
    }
    SpinJsonNode agenda = Inputs.of(task).optionalJson(SessionVariables.AGENDA);
    Map<Integer, String> reopenable = ApproveConvocationCheckAndRecord.reopenable(agenda);
    SpinJsonNode options = JSON("[]");
    for (SpinJsonNode item : agenda == null ? java.util.List.<SpinJsonNode>of() : agenda.elements()) {
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
    task.setVariableLocal(REOPEN_ITEM_OPTIONS, SpinValues.jsonValue(options.toString()).create());
  }
}
