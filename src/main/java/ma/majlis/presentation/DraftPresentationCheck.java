package ma.majlis.presentation;

import ma.majlis.platform.JsonValues;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import ma.majlis.platform.InputRejectedException;
import ma.majlis.platform.Inputs;

import static ma.majlis.presentation.PresentationVariables.DOCUMENT_REF;
import static ma.majlis.presentation.PresentationVariables.DURATION_MINUTES;
import static ma.majlis.presentation.PresentationVariables.KEY_POINTS;
import static ma.majlis.presentation.PresentationVariables.KEY_POINT_FIELD;
import static ma.majlis.presentation.PresentationVariables.PRESENTATION_SUMMARY;
import static ma.majlis.presentation.PresentationVariables.PRESENTATION_TITLE;
import static org.camunda.spin.Spin.JSON;

/**
 * {@code Task_DraftPresentation}, on complete: general management drafts (or revises) the presentation. Title and
 * summary required (title at most 300 characters), at least one non-blank key point, document reference optional (at
 * most 300 characters), duration a whole number of minutes from 1 to 240; counts the drafts ({@code draftRound}, the
 * version number of the presentation).
 * <p>
 * Key points are one variable, {@code keyPoints}: integrators send a Json array of strings (the contract), the form's
 * dynamic list edits the same variable as an array of {@code {"point": "..."}} ({@link DraftPresentationPrefill});
 * both shapes are accepted and normalised to an array of strings.
 */
@Component
public class DraftPresentationCheck implements TaskListener {

  static final int MAX_TEXT = 300;
  static final int MAX_DURATION_MINUTES = 240;

  @Override
  public void notify(DelegateTask task) {
    Inputs inputs = Inputs.of(task);
    String title = inputs.requiredString(PRESENTATION_TITLE);
    if (title.length() > MAX_TEXT) {
      throw InputRejectedException.of(PRESENTATION_TITLE, "error.input.maxLength", String.valueOf(MAX_TEXT));
    }
    String summary = inputs.requiredString(PRESENTATION_SUMMARY);
    List<String> keyPoints = submittedKeyPoints(inputs);
    String documentRef = inputs.optionalString(DOCUMENT_REF);
    if (documentRef != null && documentRef.length() > MAX_TEXT) {
      throw InputRejectedException.of(DOCUMENT_REF, "error.input.maxLength", String.valueOf(MAX_TEXT));
    }
    int duration = inputs.requiredInteger(DURATION_MINUTES, 1, MAX_DURATION_MINUTES);

    PresentationVariables vars = PresentationVariables.of(task);
    vars.setDraft(title, summary, keyPoints, documentRef, duration);
    vars.setDraftRound(vars.draftRound() + 1);
  }

  private static List<String> submittedKeyPoints(Inputs inputs) {
    List<String> points = normalise(KEY_POINTS, inputs.requiredJsonArray(KEY_POINTS));
    if (points.isEmpty()) {
      throw InputRejectedException.of(KEY_POINTS, "error.presentation.keyPointsRequired");
    }
    return points;
  }

  /** Accepts ["a", "b"] and [{"point": "a"}, {"point": "b"}]; every point must be non-blank text. */
  static List<String> normalise(String variable, SpinJsonNode array) {
    List<String> points = new ArrayList<>();
    int position = 0;
    for (SpinJsonNode element : array.elements()) {
      position++;
      String point;
      if (element.isString()) {
        point = element.stringValue();
      } else if (element.isObject()) {
        point = Inputs.text(element, KEY_POINT_FIELD);
      } else {
        throw InputRejectedException.of(variable, "error.presentation.keyPointShape", String.valueOf(position),
            Inputs.quoted(KEY_POINT_FIELD));
      }
      if (point == null || point.isBlank()) {
        throw InputRejectedException.of(variable, "error.presentation.keyPointBlank", String.valueOf(position));
      }
      points.add(point.trim());
    }
    return points;
  }
}
