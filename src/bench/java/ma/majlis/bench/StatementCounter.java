package ma.majlis.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements each thread sends (each {@code execute…}, each statement added to a batch), through a
 * proxy around the application's data source: the work of a step in statements, which a busy machine does not
 * change, where its time in milliseconds does. The benchmark's driver runs each step and each job in its own
 * thread (the job executor is off in the session phases), so the difference of {@link #current()} around a step is
 * that step's statements: the engine's and Majlis's alike.
 */
final class StatementCounter {

  private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);
  /** With {@code -Dbench.sqlProfile=true}: where each statement of the thread's current step is counted, by its SQL. */
  static final boolean PROFILE = Boolean.getBoolean("bench.sqlProfile");
  private static final ThreadLocal<java.util.Map<String, Long>> SINK = new ThreadLocal<>();
  /** With profiling: the nanoseconds the thread's current step waited for each SQL (and for its commits, "COMMIT"). */
  private static final ThreadLocal<java.util.Map<String, Long>> NANOS = new ThreadLocal<>();

  /**
   * Counts this thread's statements by their SQL into {@code sink}, and the time each took (from the driver's call to
   * its answer: the round trip and PostgreSQL's work) into {@code nanos} (null: stop), when profiling.
   */
  static void profileInto(java.util.Map<String, Long> sink, java.util.Map<String, Long> nanos) {
    if (PROFILE) {
      SINK.set(sink);
      NANOS.set(nanos);
    }
  }

  private StatementCounter() {
  }

  /** Statements sent by this thread so far. */
  static long current() {
    return COUNT.get()[0];
  }

  /** Wraps the bean {@code dataSource}. */
  static BeanPostProcessor wrapper() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof DataSource dataSource && "dataSource".equals(name)) {
          return proxy(DataSource.class, dataSource, (target, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection c ? proxy(Connection.class, c, StatementCounter::connection) : result;
          });
        }
        return bean;
      }
    };
  }

  private static Object connection(Object target, Method method, Object[] args) throws Throwable {
    if (method.getName().equals("commit") && NANOS.get() != null) {
      return timed("COMMIT", target, method, args);
    }
    Object result = invoke(target, method, args);
    String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
    Handler counting = (t, m, a) -> statement(sql, t, m, a);
    if (result instanceof CallableStatement s) {
      return proxy(CallableStatement.class, s, counting);
    }
    if (result instanceof PreparedStatement s) {
      return proxy(PreparedStatement.class, s, counting);
    }
    if (result instanceof Statement s) {
      return proxy(Statement.class, s, counting);
    }
    return result;
  }

  private static Object statement(String prepared, Object target, Method method, Object[] args) throws Throwable {
    String name = method.getName();
    boolean executes = name.startsWith("execute") && !name.equals("executeBatch");
    java.util.Map<String, Long> sink = SINK.get();
    String sql = sink == null ? null : (prepared != null ? prepared
        : args != null && args.length > 0 ? String.valueOf(args[0]) : "?").replaceAll("\\s+", " ").trim();
    if (executes || name.equals("addBatch")) {
      COUNT.get()[0]++;
      if (sink != null) {
        sink.merge(sql, 1L, Long::sum);
      }
    }
    if (sql != null && NANOS.get() != null && (executes || name.equals("executeBatch"))) {
      return timed(sql, target, method, args);
    }
    return invoke(target, method, args);
  }

  private static Object timed(String key, Object target, Method method, Object[] args) throws Throwable {
    long start = System.nanoTime();
    try {
      return invoke(target, method, args);
    } finally {
      NANOS.get().merge(key, System.nanoTime() - start, Long::sum);
    }
  }

  interface Handler {
    Object handle(Object target, Method method, Object[] args) throws Throwable;
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, T target, Handler handler) {
    InvocationHandler h = (p, method, args) -> handler.handle(target, method, args);
    return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, h);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
