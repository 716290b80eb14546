package ma.majlis.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL database of the application tests. Once per JVM, before the first Spring context starts, it makes
 * sure the database exists and empties it, so that every run starts from a fresh schema, as a new installation
 * does. Override with MAJLIS_TEST_DB_URL / MAJLIS_TEST_DB_USER / MAJLIS_TEST_DB_PASSWORD.
 * <p>
 * When no PostgreSQL answers at that URL (a fresh machine with Java and Maven only), the tests start their own:
 * an embedded PostgreSQL 14 whose binaries come from Maven (zonky), on a free port, for this JVM, stopped with it.
 * {@code MAJLIS_TEST_EMBEDDED_DB=never} makes an unreachable server an error instead.
 */
public final class TestDatabase {

  private static final Server SERVER = server();
  public static final String URL = SERVER.url();
  public static final String USER = SERVER.user();
  public static final String PASSWORD = SERVER.password();

  private record Server(String url, String user, String password) {
  }

  private static Server server() {
    String url = env("MAJLIS_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/majlis_test");
    String user = env("MAJLIS_TEST_DB_USER", "postgres");
    String password = env("MAJLIS_TEST_DB_PASSWORD", "");
    String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
    DriverManager.setLoginTimeout(5);
    try (Connection c = DriverManager.getConnection(admin, user, password)) {
      return new Server(url, user, password);
    } catch (SQLException unreachable) {
      if ("never".equals(env("MAJLIS_TEST_EMBEDDED_DB", ""))) {
        throw new IllegalStateException("PostgreSQL is not reachable at " + admin + " as " + user
            + " and MAJLIS_TEST_EMBEDDED_DB=never: " + unreachable.getMessage(), unreachable);
      }
      try {
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres embedded =
            io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            embedded.close();
          } catch (java.io.IOException e) {
            // the JVM ends anyway
          }
        }));
        String name = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        System.out.println("No PostgreSQL at " + admin + " (" + unreachable.getMessage() + "): the tests use an"
            + " embedded PostgreSQL on port " + embedded.getPort());
        return new Server("jdbc:postgresql://localhost:" + embedded.getPort() + "/" + name, "postgres", "");
      } catch (java.io.IOException e) {
        throw new IllegalStateException("No PostgreSQL at " + admin + " and the embedded one does not start: "
            + e.getMessage(), e);
      }
    }
  }

  private static boolean reset;

  private TestDatabase() {
  }

  public static synchronized void resetOnce() {
    if (reset) {
      return;
    }
    String name = URL.substring(URL.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
    String admin = URL.substring(0, URL.lastIndexOf('/') + 1) + "postgres";
    try (Connection c = DriverManager.getConnection(admin, USER, PASSWORD); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
        if (!rs.next()) {
          s.execute("create database " + name);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL is not reachable at " + admin + " as " + USER + ": "
          + e.getMessage(), e);
    }
    try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
      s.execute("drop schema public cascade");
      s.execute("create schema public");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reset the test database " + URL + ": " + e.getMessage(), e);
    }
    reset = true;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
