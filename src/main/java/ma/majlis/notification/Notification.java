package ma.majlis.notification;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import ma.majlis.language.Language;

/**
 * One message to one recipient. {@code dedupKey} identifies the message in the business sense (for example
 * {@code CA-2021-S2/convocation/1/member01}): queueing the same key twice queues it once, so a retried job
 * never sends a notice twice. {@code html} is the HTML part beside the plain text {@code body} (null: plain text
 * only), {@code language} the language both are written in ({@code ar}, {@code fr}, {@code en}). A message may carry
 * one text attachment ({@code attachmentName}, {@code attachmentType} its full content type, {@code attachment} its
 * text), such as a calendar invitation.
 */
public record Notification(String dedupKey, String recipient, String subject, String body, String sessionKey,
                           String html, String language, String attachmentName, String attachmentType,
                           String attachment) {

  /** A plain-text message (no HTML part, language not recorded, no attachment). */
  public Notification(String dedupKey, String recipient, String subject, String body, String sessionKey) {
    this(dedupKey, recipient, subject, body, sessionKey, null, null, null, null, null);
  }

  /** A message written with {@link Mail}, in its language, with both parts. */
  public static Notification of(String dedupKey, String recipient, Mail mail, String sessionKey) {
    return new Notification(dedupKey, recipient, mail.subject(), mail.text(), sessionKey, mail.html(),
        mail.language().tag(), null, null, null);
  }

  /**
   * The message {@code write} makes, written at most once per language and addressed to nobody yet: a letter that is
   * the same for every reader of a language, each copy then addressed with {@link #to}.
   */
  public static Function<Language, Notification> oncePerLanguage(Function<Language, Mail> write, String sessionKey) {
    Map<Language, Notification> written = new EnumMap<>(Language.class);
    return language -> written.computeIfAbsent(language, l -> of(null, null, write.apply(l), sessionKey));
  }

  /** The same message to another recipient, under its own dedup key (a letter written once for many). */
  public Notification to(String otherDedupKey, String otherRecipient) {
    return new Notification(otherDedupKey, otherRecipient, subject, body, sessionKey, html, language, attachmentName,
        attachmentType, attachment);
  }

  /** The same message with an attachment. */
  public Notification withAttachment(String name, String type, String text) {
    return new Notification(dedupKey, recipient, subject, body, sessionKey, html, language, name, type, text);
  }
}
