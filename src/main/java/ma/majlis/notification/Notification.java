package ma.majlis.notification;

/**
 * One message to one recipient. {@code dedupKey} identifies the message in the business sense (for example
 * {@code CA-2021-S2/convocation/1/member01}): queueing the same key twice queues it once, so a retried job
 * never sends a notice twice.
 */
public record Notification(String dedupKey, String recipient, String subject, String body, String sessionKey) {
}
