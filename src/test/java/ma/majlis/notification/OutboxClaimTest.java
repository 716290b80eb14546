package ma.majlis.notification;

import ma.majlis.support.H2Database;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The claim protocol of the outbox on the real migrations (H2), without Spring: a node sends only what it claimed,
 * two nodes sending at once send each message once, a dead node's claim is released, failures are retried later and
 * then given up.
 */
class OutboxClaimTest {

  private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

  private Outbox outbox;
  private final IdentityService identity = mock(IdentityService.class);
  private final Map<String, User> users = new ConcurrentHashMap<>();
  private final MutableClock clock = new MutableClock(T0);
  private final List<String> delivered = Collections.synchronizedList(new ArrayList<>());
  private ExecutorService threads;

  @BeforeEach
  void setUp() {
    outbox = new Outbox(H2Database.migrated());
    when(identity.createUserQuery()).thenAnswer(invocation -> userQuery());
  }

  /** A user query on {@link #users}. */
  private UserQuery userQuery() {
    UserQuery query = mock(UserQuery.class);
    AtomicReference<String> id = new AtomicReference<>();
    when(query.userId(anyString())).thenAnswer(invocation -> {
      id.set(invocation.getArgument(0));
      return query;
    });
    when(query.singleResult()).thenAnswer(invocation -> users.get(id.get()));
    return query;
  }

  private static User user(String email) {
    User user = mock(User.class);
    when(user.getEmail()).thenReturn(email);
    return user;
  }

  @AfterEach
  void tearDown() {
    if (threads != null) {
      threads.shutdownNow();
    }
  }

  private OutboxEntry queue(String key, String recipient) {
    outbox.enqueue(new Notification(key, recipient, "Subject " + key, "Body " + key, "T-CLAIM"));
    return outbox.findByDedupKey(key).orElseThrow();
  }

  private OutboxSender sender(String node, JavaMailSenderImpl mail, int maxAttempts) {
    return new OutboxSender(outbox, identity, mail, "majlis@localhost", Duration.ofMinutes(5), maxAttempts, node, clock);
  }

  @Test
  void onlyOneNodeClaimsAnEntryAndOnlyItMarksItSent() {
    OutboxEntry entry = queue("k/1", "a@example.org");

    assertThat(outbox.claim(entry.id(), "node-a", T0)).isTrue();
    assertThat(outbox.claim(entry.id(), "node-b", T0)).isFalse();
    assertThat(outbox.due(T0, 10)).isEmpty();
    assertThat(outbox.markSent(entry.id(), "node-b", T0)).isFalse();
    assertThat(outbox.markSent(entry.id(), "node-a", T0)).isTrue();

    OutboxEntry sent = outbox.findByDedupKey("k/1").orElseThrow();
    assertThat(sent.status()).isEqualTo(OutboxEntry.SENT);
    assertThat(sent.sentAt()).isEqualTo(T0);
    assertThat(outbox.claim(entry.id(), "node-b", T0)).isFalse();
  }

  @Test
  void aClaimOlderThanTheTimeoutIsPendingAgainButARecentOneIsNot() {
    OutboxEntry old = queue("k/old", "a@example.org");
    OutboxEntry recent = queue("k/recent", "b@example.org");
    outbox.claim(old.id(), "dead-node", T0.minus(Duration.ofMinutes(10)));
    outbox.claim(recent.id(), "busy-node", T0.minus(Duration.ofMinutes(1)));

    assertThat(outbox.releaseStaleClaims(T0.minus(Duration.ofMinutes(5)))).isEqualTo(1);

    assertThat(outbox.findByDedupKey("k/old").orElseThrow().status()).isEqualTo(OutboxEntry.PENDING);
    assertThat(outbox.findByDedupKey("k/recent").orElseThrow().status()).isEqualTo(OutboxEntry.SENDING);
    // the dead node's late answer no longer counts
    assertThat(outbox.markSent(old.id(), "dead-node", T0)).isFalse();
  }

  @Test
  void aSenderDoesNotSendWhatAnotherNodeClaimedButTakesOverAStaleClaim() {
    OutboxEntry taken = queue("k/taken", "a@example.org");
    OutboxEntry stale = queue("k/stale", "b@example.org");
    outbox.claim(taken.id(), "other-node", T0.minus(Duration.ofMinutes(1)));
    outbox.claim(stale.id(), "dead-node", T0.minus(Duration.ofMinutes(6)));

    OutboxSender.SendReport report = sender("this-node", new RecordingMailSender(delivered), 10).sendPendingNow();

    assertThat(report.sent()).isEqualTo(1);
    assertThat(delivered).containsExactly("k/stale");
    assertThat(outbox.findByDedupKey("k/taken").orElseThrow().status()).isEqualTo(OutboxEntry.SENDING);
    assertThat(outbox.findByDedupKey("k/stale").orElseThrow().status()).isEqualTo(OutboxEntry.SENT);
  }

