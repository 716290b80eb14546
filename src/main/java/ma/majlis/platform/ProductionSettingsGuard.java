package ma.majlis.platform;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the {@code prod} profile without the first administrator's credentials from the environment,
 * before anything else starts, with a message that names what is missing. The production profile has no default
 * credentials at all.
 */
public class ProductionSettingsGuard implements EnvironmentPostProcessor {

  static final List<String> REQUIRED = List.of("MAJLIS_ADMIN_ID", "MAJLIS_ADMIN_PASSWORD");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.acceptsProfiles(Profiles.of("prod"))) {
      return;
    }
    List<String> missing = new ArrayList<>();
    for (String name : REQUIRED) {
      String value = environment.getProperty(name);
      if (value == null || value.isBlank()) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("Majlis will not start in the prod profile: the environment variables "
          + String.join(" and ", missing) + " must be set (the first administrator's id and password). "
          + "The prod profile has no default credentials.");
    }
  }
}
