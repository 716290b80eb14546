package ma.majlis.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ma.majlis.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox sent to a real SMTP server (GreenMail, in this JVM, shared by the application tests): the demo users
 * receive each queued message once, at their email address, in UTF-8; a recipient without an address is marked and
 * not retried; an entry claimed by another node is left to it until its claim expires. Other classes' PENDING
 * messages in the shared database may be sent too, so the tests look only at the messages of their own session key.
 */
class OutboxSenderTest extends ApplicationTest {

  private static final String BOARD = "المجلس الإداري";

  @Autowired
  Outbox outbox;

  @Autowired
  OutboxSender sender;

  @Autowired
  IdentityService identityService;

  /** A session key of its own for each test (at most 40 characters). */
  private static String newSessionKey() {
    return "T-MAIL-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The messages GreenMail received for one session, by the dedup key each one carries. */
  private static List<MimeMessage> receivedFor(String sessionKey) {
    return Arrays.stream(mail().getReceivedMessages()).filter(m -> {
      try {
        String key = m.getHeader(OutboxSender.NOTIFICATION_HEADER, null);
        return key != null && key.startsWith(sessionKey + "/");
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  private static String recipient(MimeMessage message) throws MessagingException {
    return message.getAllRecipients()[0].toString();
  }

  private static String text(MimeMessage message) throws Exception {
    return ((String) message.getContent()).replace("\r\n", "\n");
  }

  @Test
  void eachQueuedMessageReachesTheUsersAddressOnceInUtf8() throws Exception {
    assertThat(sender.isMailEnabled()).isTrue();
    String session = newSessionKey();
    String subject = "Convocation: " + BOARD + " " + session;
    String body = "Vous êtes convoqué à la session " + session + ".\n" + BOARD + " يجتمع يوم الخميس.\n";
    outbox.enqueue(new Notification(session + "/convocation/member01", "member01", subject, body, session));
    outbox.enqueue(new Notification(session + "/convocation/member02", "member02", subject, body, session));

    assertThat(sender.sendPendingNow().sent()).isGreaterThanOrEqualTo(2);

    List<MimeMessage> received = receivedFor(session);
    assertThat(received).hasSize(2);
    assertThat(received.stream().map(m -> {
      try {
        return recipient(m);
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    })).containsExactlyInAnyOrder("member01@majlis.example", "member02@majlis.example");
    for (MimeMessage message : received) {
      assertThat(message.getSubject()).isEqualTo(subject);
      assertThat(text(message)).isEqualTo(body);
      assertThat(message.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
      assertThat(message.getFrom()[0].toString()).isEqualTo("majlis@localhost");
    }
    assertThat(outbox.forSession(session)).hasSize(2).allSatisfy(entry -> {
      assertThat(entry.status()).isEqualTo(OutboxEntry.SENT);
      assertThat(entry.sentAt()).isNotNull();
      assertThat(entry.attempts()).isEqualTo(1);
    });

    // Idempotent: another run sends nothing, and queueing the same message again (a retried job) neither.
    sender.sendPendingNow();
    assertThat(outbox.enqueue(new Notification(session + "/convocation/member01", "member01", subject, body, session)))
        .isFalse();
    sender.sendPendingNow();
    assertThat(receivedFor(session)).hasSize(2);
    assertThat(outbox.forSession(session)).hasSize(2);
  }

  @Test
  void aRecipientGivenAsAnAddressIsSentToAsIs() throws Exception {
    String session = newSessionKey();
    outbox.enqueue(new Notification(session + "/press", "press.office@example.org", "Communiqué " + session,
        "Texte du communiqué", session));

    sender.sendPendingNow();

    List<MimeMessage> received = receivedFor(session);
    assertThat(received).hasSize(1);
    assertThat(recipient(received.get(0))).isEqualTo("press.office@example.org");
    assertThat(outbox.forSession(session)).extracting(OutboxEntry::status).containsExactly(OutboxEntry.SENT);
  }

  @Test
  void aRecipientWithoutAnEmailIsMarkedOnceAndNotRetried() {
    String session = newSessionKey();
    String noEmail = "noemail" + session.substring(7);
    User user = identityService.newUser(noEmail);
    user.setFirstName("No");
    user.setLastName("Email");
    user.setPassword(noEmail);
    identityService.saveUser(user);
    try {
      outbox.enqueue(new Notification(session + "/notice/" + noEmail, noEmail, "Notice", "Body", session));
      outbox.enqueue(new Notification(session + "/notice/ghost", "ghost-user", "Notice", "Body", session));

      assertThat(sender.sendPendingNow().failed()).isGreaterThanOrEqualTo(2);
      sender.sendPendingNow();

      assertThat(receivedFor(session)).isEmpty();
      assertThat(outbox.forSession(session)).hasSize(2).allSatisfy(entry -> {
        assertThat(entry.status()).isEqualTo(OutboxEntry.FAILED_NO_ADDRESS);
        assertThat(entry.attempts()).isEqualTo(1);
        assertThat(entry.lastError()).contains(entry.recipient()).contains("no email address");
        assertThat(entry.sentAt()).isNull();
      });
    } finally {
      identityService.deleteUser(noEmail);
    }
  }

  @Test
  void anEntryClaimedByAnotherNodeIsLeftToItUntilItsClaimExpires() throws Exception {
    String session = newSessionKey();
    outbox.enqueue(new Notification(session + "/busy", "member03", "Busy", "Being sent by another node", session));
    outbox.enqueue(new Notification(session + "/dead", "member04", "Dead", "Its node died while sending", session));
    long busy = outbox.findByDedupKey(session + "/busy").orElseThrow().id();
    long dead = outbox.findByDedupKey(session + "/dead").orElseThrow().id();
    assertThat(outbox.claim(busy, "other-node", Instant.now())).isTrue();
    assertThat(outbox.claim(dead, "dead-node", Instant.now().minus(Duration.ofMinutes(10)))).isTrue();

    sender.sendPendingNow();

    List<MimeMessage> received = receivedFor(session);
    assertThat(received).hasSize(1);
    assertThat(recipient(received.get(0))).isEqualTo("member04@majlis.example");
    assertThat(outbox.findByDedupKey(session + "/busy").orElseThrow().status()).isEqualTo(OutboxEntry.SENDING);
    assertThat(outbox.findByDedupKey(session + "/dead").orElseThrow().status()).isEqualTo(OutboxEntry.SENT);
    // the other node finishes its own claim; this node never sends it
    assertThat(outbox.markSent(busy, "other-node", Instant.now())).isTrue();
    sender.sendPendingNow();
    assertThat(receivedFor(session)).hasSize(1);
  }
}
