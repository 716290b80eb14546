package ma.majlis.minutes;

import ma.majlis.board.SessionRecord;
import ma.majlis.agenda.PendingAgendaItems;
import ma.majlis.board.SessionRegistry;
import ma.majlis.board.SessionStatus;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import ma.majlis.documents.DocumentKind;
import ma.majlis.documents.DocumentLanguage;
import ma.majlis.documents.DocumentPlainText;
import ma.majlis.documents.DocumentService;
import ma.majlis.documents.SessionReport;
import ma.majlis.documents.StoredDocument;
import ma.majlis.language.Language;
import ma.majlis.notification.Mail;
import ma.majlis.notification.Notification;
import ma.majlis.notification.Outbox;

/**
 * The documents of a session after it closes, as the steps of board-session need them: the minutes (drafted, reviewed
 * by the secretariat, signed or returned by the chair, sent to the members, approved at the next session) and the
 * press releases in Arabic and French (drafted, approved or withheld, published). Knows nothing of Camunda.
 */
@Service
public class SessionDocuments {

  private static final Logger LOG = LoggerFactory.getLogger(SessionDocuments.class);

  /**
   * The longest text a form shows and takes back: a String process variable holds at most 4000 characters (the
   * engine's column). Longer minutes are reviewed in the stored document instead (see {@link #minutesTextForReview}).
   */
  public static final int MAX_FORM_TEXT = 4000;

  /** A session key in a text, e.g. the title "Approbation du procès-verbal de la session CA-2021-S2". */
  private static final Pattern SESSION_KEY = Pattern.compile("\\b([A-Z]{2,8}-\\d{4}-S\\d+)\\b");

  private final SessionReportAssembler assembler;
  private final DocumentService documents;
  private final SessionRegistry sessions;
  private final Outbox outbox;

  public SessionDocuments(SessionReportAssembler assembler, DocumentService documents, SessionRegistry sessions,
                          Outbox outbox) {
    this.assembler = assembler;
    this.documents = documents;
    this.sessions = sessions;
    this.outbox = outbox;
  }

  /**
   * The minutes are drafted in French and in Arabic from what the session recorded (one report, two documents),
   * reviewed, signed and sent together; returns the French document's id.
   */
  public long draftMinutes(String sessionKey) {
    SessionReport report = assembler.report(sessionKey);
    documents.draft(DocumentKind.MINUTES, DocumentLanguage.AR, report);
    return documents.draft(DocumentKind.MINUTES, DocumentLanguage.FR, report);
  }

  /**
   * The session's minutes as they stand: the latest version (the draft, then the secretariat's correction), which is
   * the one reviewed, signed and sent; the process's {@code minutesDocumentId} is only a copy for its forms.
   */
  public long currentMinutes(String sessionKey) {
    return currentMinutes(sessionKey, DocumentLanguage.FR);
  }

  /** The current version of the minutes in a language. */
  public long currentMinutes(String sessionKey, DocumentLanguage language) {
    return latest(sessionKey, DocumentKind.MINUTES, language);
  }

  /** The session's press releases as drafted (the latest version in each language), the ones approved and published. */
  public PressReleases currentPressReleases(String sessionKey) {
    return new PressReleases(latest(sessionKey, DocumentKind.PRESS_RELEASE, DocumentLanguage.AR),
        latest(sessionKey, DocumentKind.PRESS_RELEASE, DocumentLanguage.FR));
  }

  private long latest(String sessionKey, DocumentKind kind, DocumentLanguage language) {
    return documents.latest(sessionKey, kind, language).map(StoredDocument::id).orElseThrow(() ->
        new IllegalStateException("Session " + sessionKey + " has no " + kind + " in " + language + " drafted"));
  }

  /**
   * The minutes' text as the review form shows it: the document's plain text, or, when it is longer than a form
   * holds, a notice that says where to review it (submitting the notice unchanged keeps the document as drafted).
   */
  public String minutesTextForReview(long documentId) {
    String text = documents.plainText(documentId);
    if (text.length() <= MAX_FORM_TEXT) {
      return text;
    }
    return "These minutes (document " + documentId + ", " + text.length() + " characters) are longer than this form"
        + " can hold. Review the stored document (HTML or PDF); submit this text unchanged to keep it as drafted.";
  }

