package ma.majlis.session;

import ma.majlis.agenda.Agenda;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import ma.majlis.platform.Inputs;

import static ma.majlis.session.SessionVariables.*;
import static org.camunda.spin.Spin.JSON;

/**
 * After each deliberation, adds its result to the session's {@code resolutions}:
 * {@code {number, subject, outcome, itemIndex, title, status}}. Deliberations run one after the other, so the list
 * is never written concurrently.
 */
@Component
public class CollectResolutionListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    SpinJsonNode item = Inputs.of(execution).optionalJson(AGENDA_ITEM);
    if (item == null) {
      return;
    }
    DelegateExecution instance = execution.getProcessInstance();
    SpinJsonNode resolutions = Inputs.of(instance).optionalJson(RESOLUTIONS);
    if (resolutions == null) {
      resolutions = JSON("[]");
    }
    SpinJsonNode entry = JSON("{}");
    entry.prop("number", SessionScope.of(execution).resolutionNumber());
    entry.prop("subject", Inputs.text(item, Agenda.SUBJECT));
    entry.prop("outcome", SessionScope.of(execution).outcome());
    entry.prop("itemIndex", item.prop(Agenda.ITEM_INDEX).numberValue().intValue());
    entry.prop("title", Inputs.text(item, Agenda.TITLE));
    entry.prop("status", SessionScope.of(execution).itemStatus());
    resolutions.append(entry);
    instance.setVariable(RESOLUTIONS, SpinValues.jsonValue(resolutions.toString()).create());
  }
}
