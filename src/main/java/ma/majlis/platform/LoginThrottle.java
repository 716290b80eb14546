package ma.majlis.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock a real user out (issue #12). Failed logins are counted
 * per client (its address) and user: after {@code majlis.login-throttle.max-failures} failures within
 * {@code majlis.login-throttle.window}, that client's further logins as that user are refused (HTTP 429, see
 * {@link LoginThrottleFilter}) until the window that began with the first of those failures has passed. A successful
 * login forgets the client's failures for the user. Failures against one user never slow down another user, and a
 * stranger's failures never slow down the user's own client. The engine's own lockout is off (application.yaml:
 * {@code loginMaxAttempts}, {@code loginDelayMaxTime}), since it locks the account for everyone.
 *
 * <p>In memory, per node: with several nodes behind a load balancer a client may try up to max-failures times per
 * node and window. At most {@code majlis.login-throttle.max-tracked} client-user pairs are remembered; past that,
 * pairs whose window has ended are forgotten first, then the oldest.
 */
@Component
public class LoginThrottle {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

  private final boolean enabled;
  private final int maxFailures;
  private final Duration window;
  private final int maxTracked;
  private final Map<Key, Failures> failures = new ConcurrentHashMap<>();
  private volatile Clock clock = Clock.systemUTC();

  public LoginThrottle(@Value("${majlis.login-throttle.enabled:true}") boolean enabled,
                       @Value("${majlis.login-throttle.max-failures:5}") int maxFailures,
                       @Value("${majlis.login-throttle.window:PT1M}") Duration window,
                       @Value("${majlis.login-throttle.max-tracked:10000}") int maxTracked) {
    if (maxFailures < 1 || window.isNegative() || window.isZero() || maxTracked < 1) {
      throw new IllegalArgumentException("majlis.login-throttle: max-failures and max-tracked must be at least 1 and"
          + " window positive, got " + maxFailures + ", " + maxTracked + ", " + window);
    }
    this.enabled = enabled;
    this.maxFailures = maxFailures;
    this.window = window;
    this.maxTracked = maxTracked;
  }

  private record Key(String client, String user) {
    static Key of(String client, String user) {
      return new Key(client, user.toLowerCase(Locale.ROOT));
    }
  }

  private record Failures(Instant windowStart, int count) {
  }

  /** Empty when the client may try to log in as the user now; otherwise how long it must wait. */
  public Optional<Duration> wait(String client, String user) {
    if (!enabled) {
      return Optional.empty();
    }
    Failures f = failures.get(Key.of(client, user));
    Instant now = clock.instant();
    if (f == null || f.count() < maxFailures || !now.isBefore(f.windowStart().plus(window))) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, f.windowStart().plus(window)));
  }

  /** A failed login of the client as the user (wrong password or unknown user). */
  public void failed(String client, String user) {
    if (!enabled) {
      return;
    }
    Instant now = clock.instant();
    Failures f = failures.compute(Key.of(client, user), (k, old) -> old == null
        || !now.isBefore(old.windowStart().plus(window)) ? new Failures(now, 1)
        : new Failures(old.windowStart(), old.count() + 1));
    if (f.count() == maxFailures) {
      LOG.warn("Login as {} from {} refused for {} s: {} failed logins", user, client,
          Duration.between(now, f.windowStart().plus(window)).toSeconds(), f.count());
    }
    if (failures.size() > maxTracked) {
      forgetOld(now);
    }
  }

  /** A successful login: the client's failures for the user are forgotten. */
  public void succeeded(String client, String user) {
    failures.remove(Key.of(client, user));
  }

  private void forgetOld(Instant now) {
    failures.entrySet().removeIf(e -> !now.isBefore(e.getValue().windowStart().plus(window)));
    while (failures.size() > maxTracked) {
      failures.entrySet().stream().min(Map.Entry.comparingByValue(
          (a, b) -> a.windowStart().compareTo(b.windowStart()))).ifPresent(e -> failures.remove(e.getKey()));
    }
  }

  /** How many client-user pairs are remembered. */
  int tracked() {
    return failures.size();
  }

  /** The clock the windows are measured with; tests move one of their own. */
  public void useClock(Clock clock) {
    this.clock = clock;
  }
}