  /**
   * The secretariat's review: the same text keeps the current version; a corrected text becomes the next version of
   * the minutes. Returns the id of the version to sign.
   */
  public long reviewMinutes(long documentId, String reviewedText) {
    if (DocumentPlainText.sameText(reviewedText, minutesTextForReview(documentId))) {
      return documentId;
    }
    long revised = documents.revise(documentId, reviewedText);
    StoredDocument version = documents.get(revised);
    LOG.info("Session {}: minutes corrected by the secretariat, version {} (document {})", version.sessionKey(),
        version.version(), revised);
    return revised;
  }

  /** The chair signs the current minutes, in both languages. */
  public void signMinutes(String sessionKey, String chair) {
    for (DocumentLanguage language : DocumentLanguage.values()) {
      long documentId = currentMinutes(sessionKey, language);
      documents.approve(documentId, chair);
      LOG.info("Session {}: minutes ({}) signed by {} (document {})", sessionKey, language, chair, documentId);
    }
    sessions.updateStatus(sessionKey, SessionStatus.MINUTES_SIGNED);
  }

  /** The chair returns the minutes to the secretariat; the remarks are kept with the versions returned. */
  public void returnMinutes(String sessionKey, String remarks) {
    for (DocumentLanguage language : DocumentLanguage.values()) {
      long documentId = currentMinutes(sessionKey, language);
      documents.recordReviewRemarks(documentId, remarks);
      LOG.info("Minutes of {} ({}, document {}) returned to the secretariat: {}", sessionKey, language, documentId,
          remarks);
    }
  }

  /**
   * Sends the signed minutes to each recipient once, in his language: the Arabic minutes to a reader of Arabic, the
   * French to the others (dedup key {@code <session>/minutes/<French document>/<user>}); returns how many were newly
   * queued.
   */
  public int distributeMinutes(String sessionKey, List<String> recipients) {
    long french = currentMinutes(sessionKey, DocumentLanguage.FR);
    long arabic = currentMinutes(sessionKey, DocumentLanguage.AR);
    // the mail is the same for every recipient who reads one language: written once per language (the document's
    // text made once, parsed and its markup removed), then addressed to each
    java.util.function.Function<Language, Notification> letter = Notification.oncePerLanguage(language -> Mail
        .in(language).subject("mail.minutes.subject", sessionKey)
        .paragraph("mail.greeting.member")
        .paragraph("mail.minutes.intro", sessionKey)
        .preformatted(documents.plainText(language == Language.AR ? arabic : french)), sessionKey);
    List<Outbox.Pending> mails = new java.util.ArrayList<>();
    for (String recipient : new LinkedHashSet<>(recipients)) {
      String key = sessionKey + "/minutes/" + french + "/" + recipient;
      mails.add(new Outbox.Pending(key, recipient, language -> letter.apply(language).to(key, recipient)));
    }
    int queued = outbox.enqueueAll(mails);
    LOG.info("Session {}: minutes (documents {} and {}) sent to {} recipient(s) ({} newly queued)", sessionKey,
        french, arabic, recipients.size(), queued);
    return queued;
  }

  /** The press releases of a session, in Arabic and in French. */
  public record PressReleases(long arabicId, long frenchId) {
  }

  public PressReleases draftPressReleases(String sessionKey) {
    SessionReport report = assembler.report(sessionKey);
    return new PressReleases(documents.draft(DocumentKind.PRESS_RELEASE, DocumentLanguage.AR, report),
        documents.draft(DocumentKind.PRESS_RELEASE, DocumentLanguage.FR, report));
  }

  /**
   * A document's plain text to show in a form (read only): cut, with a note, when longer than a form holds; the
   * stored document stays the reference.
   */
  public String textForForm(long documentId) {
    String text = documents.plainText(documentId);
    String note = "\n[…] (shortened for this form: the stored document " + documentId + " holds the whole text)";
    return text.length() <= MAX_FORM_TEXT ? text : text.substring(0, MAX_FORM_TEXT - note.length()) + note;
  }

  public void approvePressReleases(PressReleases releases, String user) {
    documents.approve(releases.arabicId(), user);
    documents.approve(releases.frenchId(), user);
  }

  /** The communication office withholds the releases; the remarks are kept with both. */
  public void withholdPressReleases(PressReleases releases, String remarks) {
    documents.recordReviewRemarks(releases.arabicId(), remarks);
    documents.recordReviewRemarks(releases.frenchId(), remarks);
    LOG.info("Press releases {} and {} withheld: {}", releases.arabicId(), releases.frenchId(), remarks);
  }

