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
 */
public final class TestDatabase {

  public static final String URL = env("MAJLIS_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/majlis_test");
  public static final String USER = env("MAJLIS_TEST_DB_USER", "postgres");
  public static final String PASSWORD = env("MAJLIS_TEST_DB_PASSWORD", "");

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
      throw new IllegalStateException("PostgreSQL is not reachable at " + admin + " as " + USER
          + " (start it, see .ci/run): " + e.getMessage(), e);
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
