package ma.majlis.support;

import org.camunda.bpm.engine.ProcessEngine;
import ma.majlis.platform.EngineClock;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the application tests: the whole application, on PostgreSQL, on a random port, driven as its users drive
 * it (the REST API with HTTP Basic, as the demo users). All application tests share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@org.junit.jupiter.api.Tag(ApplicationTest.TAG)
public abstract class ApplicationTest {

  /** The tag of the tests that start the whole application (left out by the quick tier, {@code -Pquick}). */
  public static final String TAG = "application";

  static {
    TestDatabase.resetOnce();
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> TestDatabase.URL);
    registry.add("spring.datasource.username", () -> TestDatabase.USER);
    registry.add("spring.datasource.password", () -> TestDatabase.PASSWORD);
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> TestMailServer.get().getSmtp().getPort());
    // Tests run the jobs themselves (Jobs#runDue), with the engine clock where they set it: deterministic.
    registry.add("camunda.bpm.job-execution.enabled", () -> "false");
    // ... so there is no job executor to be ready for.
    registry.add("management.endpoint.health.group.readiness.include", () -> "readinessState,db,processEngine");
    // Tests send the outbox when they want to look at the mail (OutboxSender#sendPendingNow).
    registry.add("majlis.notification.send-interval", () -> "PT1H");
    // Tests create their own sessions (CA-2021-S2 among them); DemoDataLoaderTest calls the loader with its own plan.
    registry.add("majlis.demo-data", () -> "false");
    // Health and metrics on their own random port (see OperationsEndpointsTest and @LocalManagementPort).
    registry.add("management.server.port", () -> "0");
    // Spring Boot's tests turn metrics export off by default; Majlis's tests look at what Prometheus scrapes.
    registry.add("management.prometheus.metrics.export.enabled", () -> "true");
  }

  /** The SMTP server that receives what the application sends. */
  protected static com.icegreen.greenmail.util.GreenMail mail() {
    return TestMailServer.get();
  }

  @LocalServerPort
  protected int port;

  @Autowired
  protected ProcessEngine engine;

  protected Rest rest;

  @Autowired
  private org.springframework.jdbc.core.JdbcTemplate recordTables;

  @BeforeEach
  void setUpClient() {
    rest = new Rest("http://localhost:" + port);
    BpmnAwareTests.init(engine);
    Engine.recordFingerprint(this::recordFingerprint);
  }

  /** An md5 of every row of each of Majlis's tables (not the engine's), in a stable order. */
  private String recordFingerprint() {
    StringBuilder all = new StringBuilder();
    for (String table : recordTables.queryForList("select table_name from information_schema.tables where"
        + " table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like 'act\\_%'"
        + " and table_name <> 'flyway_schema_history' order by table_name", String.class)) {
      all.append(table).append('=').append(recordTables.queryForObject("select md5(coalesce(string_agg(t::text, '|'"
          + " order by t::text), '')) from " + table + " t", String.class)).append(';');
    }
    return all.toString();
  }

  @AfterEach
  void resetClockAndAssertions() {
    EngineClock.reset();
    BpmnAwareTests.reset();
  }
}
