package ma.majlis.notification;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.majlis.support.H2Database;
import ma.majlis.support.StatementLog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox's dedup key, on the real migrations (H2): a message is queued once, a second one with the same key is
 * refused (false, nothing written), and each message costs one check of its key, not two (issue #17: the check was
 * sent twice per mail, once before the message was written and once before it was inserted).
 */
class OutboxDedupTest {

  private static final String CHECK = "select count(*) from notification_outbox where dedup_key = ?";

  private StatementLog log;
  private Outbox outbox;

  @BeforeEach
  void setUp() {
    log = StatementLog.of(H2Database.migrated().getDataSource());
    outbox = new Outbox(new JdbcTemplate(log.dataSource()));
  }

  @Test
  void aMessageWrittenInItsRecipientsLanguageIsCheckedOnceAndQueuedOnce() {
    AtomicInteger written = new AtomicInteger();

    boolean first = outbox.enqueueIn("T-1/convocation/member01", "member01", language -> {
      written.incrementAndGet();
      return new Notification("T-1/convocation/member01", "member01", "Convocation", "Body", "T-1");
    });

    assertThat(first).isTrue();
    assertThat(written).hasValue(1);
    assertThat(log.count(CHECK)).isEqualTo(1);
    assertThat(log.statements()).filteredOn(sql -> sql.startsWith("insert into notification_outbox")).hasSize(1);

    log.clear();
    boolean again = outbox.enqueueIn("T-1/convocation/member01", "member01", language -> {
      written.incrementAndGet();
      return new Notification("T-1/convocation/member01", "member01", "Convocation", "Body", "T-1");
    });

    assertThat(again).isFalse();
    assertThat(written).as("a queued message is not written again").hasValue(1);
    assertThat(log.statements()).containsExactly(CHECK);
    assertThat(outbox.forSession("T-1")).hasSize(1);
  }

  @Test
  void aWrittenMessageIsCheckedOnceAndADuplicateIsRefused() {
    assertThat(outbox.enqueue(new Notification("T-2/notice/member02", "member02", "Notice", "Body", "T-2"))).isTrue();
    assertThat(log.count(CHECK)).isEqualTo(1);

    log.clear();
    assertThat(outbox.enqueue(new Notification("T-2/notice/member02", "member02", "Other", "Other", "T-2")))
        .isFalse();
    assertThat(log.statements()).containsExactly(CHECK);
    assertThat(outbox.forSession("T-2")).extracting(OutboxEntry::subject).containsExactly("Notice");
  }

  @Test
  void aMessageWrittenUnderAnotherKeyIsCheckedUnderItsOwn() {
    outbox.enqueue(new Notification("T-3/other", "member03", "First", "Body", "T-3"));

    boolean queued = outbox.enqueueIn("T-3/asked", "member03",
        language -> new Notification("T-3/other", "member03", "Second", "Body", "T-3"));

    assertThat(queued).isFalse();
    assertThat(outbox.forSession("T-3")).extracting(OutboxEntry::subject).containsExactly("First");
  }

  @Test
  void manyMessagesAreCheckedInOneQueryAndWrittenInOneBatchSkippingTheQueuedAndTheRepeated() {
    outbox.enqueue(new Notification("T-4/convocation/member01", "member01", "Already", "Body", "T-4"));
    log.clear();
    AtomicInteger written = new AtomicInteger();
    java.util.function.Function<String, Outbox.Pending> to = member -> new Outbox.Pending("T-4/convocation/" + member,
        member, language -> {
          written.incrementAndGet();
          return new Notification("T-4/convocation/" + member, member, "Convocation", "Body " + member, "T-4");
        });

    int queued = outbox.enqueueAll(java.util.List.of(to.apply("member01"), to.apply("member02"), to.apply("member03"),
        to.apply("member02")));

    assertThat(queued).isEqualTo(2);
    assertThat(written).as("neither the queued message nor the repeated one is written").hasValue(2);
    assertThat(log.statements()).filteredOn(sql -> sql.startsWith("select dedup_key from notification_outbox"))
        .hasSize(1);
    assertThat(log.count(CHECK)).isZero();
    assertThat(outbox.forSession("T-4")).extracting(OutboxEntry::recipient, OutboxEntry::subject).containsExactly(
        org.assertj.core.groups.Tuple.tuple("member01", "Already"),
        org.assertj.core.groups.Tuple.tuple("member02", "Convocation"),
        org.assertj.core.groups.Tuple.tuple("member03", "Convocation"));
    assertThat(outbox.findByDedupKey("T-4/convocation/member03")).get().extracting(OutboxEntry::body)
        .isEqualTo("Body member03");

    log.clear();
    assertThat(outbox.enqueueAll(java.util.List.of(to.apply("member02")))).isZero();
    assertThat(outbox.enqueueAll(java.util.List.of())).isZero();
    assertThat(outbox.forSession("T-4")).hasSize(3);
  }
}