  @Test
  void twoNodesSendingAtOnceSendEveryMessageExactlyOnce() throws Exception {
    int count = 40;
    for (int i = 0; i < count; i++) {
      queue("k/" + i, "user" + i + "@example.org");
    }
    OutboxSender a = sender("node-a", new RecordingMailSender(delivered), 10);
    OutboxSender b = sender("node-b", new RecordingMailSender(delivered), 10);
    CountDownLatch start = new CountDownLatch(1);
    threads = Executors.newFixedThreadPool(2);
    List<Future<OutboxSender.SendReport>> runs = new ArrayList<>();
    for (OutboxSender node : List.of(a, b)) {
      Callable<OutboxSender.SendReport> run = () -> {
        start.await();
        return node.sendPendingNow();
      };
      runs.add(threads.submit(run));
    }
    start.countDown();
    int sent = 0;
    for (Future<OutboxSender.SendReport> run : runs) {
      sent += run.get(60, TimeUnit.SECONDS).sent();
    }

    assertThat(sent).isEqualTo(count);
    assertThat(delivered).hasSize(count).doesNotHaveDuplicates();
    assertThat(outbox.forSession("T-CLAIM")).allSatisfy(e -> assertThat(e.status()).isEqualTo(OutboxEntry.SENT));
    // a second run of each finds nothing left
    assertThat(a.sendPendingNow().sent() + b.sendPendingNow().sent()).isZero();
    assertThat(delivered).hasSize(count);
  }

  @Test
  void aFailedAttemptIsRetriedLaterAndGivenUpAfterTheMaximum() {
    queue("k/down", "a@example.org");
    OutboxSender node = sender("node-a", new FailingMailSender(), 2);

    assertThat(node.sendPendingNow().retryingLater()).isEqualTo(1);
    OutboxEntry afterFirst = outbox.findByDedupKey("k/down").orElseThrow();
    assertThat(afterFirst.status()).isEqualTo(OutboxEntry.PENDING);
    assertThat(afterFirst.attempts()).isEqualTo(1);
    assertThat(afterFirst.lastError()).contains("Connection refused");

    // not due before the retry delay
    assertThat(node.sendPendingNow()).isEqualTo(new OutboxSender.SendReport(0, 0, 0));
    clock.advance(Duration.ofMinutes(2));
    assertThat(node.sendPendingNow().failed()).isEqualTo(1);

    OutboxEntry given = outbox.findByDedupKey("k/down").orElseThrow();
    assertThat(given.status()).isEqualTo(OutboxEntry.FAILED);
    assertThat(given.attempts()).isEqualTo(2);
    assertThat(given.lastError()).startsWith("gave up after 2 attempts");
    clock.advance(Duration.ofHours(2));
    assertThat(node.sendPendingNow()).isEqualTo(new OutboxSender.SendReport(0, 0, 0));
  }

  @Test
  void aUserIsResolvedToItsEmailAndAUserWithoutOneIsNotRetried() {
    users.put("member01", user("member01@majlis.example"));
    users.put("noemail", user(null));
    queue("k/member", "member01");
    queue("k/noemail", "noemail");
    queue("k/unknown", "nobody");
    RecordingMailSender mail = new RecordingMailSender(delivered);
    OutboxSender node = sender("node-a", mail, 10);

    assertThat(node.sendPendingNow()).isEqualTo(new OutboxSender.SendReport(1, 0, 2));
    assertThat(mail.recipients).containsExactly("member01@majlis.example");
    for (String key : List.of("k/noemail", "k/unknown")) {
      OutboxEntry failed = outbox.findByDedupKey(key).orElseThrow();
      assertThat(failed.status()).isEqualTo(OutboxEntry.FAILED_NO_ADDRESS);
      assertThat(failed.attempts()).isEqualTo(1);
      assertThat(failed.lastError()).contains("has no email address");
    }
    clock.advance(Duration.ofHours(2));
    assertThat(node.sendPendingNow()).isEqualTo(new OutboxSender.SendReport(0, 0, 0));
  }

  @Test
  void withoutAMailServerEntriesStayPending() {
    queue("k/off", "a@example.org");
    OutboxSender off = sender("node-a", null, 10);

    assertThat(off.isMailEnabled()).isFalse();
    assertThat(off.sendPendingNow()).isEqualTo(new OutboxSender.SendReport(0, 0, 0));
    assertThat(outbox.findByDedupKey("k/off").orElseThrow().status()).isEqualTo(OutboxEntry.PENDING);
  }

  @Test
  void theRetryDelayDoublesFromOneMinuteUpToOneHour() {
    assertThat(OutboxSender.retryDelay(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(OutboxSender.retryDelay(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(OutboxSender.retryDelay(4)).isEqualTo(Duration.ofMinutes(8));
    assertThat(OutboxSender.retryDelay(7)).isEqualTo(Duration.ofHours(1));
    assertThat(OutboxSender.retryDelay(50)).isEqualTo(Duration.ofHours(1));
  }

  /** Records the dedup key of each message instead of sending it, a little slowly so that two nodes overlap. */
  static class RecordingMailSender extends JavaMailSenderImpl {
    private final List<String> delivered;
    final List<String> recipients = Collections.synchronizedList(new ArrayList<>());

    RecordingMailSender(List<String> delivered) {
      this.delivered = delivered;
    }

    @Override
    protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) {
      try {
        for (MimeMessage message : mimeMessages) {
          Thread.sleep(5);
          delivered.add(message.getHeader(OutboxSender.NOTIFICATION_HEADER, null));
          recipients.add(message.getAllRecipients()[0].toString());
        }
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** A mail server that cannot be reached. */
  static class FailingMailSender extends JavaMailSenderImpl {
    @Override
    protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) {
      throw new MailSendException("Mail server connection failed: Connection refused");
    }
  }

  static class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
