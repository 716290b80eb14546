package ma.majlis.presentation;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import ma.majlis.language.Language;
import ma.majlis.language.Texts;
import ma.majlis.notification.Mail;
import ma.majlis.notification.Outbox;

/**
 * Queues the reminder to general management: one message per user, deduplicated on
 * {@code <sessionKey>/presentation-reminder/<user>} (with the item's index before the user when the session has
 * it, {@code <sessionKey>/presentation-reminder/<itemIndex>/<user>}, so that two presentations of one session
 * each get their reminder).
 */
@Service
public class PresentationReminderService {

  private static final Logger LOG = LoggerFactory.getLogger(PresentationReminderService.class);

  private final Outbox outbox;

  public PresentationReminderService(Outbox outbox) {
    this.outbox = outbox;
  }

  /** Queues one reminder per recipient; returns how many were newly queued. */
  public int remind(PresentationReminder reminder, List<String> recipients) {
    if (recipients.isEmpty()) {
      LOG.warn("Session {}: presentation '{}' not approved yet, but group general-management has no users to remind",
          reminder.sessionKey(), reminder.title());
      return 0;
    }
    int queued = 0;
    for (String user : recipients) {
      if (outbox.enqueue(dedupKey(reminder, user), user, language -> mail(reminder, language),
          reminder.sessionKey())) {
        queued++;
      }
    }
    LOG.info("Session {}: presentation '{}' not approved yet, reminder queued for {} of {} users of general management",
        reminder.sessionKey(), reminder.title(), queued, recipients.size());
    return queued;
  }

  static String dedupKey(PresentationReminder reminder, String user) {
    return reminder.sessionKey() + "/presentation-reminder/"
        + (reminder.itemIndex() == null ? "" : reminder.itemIndex() + "/") + user;
  }

  /** The reminder in the recipient's language. */
  static Mail mail(PresentationReminder reminder, Language language) {
    String planned;
    try {
      planned = Texts.dayAndTime(language, LocalDateTime.parse(reminder.plannedStart()));
    } catch (DateTimeParseException e) {
      planned = reminder.plannedStart();
    }
    return Mail.in(language).subject("mail.presentation.reminder.subject", reminder.sessionKey())
        .paragraph("mail.greeting.colleague")
        .paragraph("mail.presentation.reminder.intro", reminder.title(), reminder.sessionKey(), planned)
        .paragraph("mail.presentation.reminder.action");
  }
}
