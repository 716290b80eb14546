package ma.majlis.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * Runs every {@link WarmUp} once per JVM, on a background thread started as soon as Majlis's configuration is read,
 * while the main thread builds the application context: the first uses a person would otherwise wait for.
 *
 * <p>The first convocation after a start rendered its letter with Thymeleaf, wrote its calendar with ical4j and
 * evaluated its notice decision with the FEEL engine, each for the first time: about a second of class loading and
 * cold code on the step's own thread (the chair's click; step 14 of the demo data, the slowest of the load by four
 * times; issue #17). A start keeps one core of two busy and leaves the other mostly idle (on this project's machine,
 * 18.7 s of processor time in 15.3 s of a start): the warm-up runs there, and is done long before the context is.
 * The image's class data sharing archive, trained by a start that stops once the context is refreshed, then holds
 * those classes too.
 *
 * <p>Nothing a warm-up does is recorded or sent: it renders a sample mail, writes a sample calendar to a string and
 * evaluates the decision models of the classpath with a DMN engine of its own. A failed warm-up is a warning in the
 * log (the same code would fail for a person), never a failed start. {@code majlis.warm-up=false} turns it off.
 * Registered in {@code META-INF/spring.factories}, so it needs no bean and runs before any.
 */
public class WarmUps implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

  private static final Logger LOG = LoggerFactory.getLogger(WarmUps.class);
  /** Once per JVM: the tests' and the benchmark's further application contexts find the code warm. */
  private static final AtomicBoolean STARTED = new AtomicBoolean();

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    start(event.getEnvironment(), STARTED);
  }

  /**
   * Starts the warm-ups' thread unless {@code majlis.warm-up} is false or {@code started} was already set (and sets
   * it): what they did once they are done, or null when nothing was started.
   */
  static CompletableFuture<Map<String, Object>> start(Environment environment, AtomicBoolean started) {
    if (!environment.getProperty("majlis.warm-up", Boolean.class, true) || !started.compareAndSet(false, true)) {
      return null;
    }
    List<WarmUp> warmUps = all();
    CompletableFuture<Map<String, Object>> done = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      Map<String, Object> outcome = runAll(warmUps);
      LOG.info("Warm-up done (ms each, or the failure): {}", outcome);
      done.complete(outcome);
    }, "majlis-warm-up");
    thread.setDaemon(true);
    thread.start();
    return done;
  }

  /** The warm-ups of {@code META-INF/spring.factories}, in their {@code @Order}. */
  static List<WarmUp> all() {
    return SpringFactoriesLoader.loadFactories(WarmUp.class, WarmUps.class.getClassLoader());
  }

  /** Runs each warm-up in turn: its time in ms, or "failed: " and the failure. */
  static Map<String, Object> runAll(List<WarmUp> warmUps) {
    Map<String, Object> outcome = new LinkedHashMap<>();
    for (WarmUp warmUp : warmUps) {
      long t = System.nanoTime();
      try {
        warmUp.run();
        outcome.put(warmUp.name(), (System.nanoTime() - t) / 1_000_000);
      } catch (Exception | LinkageError e) {
        outcome.put(warmUp.name(), "failed: " + e);
        LOG.warn("Warm-up '{}' failed; the first person to need it will meet the same failure", warmUp.name(), e);
      }
    }
    return outcome;
  }
}
