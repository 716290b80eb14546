package ma.majlis.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import ma.majlis.support.TestDatabase;

/**
 * The reliability tests' own PostgreSQL database, {@code majlis_reliability} on the server of the application tests
 * (MAJLIS_TEST_DB_URL / _USER / _PASSWORD), created when missing and emptied before each test, so that they never
 * touch {@code majlis_test}. The tests read it directly to count effects: convocations, resolutions, job runs.
 */
final class ReliabilityDatabase {

  static final String URL = TestDatabase.URL.substring(0, TestDatabase.URL.lastIndexOf('/') + 1)
      + "majlis_reliability";
  static final String USER = TestDatabase.USER;
  static final String PASSWORD = TestDatabase.PASSWORD;

  private ReliabilityDatabase() {
  }

  /** Creates the database when missing and drops everything in it (a new installation). */
  static void reset() throws SQLException {
    String admin = URL.substring(0, URL.lastIndexOf('/') + 1) + "postgres";
    try (Connection c = DriverManager.getConnection(admin, USER, PASSWORD); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = 'majlis_reliability'")) {
        if (!rs.next()) {
          s.execute("create database majlis_reliability");
        }
      }
    }
    execute("drop schema public cascade", "create schema public");
  }

  static void execute(String... statements) throws SQLException {
    try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }

  static long count(String sql, Object... args) throws SQLException {
    List<List<Object>> rows = rows(sql, args);
    return ((Number) rows.get(0).get(0)).longValue();
  }

  static List<List<Object>> rows(String sql, Object... args) throws SQLException {
    try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD);
         var statement = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        statement.setObject(i + 1, args[i]);
      }
      List<List<Object>> rows = new ArrayList<>();
      try (ResultSet rs = statement.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= columns; i++) {
            row.add(rs.getObject(i));
          }
          rows.add(row);
        }
      }
      return rows;
    }
  }

  /**
   * A slow database: every insert into the table takes {@code seconds} longer, so that a step writing to it is
   * still running when the test kills the application.
   */
  static void slowInserts(String table, double seconds) throws SQLException {
    String function = "majlis_slow_insert_" + table;
    execute("create or replace function " + function + "() returns trigger language plpgsql as"
            + " $$ begin perform pg_sleep(" + seconds + "); return new; end $$",
        "drop trigger if exists majlis_slow_insert on " + table,
        "create trigger majlis_slow_insert before insert on " + table
            + " for each row execute function " + function + "()");
  }

  static void fastInserts(String table) throws SQLException {
    execute("drop trigger if exists majlis_slow_insert on " + table);
  }
}
