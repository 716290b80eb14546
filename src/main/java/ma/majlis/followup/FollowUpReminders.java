package ma.majlis.followup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import ma.majlis.platform.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import ma.majlis.language.Texts;
import ma.majlis.notification.Mail;
import ma.majlis.notification.Outbox;
import ma.majlis.notification.Reminder;

/**
 * Reminds a follow-up's owner {@code majlis.reminders.follow-up-days} (14 and 3) days before its due date while it is
 * not done, each reminder once ({@code <resolution>/follow-up-reminder/<days>/<owner>} in the outbox), in the owner's
 * language. It reads the {@code follow_up} table and never touches the follow-up's process instance, so the owner's
 * report never collides with it.
 */
@Component
public class FollowUpReminders {

  private static final Logger LOG = LoggerFactory.getLogger(FollowUpReminders.class);

  private final JdbcTemplate jdbc;
  private final Outbox outbox;
  private final Reminder reminder;

  public FollowUpReminders(JdbcTemplate jdbc, Outbox outbox,
                           @Value("${majlis.reminders.follow-up-days:14,3}") List<Integer> days) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.reminder = new Reminder(days);
  }

  @Scheduled(fixedDelayString = "${majlis.reminders.interval:PT15M}", initialDelayString = "PT1M")
  public void remindPeriodically() {
    try {
      remindNow();
    } catch (RuntimeException e) {
      LOG.error("Reminding the follow-ups' owners failed; the next run tries again", e);
    }
  }

  /** Queues the reminders due now (the engine's clock); returns how many were newly queued. */
  public int remindNow() {
    LocalDate today = EngineClock.localNow().toLocalDate();
    List<FollowUp> open = jdbc.query("select * from follow_up where status in (?, ?) and due_date >= ?"
            + " order by resolution_number", FollowUp.MAPPER, FollowUpStatus.OPEN.name(),
        FollowUpStatus.IN_PROGRESS.name(), java.sql.Date.valueOf(today));
    int queued = 0;
    for (FollowUp followUp : open) {
      long daysLeft = ChronoUnit.DAYS.between(today, followUp.dueDate());
      Integer days = reminder.dueAt(daysLeft);
      if (days == null || assignedOnOrAfter(followUp, followUp.dueDate().minusDays(days))) {
        continue;
      }
      if (enqueue(followUp, days, daysLeft)) {
        queued++;
      }
    }
    if (queued > 0) {
      LOG.info("{} reminder(s) queued to follow-up owners", queued);
    }
    return queued;
  }

  /** The owner was told of the follow-up on or after {@code day}: no reminder for that day. */
  private boolean assignedOnOrAfter(FollowUp followUp, LocalDate day) {
    List<java.sql.Timestamp> assigned = jdbc.queryForList("select created_at from notification_outbox"
        + " where dedup_key = ?", java.sql.Timestamp.class, followUp.resolutionNumber() + "/follow-up-assigned/"
        + followUp.owner());
    return !assigned.isEmpty() && !assigned.get(0).toLocalDateTime().toLocalDate().isBefore(day);
  }

  /** The reminder in the owner's language (the outbox knows it), with its date as that language writes it. */
  private boolean enqueue(FollowUp followUp, int days, long daysLeft) {
    String number = followUp.resolutionNumber();
    String sessionKey = number.contains("-R") ? number.substring(0, number.lastIndexOf("-R")) : null;
    try {
      return outbox.enqueue(number + "/follow-up-reminder/" + days + "/" + followUp.owner(), followUp.owner(),
          language -> Mail.in(language)
              .subject("mail.reminder.followUp.subject", number, Texts.date(language, followUp.dueDate()))
              .paragraph("mail.reminder.followUp.body", number, Texts.date(language, followUp.dueDate()),
                  String.valueOf(daysLeft)),
          sessionKey);
    } catch (DuplicateKeyException e) {
      return false; // another node queued it at the same moment
    }
  }
}
