package ma.majlis.notification;

import ma.majlis.platform.WithoutAuthorization;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the outbox over SMTP when a mail server is configured ({@code spring.mail.host}, from
 * {@code MAJLIS_MAIL_HOST}); without one, messages stay PENDING in {@code notification_outbox}.
 *
 * <p>Every {@code majlis.notification.send-interval} it takes the due PENDING entries and, for each, first
 * <em>claims</em> it (an atomic update PENDING → SENDING naming this node) and sends it only when the claim succeeded,
 * so that several nodes sending the same outbox never send a message twice; it then marks it SENT. A failed attempt
 * goes back to PENDING with a growing delay (1 min, 2 min, 4 min … at most 1 h) until
 * {@code majlis.notification.max-attempts}, then FAILED. A recipient without an email address is marked
 * FAILED_NO_ADDRESS at once and not retried. A claim older than {@code majlis.notification.claim-timeout} (its node
 * died while sending) goes back to PENDING: the one case where a message may reach its recipient twice.
 *
 * <p>Recipients are Camunda user ids (their email is taken from the engine's identity service); a recipient that is
 * not a user but contains '@' is used as the address itself. Plain text, UTF-8; an entry with an attachment (the
 * convocation's calendar invitation) is sent as multipart/mixed, the text then the attachment with its content type.
 */
@Component
public class OutboxSender {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

  /** The header that names the outbox entry (its dedup key) in every message sent. */
  public static final String NOTIFICATION_HEADER = "X-Majlis-Notification";

  static final int BATCH_SIZE = 50;
  static final Duration FIRST_RETRY_DELAY = Duration.ofMinutes(1);
  static final Duration MAX_RETRY_DELAY = Duration.ofHours(1);

  /** What one run did. */
  public record SendReport(int sent, int retryingLater, int failed) {
    static final SendReport NOTHING = new SendReport(0, 0, 0);
  }

  private enum Outcome { SENT, RETRY_LATER, FAILED, NOT_OURS }

  private final Outbox outbox;
  private final IdentityService identity;
  private final JavaMailSender mail;
  private final String sender;
  private final Duration claimTimeout;
  private final int maxAttempts;
  private final String node;
  private final Clock clock;
  private final ReentrantLock running = new ReentrantLock();
  private volatile boolean ready;

  @Autowired
  public OutboxSender(Outbox outbox, IdentityService identity, ObjectProvider<JavaMailSender> mailSender,
                      @Value("${spring.mail.host:}") String mailHost,
                      @Value("${majlis.notification.sender:majlis@localhost}") String sender,
                      @Value("${majlis.notification.claim-timeout:PT5M}") Duration claimTimeout,
                      @Value("${majlis.notification.max-attempts:10}") int maxAttempts) {
    this(outbox, identity, mailHost == null || mailHost.isBlank() ? null : mailSender.getIfAvailable(), sender,
        claimTimeout, maxAttempts, nodeName(), Clock.systemUTC());
    if (mailHost != null && !mailHost.isBlank() && mail == null) {
      throw new IllegalStateException("spring.mail.host is set to '" + mailHost + "' but no JavaMailSender exists");
    }
  }

  /** {@code mail} null: mail is off. Times are the wall clock (claims are technical, not business time). */
  OutboxSender(Outbox outbox, IdentityService identity, JavaMailSender mail, String sender, Duration claimTimeout,
               int maxAttempts, String node, Clock clock) {
    this.outbox = outbox;
    this.identity = identity;
    this.mail = mail;
    this.sender = sender;
    this.claimTimeout = claimTimeout;
    this.maxAttempts = Math.max(1, maxAttempts);
    this.node = node;
    this.clock = clock;
    if (mail != null) {
      try {
        new InternetAddress(sender, true);
      } catch (AddressException e) {
        throw new IllegalStateException("majlis.notification.sender '" + sender + "' is not an email address: "
            + e.getMessage(), e);
      }
    }
  }

  public boolean isMailEnabled() {
    return mail != null;
  }

  /** The name this node writes in claimed_by. */
  public String node() {
    return node;
  }

  /** Starts sending once the application is ready (users and groups exist), and says once whether mail is on. */
  @EventListener(ApplicationReadyEvent.class)
  public void applicationReady() {
    ready = true;
    if (mail == null) {
      LOG.info("Mail is off (MAJLIS_MAIL_HOST / spring.mail.host not set): notifications stay PENDING in table "
          + "notification_outbox");
    } else {
      LOG.info("Mail is on: the outbox is sent as {} (node {})", sender, node);
    }
  }

  /** The periodic run; a failure is logged and the next run tries again. */
  @Scheduled(fixedDelayString = "${majlis.notification.send-interval:PT30S}")
  public void sendPeriodically() {
    if (!ready || mail == null) {
      return;
    }
    try {
      sendPendingNow();
    } catch (RuntimeException e) {
      LOG.error("Sending the outbox failed; the next run tries again", e);
    }
  }

  /**
   * Sends every due PENDING entry now (for tests and operators) and returns what it did; does nothing when mail is
   * off. Runs outside any transaction, so that each claim and each status is committed at once. Waits for a run in
   * progress on this node.
   */
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public SendReport sendPendingNow() {
    if (mail == null) {
      LOG.debug("Mail is off: the outbox is not sent");
      return SendReport.NOTHING;
    }
    running.lock();
    // Recipients are looked up without the caller's authorizations (an operator may not see every user).
    try {
      return WithoutAuthorization.asEngine(identity, this::sendDue);
    } finally {
      running.unlock();
    }
  }

  private SendReport sendDue() {
    int released = outbox.releaseStaleClaims(clock.instant().minus(claimTimeout));
    if (released > 0) {
      LOG.warn("{} outbox entries claimed more than {} ago and never finished are PENDING again (their node stopped "
          + "while sending; these messages may reach their recipients twice)", released, claimTimeout);
    }
    int sent = 0;
    int retrying = 0;
    int failed = 0;
    Set<Long> seen = new HashSet<>();
    List<OutboxEntry> batch;
    do {
      batch = outbox.due(clock.instant(), BATCH_SIZE);
      boolean progress = false;
      for (OutboxEntry entry : batch) {
        if (!seen.add(entry.id())) {
          continue;
        }
        progress = true;
        switch (claimAndSend(entry)) {
          case SENT -> sent++;
          case RETRY_LATER -> retrying++;
          case FAILED -> failed++;
          case NOT_OURS -> { }
        }
      }
      if (!progress) {
        break;
      }
    } while (batch.size() == BATCH_SIZE);
    if (sent + retrying + failed > 0) {
      LOG.info("Outbox run on {}: {} sent, {} to retry later, {} failed", node, sent, retrying, failed);
    }
    return new SendReport(sent, retrying, failed);
  }

  private Outcome claimAndSend(OutboxEntry entry) {
    if (!outbox.claim(entry.id(), node, clock.instant())) {
      LOG.debug("Notification {} claimed by another node", entry.dedupKey());
      return Outcome.NOT_OURS;
    }
    String address;
    try {
      address = addressOf(entry.recipient());
    } catch (RuntimeException e) {
      return retryOrFail(entry, "cannot look up the recipient '" + entry.recipient() + "': " + e.getMessage());
    }
    if (address == null) {
      return noAddress(entry, "recipient '" + entry.recipient() + "' has no email address (neither a user with an "
          + "email nor an address)");
    }
    MimeMessage message;
    try {
      message = message(entry, address);
    } catch (MessagingException e) {
      return noAddress(entry, "recipient '" + entry.recipient() + "' has an invalid email address '" + address
          + "': " + e.getMessage());
    }
    try {
      mail.send(message);
    } catch (MailException e) {
      if (recipientRefused(e)) {
        outbox.markFailed(entry.id(), node, OutboxEntry.FAILED, "the mail server refused " + address + ": " + e.getMessage());
        LOG.warn("Notification {} (session {}): the mail server refused {}; marked FAILED, not retried",
            entry.dedupKey(), entry.sessionKey(), address);
        return Outcome.FAILED;
      }
      return retryOrFail(entry, "sending to " + address + " failed: " + e.getMessage());
    }
    if (!outbox.markSent(entry.id(), node, clock.instant())) {
      LOG.warn("Notification {} was sent to {} but its claim had expired (sending took longer than {}): it may be sent "
          + "again", entry.dedupKey(), address, claimTimeout);
    } else {
      LOG.info("Notification {} (session {}) sent to {}", entry.dedupKey(), entry.sessionKey(), address);
    }
    return Outcome.SENT;
  }

  /** The user's email, else the recipient itself when it is an address, else null. */
  String addressOf(String recipient) {
    User user = identity.createUserQuery().userId(recipient).singleResult();
    String email = user == null ? null : user.getEmail();
    if (email != null && !email.isBlank()) {
      return email.trim();
    }
    return recipient.contains("@") ? recipient.trim() : null;
  }

  private MimeMessage message(OutboxEntry entry, String address) throws MessagingException {
    MimeMessage message = mail.createMimeMessage();
    boolean html = entry.bodyHtml() != null;
    boolean attached = entry.attachment() != null;
    // with an HTML part: multipart/alternative, the plain text first (mail readers show the last part they can);
    // with an attachment: multipart/mixed around it
    MimeMessageHelper helper = new MimeMessageHelper(message, html || attached, StandardCharsets.UTF_8.name());
    helper.setFrom(sender);
    helper.setTo(new InternetAddress(address, true));
    helper.setSubject(entry.subject());
    if (html) {
      helper.setText(entry.body(), entry.bodyHtml());
    } else {
      helper.setText(entry.body(), false);
    }
    if (entry.language() != null) {
      message.setHeader("Content-Language", entry.language());
    }
    if (attached) {
      // e.g. the calendar invitation: text/calendar; method=REQUEST, which mail clients offer to add to the calendar
      String type = entry.attachmentType() + (entry.attachmentType().contains("charset") ? "" : "; charset=UTF-8");
      helper.addAttachment(entry.attachmentName(), new jakarta.mail.util.ByteArrayDataSource(
          entry.attachment().getBytes(StandardCharsets.UTF_8), type));
    }
    try {
      message.setHeader(NOTIFICATION_HEADER, MimeUtility.encodeText(entry.dedupKey(), StandardCharsets.UTF_8.name(), null));
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
    return message;
  }

  private Outcome noAddress(OutboxEntry entry, String error) {
    outbox.markFailed(entry.id(), node, OutboxEntry.FAILED_NO_ADDRESS, error);
    LOG.warn("Notification {} (session {}): {}; marked FAILED_NO_ADDRESS, not retried. Set the user's email in "
        + "Camunda Admin, then the entry's status back to PENDING", entry.dedupKey(), entry.sessionKey(), error);
    return Outcome.FAILED;
  }

  private Outcome retryOrFail(OutboxEntry entry, String error) {
    int attempts = entry.attempts() + 1;
    if (attempts >= maxAttempts) {
      outbox.markFailed(entry.id(), node, OutboxEntry.FAILED, "gave up after " + attempts + " attempts: " + error);
      LOG.error("Notification {} (session {}): {}; gave up after {} attempts, marked FAILED", entry.dedupKey(),
          entry.sessionKey(), error, attempts);
      return Outcome.FAILED;
    }
    Instant next = clock.instant().plus(retryDelay(attempts));
    outbox.retryLater(entry.id(), node, error, next);
    LOG.warn("Notification {} (session {}): {}; attempt {} of {}, next at {}", entry.dedupKey(), entry.sessionKey(),
        error, attempts, maxAttempts, next);
    return Outcome.RETRY_LATER;
  }

  /** 1 min after the first failure, doubling, at most 1 h. */
  static Duration retryDelay(int failedAttempts) {
    int doublings = Math.min(Math.max(failedAttempts - 1, 0), 10);
    Duration delay = FIRST_RETRY_DELAY.multipliedBy(1L << doublings);
    return delay.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : delay;
  }

  /** The server refused the recipient itself (550 and alike): trying again would not help. */
  static boolean recipientRefused(MailException e) {
    if (e instanceof MailSendException send) {
      for (Exception failure : send.getFailedMessages().values()) {
        if (failure instanceof SendFailedException refused && refused.getInvalidAddresses() != null
            && refused.getInvalidAddresses().length > 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static String nodeName() {
    String host = System.getenv("HOSTNAME");
    String name = (host == null || host.isBlank() ? "node" : host) + "/" + UUID.randomUUID().toString().substring(0, 8);
    return name.length() > 100 ? name.substring(name.length() - 100) : name;
  }
}
