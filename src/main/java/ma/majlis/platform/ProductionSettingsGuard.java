package ma.majlis.platform;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the {@code prod} profile without the first administrator's credentials and the database's
 * address and credentials from the environment, before anything else starts, with a message that names what is
 * missing. The production profile has no default credentials at all (the {@code postgres} profile's defaults,
 * {@code postgres} without a password on localhost, are for a developer's machine).
 */
public class ProductionSettingsGuard implements EnvironmentPostProcessor {

  static final List<String> REQUIRED = List.of("MAJLIS_ADMIN_ID", "MAJLIS_ADMIN_PASSWORD");
  static final List<String> DATABASE = List.of("MAJLIS_DB_URL", "MAJLIS_DB_USER", "MAJLIS_DB_PASSWORD");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.acceptsProfiles(Profiles.of("prod"))) {
      return;
    }
    List<String> missing = missing(environment, REQUIRED);
    if (!missing.isEmpty()) {
      throw new IllegalStateException("Majlis will not start in the prod profile: the environment variables "
          + String.join(" and ", missing) + " must be set (the first administrator's id and password). "
          + "The prod profile has no default credentials.");
    }
    List<String> database = missing(environment, DATABASE);
    if (!database.isEmpty()) {
      throw new IllegalStateException("Majlis will not start in the prod profile: the environment variables "
          + String.join(" and ", database) + " must be set (the PostgreSQL database's JDBC URL, user and password). "
          + "The prod profile has no default credentials.");
    }
  }

  private static List<String> missing(ConfigurableEnvironment environment, List<String> names) {
    List<String> missing = new ArrayList<>();
    for (String name : names) {
      String value = environment.getProperty(name);
      if (value == null || value.isBlank()) {
        missing.add(name);
      }
    }
    return missing;
  }
}
