package ma.majlis.platform;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prod profile's settings, as a deployer finds them: every credential comes from the environment with no
 * default, the password policy is on, and the management port listens on 127.0.0.1 unless told otherwise.
 */
class ProductionProfileTest {

  private static PropertySource<?> load(String file) throws IOException {
    List<PropertySource<?>> sources = new YamlPropertySourceLoader().load(file, new ClassPathResource(file));
    assertThat(sources).hasSize(1);
    return sources.get(0);
  }

  @Test
  void prodTakesTheAdministratorFromTheEnvironmentWithoutDefault() throws IOException {
    PropertySource<?> prod = load("application-prod.yaml");
    assertThat(String.valueOf(prod.getProperty("camunda.bpm.admin-user.id"))).isEqualTo("${MAJLIS_ADMIN_ID}");
    assertThat(String.valueOf(prod.getProperty("camunda.bpm.admin-user.password")))
        .isEqualTo("${MAJLIS_ADMIN_PASSWORD}");
    assertThat(String.valueOf(prod.getProperty("camunda.bpm.generic-properties.properties.enablePasswordPolicy")))
        .isEqualTo("true");
    assertThat(String.valueOf(prod.getProperty("majlis.demo-users"))).isEqualTo("false");
  }

  /** The guard requires these variables in prod (ProductionSettingsGuardTest); they must be the ones read. */
  @Test
  void theDatabaseSettingsAreTheVariablesTheGuardRequires() throws IOException {
    PropertySource<?> postgres = load("application-postgres.yaml");
    assertThat(String.valueOf(postgres.getProperty("spring.datasource.url"))).startsWith("${MAJLIS_DB_URL:");
    assertThat(String.valueOf(postgres.getProperty("spring.datasource.username"))).startsWith("${MAJLIS_DB_USER:");
    assertThat(String.valueOf(postgres.getProperty("spring.datasource.password"))).startsWith("${MAJLIS_DB_PASSWORD:");
    assertThat(ProductionSettingsGuard.DATABASE).containsExactly("MAJLIS_DB_URL", "MAJLIS_DB_USER", "MAJLIS_DB_PASSWORD");
  }

  @Test
  void noProfileTurnsTheWebappsCsrfProtectionOff() throws IOException {
    for (String file : List.of("application.yaml", "application-postgres.yaml", "application-prod.yaml")) {
      PropertySource<?> source = load(file);
      if (source instanceof org.springframework.core.env.EnumerablePropertySource<?> enumerable) {
        for (String name : enumerable.getPropertyNames()) {
          // Camunda's starter has no switch for the CSRF filter; its entry points would exempt URLs from it.
          assertThat(name).as(file).doesNotStartWith("camunda.bpm.webapp.csrf.entry-points");
        }
      }
    }
  }

  @Test
  void managementPortIsSeparateAndLocalByDefault() throws IOException {
    PropertySource<?> application = load("application.yaml");
    assertThat(String.valueOf(application.getProperty("management.server.port")))
        .isEqualTo("${MAJLIS_MANAGEMENT_PORT:8081}");
    assertThat(String.valueOf(application.getProperty("management.server.address")))
        .isEqualTo("${MAJLIS_MANAGEMENT_ADDRESS:127.0.0.1}");
    assertThat(String.valueOf(application.getProperty("server.port"))).isEqualTo("${PORT:8080}");
  }
}
