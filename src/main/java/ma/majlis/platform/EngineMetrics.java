package ma.majlis.platform;

import java.util.List;
import java.util.function.LongSupplier;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * What monitoring sees of the engine and of the board's work, on the management port's /actuator/prometheus.
 *
 * <ul>
 *   <li>{@code camunda_engine_<metric>_total}: the engine's own metrics (activity instances, jobs executed and
 *   failed, decisions evaluated ...), the totals that Cockpit shows. Each node writes its counts to the database
 *   every 15 minutes (the engine's metrics reporter), and the value is the sum over all nodes.</li>
 *   <li>{@code majlis_sessions_convened}, {@code majlis_resolutions_registered}, {@code majlis_incidents_open},
 *   {@code majlis_notifications_pending}, {@code majlis_notifications_failed}: read from the database at each
 *   scrape.</li>
 * </ul>
 * Every value is the whole installation's, so all nodes report the same: aggregate with {@code max} across
 * instances, not {@code sum}. A value that cannot be read (the database is down) is NaN; the health endpoint
 * says why.
 */
@Component
public class EngineMetrics implements MeterBinder {

  private static final Logger LOG = LoggerFactory.getLogger(EngineMetrics.class);

  /** The engine's metrics that it writes to the database (see ProcessEngineConfigurationImpl#initDefaultMetrics). */
  static final List<String> ENGINE_METRICS = List.of(
      Metrics.ROOT_PROCESS_INSTANCE_START,
      Metrics.ACTIVTY_INSTANCE_START,
      Metrics.ACTIVTY_INSTANCE_END,
      Metrics.JOB_ACQUISITION_ATTEMPT,
      Metrics.JOB_ACQUIRED_SUCCESS,
      Metrics.JOB_ACQUIRED_FAILURE,
      Metrics.JOB_EXECUTION_REJECTED,
      Metrics.JOB_SUCCESSFUL,
      Metrics.JOB_FAILED,
      Metrics.JOB_LOCKED_EXCLUSIVE,
      Metrics.EXECUTED_DECISION_INSTANCES,
      Metrics.EXECUTED_DECISION_ELEMENTS);

  private final ManagementService managementService;
  private final RuntimeService runtimeService;
  private final JdbcTemplate jdbc;

  public EngineMetrics(ManagementService managementService, RuntimeService runtimeService, JdbcTemplate jdbc) {
    this.managementService = managementService;
    this.runtimeService = runtimeService;
    this.jdbc = jdbc;
  }

  /** {@code job-successful} becomes {@code camunda.engine.job.successful}, exported as camunda_engine_job_successful_total. */
  static String meterName(String engineMetric) {
    return "camunda.engine." + engineMetric.replace('-', '.');
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (String metric : ENGINE_METRICS) {
      FunctionCounter.builder(meterName(metric), this, self -> self.read(metric,
              () -> managementService.createMetricsQuery().name(metric).sum()))
          .description("Camunda engine metric '" + metric + "', all nodes, as last reported to the database")
          .register(registry);
    }
    gauge(registry, "majlis.sessions.convened", "Sessions convened (convocations sent), all bodies",
        () -> count("select count(*) from board_session where status <> 'REQUESTED'"));
    gauge(registry, "majlis.resolutions.registered", "Resolutions in the register",
        () -> count("select count(*) from resolution"));
    gauge(registry, "majlis.incidents.open", "Open incidents: failed steps waiting for an operator in Cockpit",
        () -> runtimeService.createIncidentQuery().count());
    gauge(registry, "majlis.notifications.pending", "Messages waiting in the outbox to be sent",
        () -> count("select count(*) from notification_outbox where status in ('PENDING', 'SENDING')"));
    gauge(registry, "majlis.notifications.failed", "Messages the outbox gave up on (no address, or too many attempts)",
        () -> count("select count(*) from notification_outbox where status like 'FAILED%'"));
  }

  private void gauge(MeterRegistry registry, String name, String description, LongSupplier value) {
    Gauge.builder(name, this, self -> self.read(name, value)).description(description).register(registry);
  }

  private long count(String sql) {
    Long count = jdbc.queryForObject(sql, Long.class);
    return count == null ? 0 : count;
  }

  private double read(String name, LongSupplier value) {
    try {
      return value.getAsLong();
    } catch (RuntimeException e) {
      LOG.warn("Metric {} could not be read: {}", name, e.getMessage());
      return Double.NaN;
    }
  }
}
