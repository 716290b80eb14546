package ma.majlis.notification;

/**
 * One message to one recipient. {@code dedupKey} identifies the message in the business sense (for example
 * {@code CA-2021-S2/convocation/1/member01}): queueing the same key twice queues it once, so a retried job
 * never sends a notice twice. A message may carry one text attachment ({@code attachmentName},
 * {@code attachmentType} its full content type, {@code attachment} its text), such as a calendar invitation.
 */
public record Notification(String dedupKey, String recipient, String subject, String body, String sessionKey,
                           String attachmentName, String attachmentType, String attachment) {

  /** A plain message, without attachment. */
  public Notification(String dedupKey, String recipient, String subject, String body, String sessionKey) {
    this(dedupKey, recipient, subject, body, sessionKey, null, null, null);
  }

  /** The same message with an attachment. */
  public Notification withAttachment(String name, String type, String text) {
    return new Notification(dedupKey, recipient, subject, body, sessionKey, name, type, text);
  }
}
