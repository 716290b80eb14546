package ma.majlis.demo;

import ma.majlis.process.ProcessKeys;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import ma.majlis.platform.EngineJobs;
import ma.majlis.platform.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;


/**
 * Demo data: on the first start on an empty database, replays the acceptance scenario and what followed it through
 * the engine's public Java API, each step as the user who does it (see {@link DemoScript}), so that every demo user
 * finds real work in Tasklist and the manager a genuine history in Cockpit:
 * <ul>
 *   <li>CA-2021-S2 closed (steps 1 to 15 of the scenario), its minutes and press release done when the session has
 *   those steps; R01's follow-up with general management (one progress report, due mid-2022), R02's budget
 *   executory, R03's committee CQI set up and its inaugural session CQI-2022-S1 waiting for its agenda
 *   (secretariat);</li>
 *   <li>the next ordinary session, convened three weeks ahead of today, replies coming in ({@code member01} still to
 *   confirm), and an extraordinary session five weeks ahead waiting for the chair's approval of its convocation; each
 *   keyed by the year it is held in ({@link DemoPlan#next()}: e.g. CA-2026-S1 and CA-2027-S1 from 29 November
 *   2026).</li>
 * </ul>
 *
 * <p><b>When.</b> Automatically only when {@code majlis.demo-data=true} (the default demo profile; false in prod and
 * in the application tests), on {@link ApplicationReadyEvent} after the demo users exist ({@code DemoUsers} is
 * {@code @Order(2)}), synchronously: the load takes a few seconds and the log says so, one line per step. The bean
 * exists in every profile so that tests can call {@link #load(DemoPlan)} with a plan of their own.
 *
 * <p><b>Once.</b> A Camunda property ({@code ACT_GE_PROPERTY}) {@code majlis.demo-data.<session key>} is set to
 * {@code loading} in its own transaction before the first step and to {@code loaded} after the last. A start that
 * finds {@code loaded} does nothing; one that finds {@code loading} (a previous load was interrupted half-way)
 * does nothing either and says how to start afresh, since half a story cannot be finished with its real dates.
 * At start-up the load also stays away from a database that already has board sessions of its own.
 *
 * <p><b>The clock and the job executor.</b> The replay pins the engine clock ({@link EngineClock}) to the story's dates
 * and runs the due jobs of its own process instances itself, as the scenario test does. {@code EngineClock} is global to
 * the JVM, so a running job executor would see the pinned clock too and race the loader for the same jobs (timers
 * of 2021 fire "now"). The Spring Boot starter does not start the job executor through the engine
 * ({@code jobExecutorActivate=false}) but from its own listener, and the job executor can be shut down and started
 * again (a new acquisition thread each time). So the loader shuts the executor down when it is active, replays,
 * resets the clock in a {@code finally}, and starts it again only if it was active before. In practice the starter
 * starts the executor on the main thread after this listener (the log shows "Starting up the JobExecutor" right after
 * "Demo data loaded"), so the pause is a safety net should that order change; either way the executor finds only the
 * jobs the loader left for the real time. Any job still running at a pause would be one of a fresh database: none.
 * (Not for a cluster: another node's executor would not be paused. The demo runs on one node with H2.)
 */
@Component
public class DemoDataLoader {

  private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

  /** The Camunda property that remembers the load: {@code majlis.demo-data.CA-2021-S2} = loading | loaded. */
  static final String MARKER_PREFIX = "majlis.demo-data.";
  static final String LOADING = "loading";
  static final String LOADED = "loaded";

  /** What a call of {@link #load(DemoPlan)} did. */
  public enum Outcome { LOADED, ALREADY_LOADED, INTERRUPTED_EARLIER, SESSIONS_EXIST, NO_DEMO_USERS, FAILED }

  private final ProcessEngine engine;
  private final ManagementService management;
  private final HistoryService history;
  private final IdentityService identity;
  private final boolean enabled;

  public DemoDataLoader(ProcessEngine engine, @Value("${majlis.demo-data:false}") boolean enabled) {
    this.engine = engine;
    this.management = engine.getManagementService();
    this.history = engine.getHistoryService();
    this.identity = engine.getIdentityService();
    this.enabled = enabled;
  }

  /** At start-up, in the demo profile: the standard demo, once, on a database without sessions. */
  @EventListener(ApplicationReadyEvent.class)
  @Order(10)
  public void loadOnFirstStart() {
    if (!enabled) {
      return;
    }
    DemoPlan plan = DemoPlan.standard(LocalDate.now());
    if (marker(plan) == null && history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessKeys.BOARD_SESSION).count() > 0) {
      LOG.info("Demo data: the database already has board sessions, no demo data is loaded");
      return;
    }
    load(plan);
  }

  /**
   * Loads the plan's demo data unless it is already there (or was interrupted, or its sessions exist). Never throws:
   * a failure is logged with the step and the way out, and the application goes on.
   */
  public synchronized Outcome load(DemoPlan plan) {
    String marker = marker(plan);
    if (LOADED.equals(marker)) {
      LOG.info("Demo data {} already loaded", plan.closedSession());
      return Outcome.ALREADY_LOADED;
    }
    if (marker != null) {
      LOG.warn("Demo data {}: a previous load was interrupted ({}); nothing is loaded. To start afresh, stop Majlis,"
          + " delete ./data/ and start again", plan.closedSession(), marker);
      return Outcome.INTERRUPTED_EARLIER;
    }
    for (String key : new String[] {plan.closedSession(), plan.nextSession(), plan.extraordinarySession()}) {
      if (history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).count() > 0) {
        LOG.info("Demo data: session {} already exists, no demo data is loaded", key);
        return Outcome.SESSIONS_EXIST;
      }
    }
    for (String user : DemoActors.GROUP_USER.values()) {
      if (identity.createUserQuery().userId(user).count() == 0) {
        LOG.warn("Demo data needs the demo users (majlis.demo-users=true); no user '{}', nothing is loaded", user);
        return Outcome.NO_DEMO_USERS;
      }
    }

    management.setProperty(MARKER_PREFIX + plan.closedSession(), LOADING + " since " + LocalDateTime.now().withNano(0));
    LOG.info("Demo data: loading {} and what followed, through the engine as the demo users", plan.closedSession());
    long started = System.nanoTime();
    DemoActors actors = new DemoActors(engine, plan);
    return EngineJobs.withJobExecutorPaused(engine,
        () -> LOG.info("Demo data: job executor paused while the story is replayed with its own dates"),
        () -> LOG.info("Demo data: job executor resumed"),
        () -> replay(actors, plan, started));
  }

  private Outcome replay(DemoActors actors, DemoPlan plan, long started) {
    try {
      new DemoScript(actors, plan).play();
      EngineClock.reset();
      actors.runDueJobs();
      management.setProperty(MARKER_PREFIX + plan.closedSession(), LOADED);
      LOG.info("Demo data loaded: {} steps in {} ms", actors.steps(), (System.nanoTime() - started) / 1_000_000);
      return Outcome.LOADED;
    } catch (RuntimeException e) {
      LOG.error("Demo data: the load stopped after step {} ({} ms): {}. Majlis runs on; to load the demo again, stop"
          + " Majlis, delete ./data/ and start again", actors.steps(), (System.nanoTime() - started) / 1_000_000,
          e.getMessage(), e);
      return Outcome.FAILED;
    } finally {
      EngineClock.reset();
      identity.clearAuthentication();
    }
  }

  private String marker(DemoPlan plan) {
    return management.getProperties().get(MARKER_PREFIX + plan.closedSession());
  }
}
