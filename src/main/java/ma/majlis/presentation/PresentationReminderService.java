package ma.majlis.presentation;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import ma.majlis.notification.Notification;
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
      if (outbox.enqueue(new Notification(dedupKey(reminder, user), user, subject(reminder), body(reminder),
          reminder.sessionKey()))) {
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

  static String subject(PresentationReminder reminder) {
    return "Reminder: presentation for session " + reminder.sessionKey() + " not yet approved";
  }

  static String body(PresentationReminder reminder) {
    return "The presentation \"" + reminder.title() + "\" for the board session " + reminder.sessionKey()
        + " planned on " + reminder.plannedStart().replace('T', ' ') + " is not yet approved.\n\n"
        + "Please complete the draft, or the revision the secretariat asked for, in Tasklist "
        + "(task \"Draft the presentation\"), so that it can be approved and sent with the convocation.";
  }
}
