package ma.majlis.notification;

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
