package ma.majlis.session;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A fresh in-memory H2 database with Majlis's Flyway migrations, for the tests of the JdbcTemplate services. */
public final class TestDatabase {

  private TestDatabase() {
  }

  /** A new database on each call (one per test), so that tests never see each other's rows. */
  public static JdbcTemplate migrated(String name) {
    DriverManagerDataSource dataSource = new DriverManagerDataSource(
        "jdbc:h2:mem:" + name + "-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").cleanDisabled(false).load().migrate();
    return new JdbcTemplate(dataSource);
  }
}
