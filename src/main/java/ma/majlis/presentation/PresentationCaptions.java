package ma.majlis.presentation;

import static ma.majlis.presentation.PresentationVariables.AGENDA_ITEM;
import static ma.majlis.presentation.PresentationVariables.APPROVED_PRESENTATION;

import java.util.Map;

import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import static org.camunda.spin.Spin.JSON;

import ma.majlis.language.Language;
import ma.majlis.platform.JsonValues;
import ma.majlis.platform.ShownTask;
import ma.majlis.platform.ShownValues;
import ma.majlis.process.TaskIds;

/**
 * What "Record the presentation" shows of the presentation given: {@code approvedPresentation}, the version approved
 * for the item (title, summary, key points, who approved it and when), read from the record ({@code presentation})
 * each time the form is read ({@link ShownValues}). The review's process set it as a variable of its own, which never
 * reached the session's task: the form's "Approved presentation" stayed hidden.
 */
@Component
public class PresentationCaptions implements ShownValues {

  private final PresentationService presentations;

  public PresentationCaptions(PresentationService presentations) {
    this.presentations = presentations;
  }

  @Override
  public void addTo(Map<String, TypedValue> shown, ShownTask task, Language language) {
    if (!TaskIds.RECORD_PRESENTATION.equals(task.definitionKey()) || task.businessKey() == null) {
      return;
    }
    SpinJsonNode item = task.json(AGENDA_ITEM);
    if (item == null || !item.hasProp("itemIndex")) {
      return;
    }
    int index = item.prop("itemIndex").numberValue().intValue();
    presentations.findApproved(task.businessKey()).stream()
        .filter(p -> p.itemIndex() != null && p.itemIndex() == index).findFirst()
        .ifPresent(p -> shown.put(APPROVED_PRESENTATION, SpinValues.jsonValue(summary(p).toString()).create()));
  }

  /** The approved version as the form reads it (Json). */
  static SpinJsonNode summary(ApprovedPresentation p) {
    SpinJsonNode json = JSON("{}");
    json.prop("id", p.id());
    json.prop("version", p.version());
    json.prop("title", p.title());
    json.prop("summary", p.summary());
    json.prop("keyPoints", JsonValues.stringArray(p.keyPoints()));
    if (p.documentRef() != null) {
      json.prop("documentRef", p.documentRef());
    }
    json.prop("durationMinutes", p.durationMinutes());
    if (p.approvedBy() != null) {
      json.prop("approvedBy", p.approvedBy());
    }
    json.prop("approvedByRole", p.approvedByRole());
    json.prop("approvedAt", p.approvedAt().toString());
    return json;
  }
}
