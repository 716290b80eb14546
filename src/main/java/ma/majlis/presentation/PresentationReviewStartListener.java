package ma.majlis.presentation;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import ma.majlis.platform.Inputs;

import static ma.majlis.presentation.PresentationVariables.DRAFT_ROUND;
import static ma.majlis.presentation.PresentationVariables.PLANNED_START;
import static ma.majlis.presentation.PresentationVariables.REMINDER_DATE;
import static ma.majlis.presentation.PresentationVariables.REVISION_ROUND;
import static ma.majlis.process.SharedVariables.SESSION_KEY;

/**
 * Runs when a presentation review starts (before the review sub-process, so that its reminder timer can read the
 * date): {@code reminderDate} = {@code plannedStart} minus the lead time {@code majlis.presentation.reminder-lead}
 * (ISO-8601 duration, default {@code P7D}), in the server's time zone; the counters start at 0; {@code sessionKey}
 * defaults to the business key inherited from the session.
 * <p>
 * A reminder date already past (a session convened at short notice) makes the reminder go out at once.
 */
@Component
public class PresentationReviewStartListener implements ExecutionListener {

  public static final String DEFAULT_LEAD = "P7D";

  private final Duration lead;

  public PresentationReviewStartListener(@Value("${majlis.presentation.reminder-lead:" + DEFAULT_LEAD + "}") String lead) {
    this.lead = parseLead(lead);
  }

  @Override
  public void notify(DelegateExecution execution) {
    Inputs inputs = Inputs.of(execution);
    LocalDateTime plannedStart = inputs.requiredDateTime(PLANNED_START);
    execution.setVariable(REMINDER_DATE, reminderDate(plannedStart, lead));
    if (!inputs.isPresent(SESSION_KEY)) {
      execution.setVariable(SESSION_KEY, execution.getProcessBusinessKey());
    }
    execution.setVariable(DRAFT_ROUND, 0);
    execution.setVariable(REVISION_ROUND, 0);
  }

  public Duration lead() {
    return lead;
  }

  static Date reminderDate(LocalDateTime plannedStart, Duration lead) {
    return Date.from(plannedStart.minus(lead).atZone(ZoneId.systemDefault()).toInstant());
  }

  static Duration parseLead(String text) {
    try {
      Duration parsed = Duration.parse(text.trim());
      if (parsed.isNegative()) {
        throw new IllegalArgumentException("majlis.presentation.reminder-lead must not be negative, got '" + text + "'");
      }
      return parsed;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "majlis.presentation.reminder-lead must be an ISO-8601 duration such as P7D or PT48H, got '" + text + "'", e);
    }
  }
}
