package ma.majlis.platform;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;

/** What the start-up tunings of the engine's tables ask first: is this PostgreSQL, and recent enough. */
final class PostgresVersion {

  private PostgresVersion() {
  }

  /**
   * Whether {@code dataSource} is PostgreSQL {@code major} or later; false on any other database, and false (logged
   * on {@code log}, saying that {@code what} is not created) when the database cannot say.
   */
  static boolean atLeast(DataSource dataSource, int major, Logger log, String what) {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData db = connection.getMetaData();
      return "PostgreSQL".equals(db.getDatabaseProductName()) && db.getDatabaseMajorVersion() >= major;
    } catch (SQLException e) {
      log.warn("Could not read the database's product and version; {} not created", what, e);
      return false;
    }
  }
}
