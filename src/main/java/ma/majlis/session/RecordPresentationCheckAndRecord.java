package ma.majlis.session;

import ma.majlis.board.SessionOf;
import ma.majlis.agenda.Agenda;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import ma.majlis.platform.Inputs;
import ma.majlis.presentation.PresentationService;

import static ma.majlis.session.SessionVariables.*;

/** The members' remarks and questions on a presentation, kept with its approved version for the minutes. */
@Component
public class RecordPresentationCheckAndRecord implements TaskListener {

  private final PresentationService presentations;

  public RecordPresentationCheckAndRecord(PresentationService presentations) {
    this.presentations = presentations;
  }

  @Override
  public void notify(DelegateTask task) {
    Inputs in = Inputs.of(task);
    String remarks = in.requiredString(PRESENTATION_REMARKS);
    SpinJsonNode item = in.optionalJson(AGENDA_ITEM);
    int itemIndex = item.prop(Agenda.ITEM_INDEX).numberValue().intValue();
    presentations.findApproved(SessionOf.key(task)).stream()
        .filter(p -> p.itemIndex() != null && p.itemIndex() == itemIndex)
        .findFirst()
        .ifPresent(p -> presentations.recordSessionRemarks(p.id(), remarks));
  }
}