  /**
   * Publishes the approved releases and tells the communication office (one message per person, dedup key
   * {@code <session>/press-release/<document>/<user>}, both texts in the body).
   */
  public void publishPressReleases(String sessionKey, PressReleases releases, List<String> communication) {
    for (long id : new long[] {releases.arabicId(), releases.frenchId()}) {
      if (!documents.get(id).approved()) {
        throw new IllegalStateException("Press release " + id + " of " + sessionKey + " is not approved: it cannot"
            + " be published");
      }
      documents.publish(id);
    }
    String french = documents.plainText(releases.frenchId());
    String arabic = documents.plainText(releases.arabicId());
    for (String user : communication) {
      outbox.enqueue(sessionKey + "/press-release/" + releases.frenchId() + "/" + user, user, language -> Mail
          .in(language).subject("mail.pressRelease.subject", sessionKey)
          .paragraph("mail.greeting.colleague")
          .paragraph("mail.pressRelease.intro", sessionKey, String.valueOf(releases.arabicId()),
              String.valueOf(releases.frenchId()))
          .preformatted(language == Language.AR ? arabic + "\n\n" + french : french + "\n\n" + arabic), sessionKey);
    }
    LOG.info("Session {}: press releases {} (ar) and {} (fr) published", sessionKey, releases.arabicId(),
        releases.frenchId());
  }

  /** Signed minutes of an earlier session of a body that the body has not approved yet. */
  public record MinutesToApprove(String sessionKey, long documentId) {
  }

  /**
   * The signed minutes of the body's latest earlier session (planned before this one) that await the body's
   * approval (standing rule 9), if any.
   */
  public Optional<MinutesToApprove> minutesToApprove(String bodyCode, String sessionKey) {
    java.time.LocalDateTime current = sessions.find(sessionKey).map(SessionRecord::plannedStart).orElse(null);
    return documents.latestAwaitingBoardApproval(DocumentKind.MINUTES, bodyCode, current, sessionKey)
        .map(d -> new MinutesToApprove(d.sessionKey(), d.id()));
  }

  /**
   * A MINUTES_APPROVAL resolution was adopted: the minutes it names (a session key in the item's title), or else the
   * body's latest signed minutes awaiting approval, are marked approved by that resolution. Returns the session
   * whose minutes were approved, if any.
   */
  public Optional<String> approveMinutes(String resolutionNumber, String itemTitle, String sessionKey) {
    String bodyCode = PendingAgendaItems.bodyCodeOf(sessionKey);
    Optional<MinutesToApprove> target = Optional.empty();
    Matcher named = SESSION_KEY.matcher(itemTitle == null ? "" : itemTitle);
    while (named.find() && target.isEmpty()) {
      String previous = named.group(1);
      target = documents.awaitingBoardApproval(DocumentKind.MINUTES).stream()
          .filter(d -> d.sessionKey().equals(previous) && !previous.equals(sessionKey))
          .max(Comparator.comparingInt(StoredDocument::version))
          .map(d -> new MinutesToApprove(d.sessionKey(), d.id()));
    }
    if (target.isEmpty()) {
      target = minutesToApprove(bodyCode, sessionKey);
    }
    if (target.isEmpty()) {
      LOG.warn("Resolution {} approves minutes, but no signed minutes of {} await approval", resolutionNumber,
          bodyCode);
      return Optional.empty();
    }
    documents.approveByBoard(target.get().documentId(), resolutionNumber);
    StoredDocument approved = documents.get(target.get().documentId());
    // the same minutes in the other language, signed together: approved by the same resolution
    for (DocumentLanguage other : DocumentLanguage.values()) {
      if (other != approved.language()) {
        documents.latest(approved.sessionKey(), DocumentKind.MINUTES, other)
            .filter(StoredDocument::approved)
            .ifPresent(d -> documents.approveByBoard(d.id(), resolutionNumber));
      }
    }
    sessions.updateStatus(target.get().sessionKey(), SessionStatus.MINUTES_APPROVED);
    LOG.info("Minutes of {} (document {}) approved by resolution {}", target.get().sessionKey(),
        target.get().documentId(), resolutionNumber);
    return Optional.of(target.get().sessionKey());
  }
}
