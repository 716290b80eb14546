package ma.majlis.platform;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import ma.majlis.MajlisApplication;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The prod profile has no default credentials: without the first administrator or the database it refuses to start. */
class ProductionSettingsGuardTest {

  private final ProductionSettingsGuard guard = new ProductionSettingsGuard();

  @Test
  void prodWithoutAdministratorVariablesRefusesToStartNamingThem() {
    MockEnvironment environment = new MockEnvironment();
    environment.setActiveProfiles("prod");
    assertThatThrownBy(() -> guard.postProcessEnvironment(environment, null))
        .hasMessageContaining("MAJLIS_ADMIN_ID and MAJLIS_ADMIN_PASSWORD must be set");
  }

  @Test
  void prodWithOnlyTheIdNamesThePassword() {
    MockEnvironment environment = new MockEnvironment().withProperty("MAJLIS_ADMIN_ID", "root");
    environment.setActiveProfiles("prod");
    assertThatThrownBy(() -> guard.postProcessEnvironment(environment, null))
        .hasMessageContaining("the environment variables MAJLIS_ADMIN_PASSWORD must be set");
  }

  @Test
  void prodWithTheAdministratorButNoDatabaseNamesTheDatabaseVariables() {
    MockEnvironment environment = new MockEnvironment().withProperty("MAJLIS_ADMIN_ID", "root")
        .withProperty("MAJLIS_ADMIN_PASSWORD", "s3cret-Passw0rd!").withProperty("MAJLIS_DB_URL", "jdbc:postgresql://db/majlis");
    environment.setActiveProfiles("prod");
    assertThatThrownBy(() -> guard.postProcessEnvironment(environment, null))
        .hasMessageContaining("MAJLIS_DB_USER and MAJLIS_DB_PASSWORD must be set");
  }

  @Test
  void prodWithTheAdministratorAndTheDatabaseStarts() {
    MockEnvironment environment = new MockEnvironment().withProperty("MAJLIS_ADMIN_ID", "root")
        .withProperty("MAJLIS_ADMIN_PASSWORD", "s3cret-Passw0rd!")
        .withProperty("MAJLIS_DB_URL", "jdbc:postgresql://db:5432/majlis").withProperty("MAJLIS_DB_USER", "majlis")
        .withProperty("MAJLIS_DB_PASSWORD", "db-Passw0rd!");
    environment.setActiveProfiles("prod");
    assertThatCode(() -> guard.postProcessEnvironment(environment, null)).doesNotThrowAnyException();
  }

  @Test
  void theDemoProfileNeedsNothing() {
    assertThatCode(() -> guard.postProcessEnvironment(new MockEnvironment(), null)).doesNotThrowAnyException();
  }

  /** The real application, started with --spring.profiles.active=prod, stops before anything starts. */
  @Test
  void theApplicationItselfRefusesToStartInProd() {
    SpringApplication application = new SpringApplication(MajlisApplication.class);
    assertThatThrownBy(() -> application.run("--spring.profiles.active=prod", "--server.port=0"))
        .hasMessageContaining("MAJLIS_ADMIN_ID and MAJLIS_ADMIN_PASSWORD must be set");
  }
}
