package ma.majlis.presentation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import static ma.majlis.presentation.PresentationVariables.KEY_POINTS;
import static ma.majlis.presentation.PresentationVariables.KEY_POINT_FIELD;
import static org.camunda.spin.Spin.JSON;

/**
 * {@code Task_DraftPresentation}, on create: when a previous draft exists, rewrites its key points in the shape of
 * the form's dynamic list ({@code [{"point": "..."}]}), where they are, so that the form shows them and both
 * Tasklist and REST write over that one variable ({@link DraftPresentationCheck} normalises them back).
 */
@Component
public class DraftPresentationPrefill implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    PresentationVariables vars = PresentationVariables.of(task);
    SpinJsonNode previous = vars.keyPointsJson();
    if (previous == null || !previous.isArray()) {
      return;
    }
    SpinJsonNode list = JSON("[]");
    for (String point : DraftPresentationCheck.normalise(KEY_POINTS, previous)) {
      SpinJsonNode item = JSON("{}");
      item.prop(KEY_POINT_FIELD, point);
      list.append(item);
    }
    vars.setKeyPointsForForm(list);
  }
}
