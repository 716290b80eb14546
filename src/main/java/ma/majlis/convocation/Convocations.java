package ma.majlis.convocation;

import ma.majlis.board.SessionRecords;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import ma.majlis.platform.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import ma.majlis.language.Language;
import ma.majlis.language.Texts;
import ma.majlis.notification.Mail;
import ma.majlis.notification.Notification;
import ma.majlis.notification.Outbox;
import ma.majlis.presentation.ApprovedPresentation;
import ma.majlis.presentation.PresentationService;

/**
 * Convocations: the notice a session gets, and one letter per member and advisory attendee with the agenda, the
 * dossiers and the approved presentations, in the recipient's language, queued in the outbox (once per recipient
 * and round, however often the step is retried), each with its calendar invitation ({@link ConvocationInvitation}).
 */
@Service
public class Convocations {

  private static final Logger LOG = LoggerFactory.getLogger(Convocations.class);

  private final Outbox outbox;
  private final SessionRecords records;
  private final PresentationService presentations;
  private final ConvocationInvitation invitation;

  public Convocations(Outbox outbox, SessionRecords records, PresentationService presentations,
                      ConvocationInvitation invitation,
                      @org.springframework.beans.factory.annotation.Value("${majlis.public-url:http://localhost:8080}")
                      String publicUrl) {
    this.outbox = outbox;
    this.records = records;
    this.presentations = presentations;
    this.invitation = invitation;
    this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  // --- The board book's link (issue #14): one separate piece, its words in i18n/messages_*.properties ---
  private final String publicUrl;

  /** The paragraph that links the convocation to the reader's pack of the session's papers (his login opens it). */
  private void boardPackLink(Mail mail, String sessionKey) {
    mail.paragraph("boardbook.mail.pack", publicUrl + "/api/sessions/" + sessionKey + "/board-pack");
  }
  // --- end of the board book's link ---

  /** Whole days between now and the planned start (23 from 1 December 09:00 to 24 December 10:00). */
  public static long noticeDays(LocalDateTime plannedStart) {
    LocalDateTime now = EngineClock.localNow();
    return Duration.between(now, plannedStart).toDays();
  }

  /** Replies close the day before the session (or at once, when that is already past). */
  public static LocalDateTime replyDeadline(LocalDateTime plannedStart) {
    LocalDateTime now = EngineClock.localNow();
    LocalDateTime deadline = plannedStart.minusDays(1);
    return deadline.isBefore(now) ? now : deadline;
  }

  public record Session(String key, String bodyName, String kind, int round, LocalDateTime plannedStart, String venue,
                        String format, String healthMeasures, List<SessionRecords.AgendaItem> agenda) {
  }

  /** Queues one convocation per recipient, in the recipient's language; returns how many were newly queued. */
  public int send(Session session, List<String> members, List<String> advisory) {
    List<String> recipients = new ArrayList<>(members);
    recipients.addAll(advisory);
    Map<String, String> addresses = invitation.addresses(recipients);
    List<ApprovedPresentation> approved = presentations.findApproved(session.key());
    // the letter is the same for every member who reads one language (and for every advisory attendee): written once
    // per language, then addressed to each; the calendar invitation is each recipient's own
    Function<Language, Notification> memberLetter = Notification.oncePerLanguage(language -> letter(session, approved,
        language, "mail.greeting.member"), session.key());
    Function<Language, Notification> advisoryLetter = Notification.oncePerLanguage(language -> letter(session,
        approved, language, "mail.greeting.controller", "mail.convocation.advisory"), session.key());
    List<Outbox.Pending> convocations = new ArrayList<>();
    // the calendar invitation is written once per language too, each recipient's own address added to it
    UnaryOperator<Notification> invited = invitation.forSending(session, addresses);
    for (String member : members) {
      convocations.add(convocation(session, member, invited, memberLetter));
    }
    for (String attendee : advisory) {
      convocations.add(convocation(session, attendee, invited, advisoryLetter));
    }
    int queued = outbox.enqueueAll(convocations);
    LOG.info("Session {} convened (round {}): {} convocations queued for {} members and {} advisory attendees",
        session.key(), session.round(), queued, members.size(), advisory.size());
    return queued;
  }

  /**
   * One convocation to queue; {@code invited}: attaches the recipient's calendar invitation;
   * {@code letter}: the letter in a language, addressed to nobody yet.
   */
  private Outbox.Pending convocation(Session session, String recipient, UnaryOperator<Notification> invited,
                                     Function<Language, Notification> letter) {
    String key = session.key() + "/convocation/" + session.round() + "/" + recipient;
    // with the calendar invitation: a second convocation updates the event (same UID, higher SEQUENCE)
    return new Outbox.Pending(key, recipient, language -> invited.apply(letter.apply(language).to(key, recipient)));
  }

  /**
   * The convocation as one recipient reads it, in his language; {@code approved}: the session's approved
   * presentations, read once for all the letters.
   */
  Mail letter(Session s, List<ApprovedPresentation> approved, Language language, String... opening) {
    String body = bodyName(s, language);
    Mail mail = Mail.in(language)
        .subject(s.round() > 1 ? "mail.convocation.subject.second" : "mail.convocation.subject", body, s.key(),
            Texts.date(language, s.plannedStart().toLocalDate()));
    for (String paragraph : opening) {
      mail.paragraph(paragraph);
    }
    mail.paragraph("mail.convocation.intro", Texts.word(language, "sessionKind.", s.kind()), s.key(), body,
            Texts.dayAndTime(language, s.plannedStart()), s.venue(), Texts.word(language, "format.", s.format()));
    if (s.round() > 1) {
      mail.paragraph("mail.convocation.second");
    }
    if (s.healthMeasures() != null) {
      mail.paragraph("mail.convocation.health", s.healthMeasures());
    }
    mail.heading("mail.convocation.agenda").items(s.agenda().stream().map(item -> item.subject() == null
        ? Texts.get(language, "mail.convocation.item", String.valueOf(item.itemIndex()), item.title())
        : Texts.get(language, "mail.convocation.item.deliberation", String.valueOf(item.itemIndex()), item.title(),
            Texts.word(language, "subject.", item.subject()))).toList());
    List<SessionRecords.Dossier> dossiers = records.dossiers(s.key());
    if (!dossiers.isEmpty()) {
      List<String> lines = new ArrayList<>();
      for (SessionRecords.Dossier d : dossiers) {
        lines.add(Texts.get(language, "mail.convocation.dossier", String.valueOf(d.itemIndex()), d.draftResolution()));
        if (d.documentRef() != null) {
          lines.add(Texts.get(language, "mail.convocation.document", d.documentRef()));
        }
        if (d.controllerOpinion() != null) {
          lines.add(Texts.get(language, "mail.convocation.opinion", Texts.word(language, "opinion.", d.controllerOpinion()),
              d.controllerOpinionText() == null ? "" : d.controllerOpinionText()));
        }
      }
      mail.heading("mail.convocation.dossiers").items(lines);
    }
    if (!approved.isEmpty()) {
      mail.heading("mail.convocation.presentations").items(approved.stream()
          .map(p -> p.title() + " — " + p.summary()).toList());
    }
    boardPackLink(mail, s.key());
    return mail.paragraph("mail.convocation.reply", Texts.date(language, replyDeadline(s.plannedStart()).toLocalDate()));
  }

  /** The body's name in the language: the board's from the message files ({@code body.CA}), a committee's as named. */
  static String bodyName(Session s, Language language) {
    return bodyName(s.key().substring(0, s.key().indexOf('-')), s.bodyName(), language);
  }

  /** The same, from the body's code and recorded name. */
  static String bodyName(String code, String recorded, Language language) {
    return Texts.has(Language.EN, "body." + code) ? Texts.get(language, "body." + code) : recorded;
  }

}
