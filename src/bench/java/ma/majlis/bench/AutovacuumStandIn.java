package ma.majlis.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What PostgreSQL's autovacuum does for the benchmark's database when the server runs without it (ninth round).
 * Autovacuum is on by default, and in production (docker/: the image's defaults); a server configured without it (this
 * project's machines: {@code conf.d/90-ci.conf} sets {@code autovacuum = off}) never analyzes nor vacuums the
 * benchmark's tables. They start empty, so the planner then plans every query with the statistics of empty tables:
 * after the REST phase, the secretariat's 186 open tasks were estimated at 1, and its task list took 150 to 250 ms in
 * PostgreSQL where 2 ms do with current statistics. A benchmark of that server measures a node nobody runs.
 *
 * <p>So, when the server's {@code autovacuum} is off, a thread does autovacuum's work with autovacuum's own settings,
 * read from the server: every {@code autovacuum_naptime}, each table of the database whose changes since its last
 * analyze pass {@code autovacuum_analyze_threshold + autovacuum_analyze_scale_factor × rows} is analyzed, and each
 * whose dead rows (or rows inserted since its last vacuum) pass the vacuum thresholds is vacuumed and analyzed, with
 * autovacuum's cost delay and limit. Its statements run on its own connection and thread, outside the driver's counts.
 * How many it ran is in results.json ({@code machine.autovacuum}).
 */
final class AutovacuumStandIn implements AutoCloseable {

  private final JdbcTemplate jdbc;
  private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "autovacuum-stand-in");
    t.setDaemon(true);
    return t;
  });
  final AtomicInteger vacuums = new AtomicInteger();
  final AtomicInteger analyzes = new AtomicInteger();
  final AtomicInteger failures = new AtomicInteger();
  private final boolean serverRunsIt;
  /** Whether to stand in when the server runs without autovacuum ({@code bench.autovacuumStandIn}). */
  private final boolean enabled;
  private volatile boolean paused;

  AutovacuumStandIn(JdbcTemplate jdbc, boolean enabled) {
    this.jdbc = jdbc;
    this.serverRunsIt = "on".equals(jdbc.queryForObject("show autovacuum", String.class));
    this.enabled = enabled;
  }

  private boolean standsIn() {
    return enabled && !serverRunsIt;
  }

  /** Starts standing in when the server's autovacuum is off; nothing otherwise. */
  AutovacuumStandIn start() {
    if (standsIn()) {
      long naptime = Long.parseLong(settings().get("autovacuum_naptime")); // seconds
      thread.scheduleWithFixedDelay(() -> {
        if (!paused) {
          round();
        }
      }, naptime, naptime, TimeUnit.SECONDS);
    }
    return this;
  }

  /**
   * Holds the scheduled rounds back (true) or lets them run again (false); a direct {@link #round} still runs. The
   * start-up phase, which measures Majlis on H2, runs with them held back, after one round that pays for what the
   * phases before it left to do (see Benchmark, phase 6).
   */
  void paused(boolean paused) {
    this.paused = paused;
  }

  /** One round: what autovacuum's worker would do in this database now. */
  synchronized void round() {
    if (!standsIn()) {
      return;
    }
    try {
      Map<String, String> settings = settings();
      double analyzeBase = Double.parseDouble(settings.get("autovacuum_analyze_threshold"));
      double analyzeScale = Double.parseDouble(settings.get("autovacuum_analyze_scale_factor"));
      double vacuumBase = Double.parseDouble(settings.get("autovacuum_vacuum_threshold"));
      double vacuumScale = Double.parseDouble(settings.get("autovacuum_vacuum_scale_factor"));
      double insertBase = Double.parseDouble(settings.get("autovacuum_vacuum_insert_threshold"));
      double insertScale = Double.parseDouble(settings.get("autovacuum_vacuum_insert_scale_factor"));
      double costDelay = Double.parseDouble(settings.get("autovacuum_vacuum_cost_delay"));
      int costLimit = Integer.parseInt(settings.get("autovacuum_vacuum_cost_limit"));
      List<Map<String, Object>> tables = jdbc.queryForList("select s.schemaname, s.relname,"
          + " greatest(c.reltuples, 0) as rows, s.n_dead_tup, s.n_mod_since_analyze, s.n_ins_since_vacuum"
          + " from pg_stat_user_tables s join pg_class c on c.oid = s.relid");
      for (Map<String, Object> t : tables) {
        double rows = ((Number) t.get("rows")).doubleValue();
        boolean vacuum = number(t, "n_dead_tup") > vacuumBase + vacuumScale * rows
            || (insertBase >= 0 && number(t, "n_ins_since_vacuum") > insertBase + insertScale * rows);
        boolean analyze = number(t, "n_mod_since_analyze") > analyzeBase + analyzeScale * rows;
        if (vacuum || analyze) {
          String table = "\"" + t.get("schemaname") + "\".\"" + t.get("relname") + "\"";
          run(vacuum ? "vacuum (analyze) " + table : "analyze " + table, costDelay, costLimit);
          (vacuum ? vacuums : analyzes).incrementAndGet();
        }
      }
    } catch (RuntimeException e) {
      // a table dropped meanwhile, the application stopping: the next round tries again, the count says it
      failures.incrementAndGet();
    }
  }

  /**
   * Runs a maintenance statement with autovacuum's cost delay and limit (-1: vacuum_cost_limit's), on one connection
   * (outside a transaction). The connection is the application's pool's: the settings are reset even when the
   * statement fails, so that it goes back to the pool as it came.
   */
  private void run(String statement, double costDelay, int costLimit) {
    jdbc.execute((ConnectionCallback<Void>) connection -> {
      try (java.sql.Statement s = connection.createStatement()) {
        try {
          s.execute("set vacuum_cost_delay = " + costDelay);
          if (costLimit > 0) {
            s.execute("set vacuum_cost_limit = " + costLimit);
          }
          s.execute(statement);
        } finally {
          s.execute("reset vacuum_cost_delay");
          s.execute("reset vacuum_cost_limit");
        }
      }
      return null;
    });
  }

  /** The server's autovacuum settings, by name (one query a round: they may be changed while the server runs). */
  private Map<String, String> settings() {
    Map<String, String> settings = new java.util.HashMap<>();
    jdbc.query("select name, setting from pg_settings where name like 'autovacuum%'",
        (java.sql.ResultSet row) -> {
          settings.put(row.getString("name"), row.getString("setting"));
        });
    return settings;
  }

  private static double number(Map<String, Object> row, String column) {
    Object v = row.get(column);
    return v == null ? 0 : ((Number) v).doubleValue();
  }

  /** results.json's {@code machine.autovacuum}: the server's setting, and what the benchmark did in its stead. */
  Map<String, Object> report() {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("server", serverRunsIt ? "on" : "off");
    m.put("standIn", standsIn());
    m.put("vacuums", vacuums.get());
    m.put("analyzes", analyzes.get());
    m.put("failures", failures.get());
    return m;
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
