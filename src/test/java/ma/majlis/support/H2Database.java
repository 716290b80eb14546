package ma.majlis.support;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import ma.majlis.deliberation.RegisterChainMigration;

/**
 * A fresh in-memory H2 database with Majlis's Flyway migrations, for the unit tests of the JdbcTemplate services
 * (the same SQL runs on PostgreSQL in the application tests), as the demo's H2 database has them (the common
 * migrations, H2's own, the Java migration V10). A new database on each call, so tests never see each
 * other's rows.
 */
public final class H2Database {

  private H2Database() {
  }

  public static JdbcTemplate migrated() {
    DriverManagerDataSource dataSource = new DriverManagerDataSource(
        "jdbc:h2:mem:majlis-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/vendor/h2")
        .javaMigrations(new RegisterChainMigration()).load().migrate();
    return new JdbcTemplate(dataSource);
  }
}
