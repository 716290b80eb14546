package ma.majlis.notification;

/**
 * One message to one recipient. {@code dedupKey} identifies the message in the business sense (for example
 * {@code CA-2021-S2/convocation/1/member01}): queueing the same key twice queues it once, so a retried job
 * never sends a notice twice. {@code html} is the HTML part beside the plain text {@code body} (null: plain text
 * only), {@code language} the language both are written in ({@code ar}, {@code fr}, {@code en}).
 */
public record Notification(String dedupKey, String recipient, String subject, String body, String sessionKey,
                           String html, String language) {

  /** A plain-text message (no HTML part, language not recorded). */
  public Notification(String dedupKey, String recipient, String subject, String body, String sessionKey) {
    this(dedupKey, recipient, subject, body, sessionKey, null, null);
  }

  /** A message written with {@link Mail}, in its language, with both parts. */
  public static Notification of(String dedupKey, String recipient, Mail mail, String sessionKey) {
    return new Notification(dedupKey, recipient, mail.subject(), mail.text(), sessionKey, mail.html(),
        mail.language().tag());
  }
}
