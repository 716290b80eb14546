package ma.majlis.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttle's rule on its own: per client and user, for a window, forgotten on success. */
class LoginThrottleTest {

  Instant now = Instant.parse("2030-01-01T10:00:00Z");
  LoginThrottle throttle;

  @BeforeEach
  void setUp() {
    throttle = new LoginThrottle(true, 3, Duration.ofMinutes(1), 100);
    throttle.useClock(new Clock() {
      @Override
      public Instant instant() {
        return now;
      }

      @Override
      public java.time.ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }
    });
  }

  void fail(String client, String user, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(client, user);
      now = now.plusSeconds(1);
    }
  }

  @Test
  void aClientIsHeldBackForAUserAfterMaxFailuresUntilTheWindowEnds() {
    fail("10.0.0.9", "member01", 2);
    assertThat(throttle.wait("10.0.0.9", "member01")).isEmpty();
    fail("10.0.0.9", "member01", 1);
    assertThat(throttle.wait("10.0.0.9", "member01")).contains(Duration.ofSeconds(57));
    assertThat(throttle.wait("10.0.0.9", "MEMBER01")).as("the same user id").isPresent();

    now = now.plusSeconds(56);
    assertThat(throttle.wait("10.0.0.9", "member01")).contains(Duration.ofSeconds(1));
    now = now.plusSeconds(1);
    assertThat(throttle.wait("10.0.0.9", "member01")).isEmpty();
    fail("10.0.0.9", "member01", 1);
    assertThat(throttle.wait("10.0.0.9", "member01")).as("a new window, one failure").isEmpty();
  }

  @Test
  void anotherClientAndAnotherUserAreNotHeldBack() {
    fail("10.0.0.9", "member01", 5);
    assertThat(throttle.wait("10.0.0.9", "member01")).isPresent();
    assertThat(throttle.wait("10.0.0.7", "member01")).as("the user's own client").isEmpty();
    assertThat(throttle.wait("10.0.0.9", "member02")).as("another user from the same client").isEmpty();
  }

  @Test
  void aSuccessfulLoginForgetsTheFailures() {
    fail("10.0.0.9", "member01", 2);
    throttle.succeeded("10.0.0.9", "member01");
    fail("10.0.0.9", "member01", 2);
    assertThat(throttle.wait("10.0.0.9", "member01")).isEmpty();
  }

  @Test
  void theMemoryIsBounded() {
    for (int i = 0; i < 250; i++) {
      throttle.failed("10.0.1." + i, "user" + i);
    }
    assertThat(throttle.tracked()).isLessThanOrEqualTo(100);
  }

  @Test
  void offItHoldsNoOneBack() {
    LoginThrottle off = new LoginThrottle(false, 1, Duration.ofMinutes(1), 100);
    off.failed("10.0.0.9", "member01");
    off.failed("10.0.0.9", "member01");
    assertThat(off.wait("10.0.0.9", "member01")).isEmpty();
  }
}
