package ma.majlis.session;

import ma.majlis.board.SessionOf;
import ma.majlis.board.SessionRecords;
import ma.majlis.agenda.Agenda;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import ma.majlis.platform.Inputs;
import ma.majlis.session.SessionVariables.ControllerOpinion;

import static ma.majlis.session.SessionVariables.*;

/** The state controller's written opinion on a budget: advisory, never blocking, but required and recorded. */
@Component
public class GiveControllerOpinionCheckAndRecord implements TaskListener {

  private final SessionRecords records;

  public GiveControllerOpinionCheckAndRecord(SessionRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    Inputs in = Inputs.of(task);
    ControllerOpinion opinion = in.requiredEnum(CONTROLLER_OPINION, ControllerOpinion.class);
    String text = in.requiredString(CONTROLLER_OPINION_TEXT);
    SpinJsonNode item = in.optionalJson(AGENDA_ITEM);
    records.saveControllerOpinion(SessionOf.key(task),
        item.prop(Agenda.ITEM_INDEX).numberValue().intValue(), opinion.name(), text);
  }
}
