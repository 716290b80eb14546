package ma.majlis.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

/**
 * The statements a data source prepares, by their SQL, for the unit tests that count round trips (issue #17: a
 * step's time is its statements): {@link #of(DataSource)} gives the data source to use, {@link #statements()} what
 * it prepared (or executed as a plain statement) since the last {@link #clear()}.
 */
public final class StatementLog {

  private final List<String> statements = Collections.synchronizedList(new ArrayList<>());
  private final DataSource dataSource;

  private StatementLog(DataSource target) {
    this.dataSource = (DataSource) Proxy.newProxyInstance(StatementLog.class.getClassLoader(),
        new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
          Object result = invoke(target, method, args);
          return result instanceof Connection connection ? recording(connection) : result;
        });
  }

  /** A log of the statements {@code target} prepares. */
  public static StatementLog of(DataSource target) {
    return new StatementLog(target);
  }

  /** The data source to give the code under test. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** The statements prepared since the last {@link #clear()}, in order. */
  public List<String> statements() {
    synchronized (statements) {
      return List.copyOf(statements);
    }
  }

  /** How many of the statements prepared since the last {@link #clear()} are {@code sql}. */
  public long count(String sql) {
    return statements().stream().filter(sql::equals).count();
  }

  public void clear() {
    statements.clear();
  }

  private Connection recording(Connection target) {
    return (Connection) Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if ((method.getName().equals("prepareStatement") || method.getName().equals("prepareCall"))
              && args != null && args[0] instanceof String sql) {
            statements.add(sql);
          }
          Object result = invoke(target, method, args);
          return method.getName().equals("createStatement") ? recording((Statement) result) : result;
        });
  }

  /** A plain statement: its SQL is given when it is executed. */
  private Statement recording(Statement target) {
    return (Statement) Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] {Statement.class},
        (proxy, method, args) -> {
          if (method.getName().startsWith("execute") && args != null && args.length > 0
              && args[0] instanceof String sql) {
            statements.add(sql);
          }
          return invoke(target, method, args);
        });
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
