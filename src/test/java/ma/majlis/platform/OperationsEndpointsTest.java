package ma.majlis.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.majlis.support.ApplicationTest;
import ma.majlis.support.Rest;
import ma.majlis.support.Rest.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Monitoring sees health and metrics on the management port, and nothing of it is served on the application
 * port, which is the one exposed to users.
 */
class OperationsEndpointsTest extends ApplicationTest {

  @LocalManagementPort
  int managementPort;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  RuntimeService runtimeService;

  Rest management;

  @BeforeEach
  void managementClient() {
    management = new Rest("http://localhost:" + managementPort);
  }

  @Test
  void managementPortIsNotTheApplicationPort() {
    assertThat(managementPort).isPositive().isNotEqualTo(port);
  }

  @Test
  void actuatorIsNotServedOnTheApplicationPort() {
    assertThat(rest.get(null, "/actuator/health").status()).isEqualTo(404);
    assertThat(rest.get(null, "/actuator/prometheus").status()).isEqualTo(404);
    // not even to an authenticated user
    assertThat(rest.get("admin", "/actuator/health").status()).isEqualTo(404);
  }

  @Test
  void healthShowsTheDatabaseAndTheEngine() {
    Response health = management.get(null, "/actuator/health");
    assertThat(health.status()).as(health.toString()).isEqualTo(200);
    assertThat(health.json().path("status").asText()).isEqualTo("UP");
    assertThat(health.json().path("components").path("db").path("status").asText()).isEqualTo("UP");
    assertThat(health.json().path("components").path("processEngine").path("status").asText()).isEqualTo("UP");

    Response readiness = management.get(null, "/actuator/health/readiness");
    assertThat(readiness.status()).as(readiness.toString()).isEqualTo(200);
    assertThat(readiness.json().path("components").fieldNames()).toIterable()
        .contains("db", "processEngine");
  }

  /** In production the job executor runs and readiness waits for it (the tests run jobs themselves). */
  @Test
  void readinessIncludesTheJobExecutorInTheApplicationsConfiguration() {
    org.springframework.beans.factory.config.YamlPropertiesFactoryBean yaml =
        new org.springframework.beans.factory.config.YamlPropertiesFactoryBean();
    yaml.setResources(new org.springframework.core.io.ClassPathResource("application.yaml"));
    assertThat(yaml.getObject().getProperty("management.endpoint.health.group.readiness.include[3]"))
        .isEqualTo("jobExecutor");
  }

  @Test
  void prometheusShowsTheBoardsWorkAndTheEnginesMetrics() {
    // The engine writes its metrics to the database every 15 minutes; do it now.
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDbMetricsReporter().reportNow();

    Response scrape = management.get(null, "/actuator/prometheus");
    assertThat(scrape.status()).as(scrape.toString()).isEqualTo(200);
    String text = scrape.body();

    assertThat(value(text, "majlis_resolutions_registered"))
        .isEqualTo(jdbc.queryForObject("select count(*) from resolution", Long.class).doubleValue());
    assertThat(value(text, "majlis_sessions_convened")).isEqualTo(jdbc.queryForObject(
        "select count(*) from board_session where status <> 'REQUESTED'", Long.class).doubleValue());
    assertThat(value(text, "majlis_incidents_open"))
        .isEqualTo((double) runtimeService.createIncidentQuery().count());
    assertThat(text).contains("majlis_notifications_pending", "majlis_notifications_failed");

    // The engine has started activities by now (the application's deployments, other tests' processes).
    assertThat(value(text, "camunda_engine_activity_instance_start_total")).isEqualTo(
        (double) engine.getManagementService().createMetricsQuery().name("activity-instance-start").sum());
    assertThat(text).contains("camunda_engine_job_successful_total", "camunda_engine_job_failed_total",
        "camunda_engine_executed_decision_elements_total");
    // Spring Boot's own: request throughput and the connection pool
    assertThat(text).contains("http_server_requests_seconds_count", "hikaricp_connections_active");
  }

  @Test
  void theReadApiIsClosedToAnonymousCallersToo() {
    assertThat(rest.get(null, "/api/resolutions").status()).isEqualTo(401);
  }

  /** The value of a meter in Prometheus's text format: {@code name{application="majlis",} 3.0}. */
  private static double value(String text, String name) {
    Matcher line = Pattern.compile("(?m)^" + name + "\\{[^}]*} (\\S+)$").matcher(text);
    assertThat(line.find()).as(name + " in\n" + text).isTrue();
    return Double.parseDouble(line.group(1));
  }
}
