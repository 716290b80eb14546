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

/**
 * Initialises a presentation review when it starts (before the review sub-process, so that its reminder timer can
 * read the date): {@code reminderDate} = {@code plannedStart} minus the lead time {@code majlis.presentation.reminder-lead}
 * (ISO-8601 duration, default {@code P7D}), in the server's time zone; the counters start at 0; {@code sessionKey}
 * defaults to the business key inherited from the session.
 * <p>
 * A reminder date already past (a session convened at short notice) makes the reminder go out at once.
 */
@Component
public class InitialisePresentationReviewListener implements ExecutionListener {

  public static final String DEFAULT_LEAD = "P7D";

  private final Duration lead;

  public InitialisePresentationReviewListener(
      @Value("${majlis.presentation.reminder-lead:" + DEFAULT_LEAD + "}") String lead) {
    this.lead = parseLead(lead);
  }

  @Override
  public void notify(DelegateExecution execution) {
    PresentationVariables vars = PresentationVariables.of(execution);
    vars.setReminderDate(reminderDate(vars.plannedStart(), lead));
    if (!vars.hasSessionKey()) {
      vars.setSessionKey(execution.getProcessBusinessKey());
    }
    vars.resetRounds();
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
