package ma.majlis.deliberation;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh in-memory H2 database with Majlis's Flyway migrations applied, for the register's and the vote
 * book's tests (the same SQL that runs on PostgreSQL in production).
 */
final class TestDatabase {

  private TestDatabase() {
  }

  static JdbcTemplate migrated() {
    DriverManagerDataSource dataSource = new DriverManagerDataSource(
        "jdbc:h2:mem:majlis-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    return new JdbcTemplate(dataSource);
  }
}
