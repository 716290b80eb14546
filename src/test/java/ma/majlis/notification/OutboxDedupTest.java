package ma.majlis.notification;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.majlis.support.H2Database;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox's dedup key, on the real migrations (H2): a message is queued once, a second one with the same key is
 * refused (false, nothing written), and each message costs one check of its key, not two (issue #17: the check was
 * sent twice per mail, once before the message was written and once before it was inserted).
 */
class OutboxDedupTest {

  private static final String CHECK = "select count(*) from notification_outbox where dedup_key = ?";

  private final List<String> statements = Collections.synchronizedList(new ArrayList<>());
  private JdbcTemplate jdbc;
  private Outbox outbox;

  @BeforeEach
  void setUp() {
    JdbcTemplate migrated = H2Database.migrated();
    jdbc = new JdbcTemplate(recording(migrated.getDataSource()));
    outbox = new Outbox(jdbc);
    statements.clear();
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
    assertThat(statements).filteredOn(CHECK::equals).hasSize(1);
    assertThat(statements).filteredOn(sql -> sql.startsWith("insert into notification_outbox")).hasSize(1);

    statements.clear();
    boolean again = outbox.enqueueIn("T-1/convocation/member01", "member01", language -> {
      written.incrementAndGet();
      return new Notification("T-1/convocation/member01", "member01", "Convocation", "Body", "T-1");
    });

    assertThat(again).isFalse();
    assertThat(written).as("a queued message is not written again").hasValue(1);
    assertThat(statements).containsExactly(CHECK);
    assertThat(outbox.forSession("T-1")).hasSize(1);
  }

  @Test
  void aWrittenMessageIsCheckedOnceAndADuplicateIsRefused() {
    assertThat(outbox.enqueue(new Notification("T-2/notice/member02", "member02", "Notice", "Body", "T-2"))).isTrue();
    assertThat(statements).filteredOn(CHECK::equals).hasSize(1);

    statements.clear();
    assertThat(outbox.enqueue(new Notification("T-2/notice/member02", "member02", "Other", "Other", "T-2")))
        .isFalse();
    assertThat(statements).containsExactly(CHECK);
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

  /** The data source, each statement it prepares recorded in {@link #statements}. */
  private DataSource recording(DataSource target) {
    return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
        forwarding(target, (method, args) -> {
          Object result = method.invoke(target, args);
          return result instanceof Connection connection ? recording(connection) : result;
        }));
  }

  private Connection recording(Connection target) {
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        forwarding(target, (method, args) -> {
          if ((method.getName().equals("prepareStatement") || method.getName().equals("prepareCall"))
              && args != null && args[0] instanceof String sql) {
            statements.add(sql);
          }
          return method.invoke(target, args);
        }));
  }

  private interface Call {
    Object apply(java.lang.reflect.Method method, Object[] args) throws Exception;
  }

  private static InvocationHandler forwarding(Object target, Call call) {
    return (proxy, method, args) -> {
      try {
        return call.apply(method, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
  }
}
