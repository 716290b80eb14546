package ma.majlis.session;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import ma.majlis.notification.Notification;
import ma.majlis.notification.Outbox;
import ma.majlis.presentation.ApprovedPresentation;
import ma.majlis.presentation.PresentationService;

/**
 * Convocations: the notice a session gets, and one letter per member and advisory attendee with the agenda, the
 * dossiers and the approved presentations, queued in the outbox (once per recipient and round, however often the
 * step is retried).
 */
@Service
public class Convocations {

  private static final Logger LOG = LoggerFactory.getLogger(Convocations.class);

  private final Outbox outbox;
  private final SessionRecords records;
  private final PresentationService presentations;

  public Convocations(Outbox outbox, SessionRecords records, PresentationService presentations,
                      org.springframework.context.MessageSource messages,
                      @org.springframework.beans.factory.annotation.Value("${majlis.public-url:http://localhost:8080}")
                      String publicUrl) {
    this.outbox = outbox;
    this.records = records;
    this.presentations = presentations;
    this.messages = messages;
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  // --- The board book's link (issue #14): one separate piece, its words in i18n/messages_*.properties ---
  private final org.springframework.context.MessageSource messages;
  private final String publicUrl;

  /** The line that links the convocation to the member's pack of the session's papers (opened with his login). */
  String boardPackLine(String sessionKey, java.util.Locale locale) {
    return messages.getMessage("boardbook.mail.pack",
        new Object[] {publicUrl + "/api/sessions/" + sessionKey + "/board-pack"}, locale) + "\n";
  }
  // --- end of the board book's link ---

  /** Whole days between now and the planned start (23 from 1 December 09:00 to 24 December 10:00). */
  public static long noticeDays(LocalDateTime plannedStart) {
    LocalDateTime now = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
    return Duration.between(now, plannedStart).toDays();
  }

  /** Replies close the day before the session (or at once, when that is already past). */
  public static LocalDateTime replyDeadline(LocalDateTime plannedStart) {
    LocalDateTime now = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
    LocalDateTime deadline = plannedStart.minusDays(1);
    return deadline.isBefore(now) ? now : deadline;
  }

  public record Session(String key, String bodyName, String kind, int round, LocalDateTime plannedStart, String venue,
                        String format, String healthMeasures, List<SessionRecords.AgendaItem> agenda) {
  }

  /** Queues one convocation per recipient; returns how many were newly queued. */
  public int send(Session session, List<String> members, List<String> advisory) {
    String letter = letter(session);
    String subject = (session.round() > 1 ? "Second convocation: " : "Convocation: ") + session.bodyName()
        + ", session " + session.key() + " on " + session.plannedStart().toLocalDate();
    int queued = 0;
    for (String member : members) {
      queued += enqueue(session, member, subject, "Dear member,\n\n" + letter) ? 1 : 0;
    }
    for (String attendee : advisory) {
      queued += enqueue(session, attendee, subject,
          "Dear controller,\n\nYou attend this session with an advisory voice.\n\n" + letter) ? 1 : 0;
    }
    LOG.info("Session {} convened (round {}): {} convocations queued for {} members and {} advisory attendees",
        session.key(), session.round(), queued, members.size(), advisory.size());
    return queued;
  }

  private boolean enqueue(Session session, String recipient, String subject, String body) {
    return outbox.enqueue(new Notification(session.key() + "/convocation/" + session.round() + "/" + recipient,
        recipient, subject, body, session.key()));
  }

  String letter(Session s) {
    StringBuilder text = new StringBuilder();
    text.append("You are convened to the ").append(s.kind().toLowerCase()).append(" session ").append(s.key())
        .append(" of the ").append(s.bodyName()).append(",\non ").append(s.plannedStart().toLocalDate()).append(" at ")
        .append(s.plannedStart().toLocalTime()).append(", ").append(s.venue()).append(" (")
        .append(s.format().replace('_', ' ').toLowerCase()).append(").\n");
    if (s.round() > 1) {
      text.append("This is a second convocation: the quorum was not reached at the first. The board will deliberate"
          + " whatever the number of members present.\n");
    }
    if (s.healthMeasures() != null) {
      text.append("Health measures: ").append(s.healthMeasures()).append("\n");
    }
    text.append("\nAgenda\n");
    for (SessionRecords.AgendaItem item : s.agenda()) {
      text.append("  ").append(item.itemIndex()).append(". ").append(item.title());
      String subject = item.subject();
      text.append(subject != null ? " (deliberation: " + subject.replace('_', ' ').toLowerCase() + ")" : "")
          .append("\n");
    }
    List<SessionRecords.Dossier> dossiers = records.dossiers(s.key());
    if (!dossiers.isEmpty()) {
      text.append("\nDossiers\n");
      for (SessionRecords.Dossier d : dossiers) {
        text.append("  Item ").append(d.itemIndex()).append(", draft resolution: ").append(d.draftResolution())
            .append("\n");
        if (d.documentRef() != null) {
          text.append("    Document: ").append(d.documentRef()).append("\n");
        }
        if (d.controllerOpinion() != null) {
          text.append("    State controller's opinion: ").append(d.controllerOpinion()).append(" - ")
              .append(d.controllerOpinionText()).append("\n");
        }
      }
    }
    for (ApprovedPresentation p : presentations.findApproved(s.key())) {
      text.append("\nPresentation: ").append(p.title()).append("\n  ").append(p.summary()).append("\n");
    }
    text.append("\n").append(boardPackLine(s.key(), java.util.Locale.ENGLISH));
    text.append("\nPlease confirm your attendance in Majlis (present, absent, or proxy to another member) before ")
        .append(replyDeadline(s.plannedStart()).toLocalDate()).append(".\n");
    return text.toString();
  }
}
