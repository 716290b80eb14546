package ma.majlis.reliability;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import ma.majlis.support.RestDelivery;
import ma.majlis.support.SessionDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash recovery: the packaged application runs as a separate process on PostgreSQL with its job executor, two
 * sessions are driven through REST, and the application is killed with SIGKILL while its jobs run (sending the
 * convocations, firing the session day, registering the resolutions, starting the follow-ups), then started again.
 * The database is made slow where those jobs write (a trigger with pg_sleep on the outbox, the resolution register,
 * new tasks, new process instances) so that the kills land inside the jobs' transactions. Every session must complete, with exactly one convocation per member and one resolution per item.
 */
class CrashRecoveryReliabilityIT {

  static final Duration STARTUP = Duration.ofSeconds(90);
  static final String AGENDA = "[{\"title\":\"Action plan\",\"kind\":\"DELIBERATION\",\"subject\":\"ACTION_PLAN\"},"
      + "{\"title\":\"Partnership agreement\",\"kind\":\"DELIBERATION\",\"subject\":\"OTHER\"}]";

  AppNode node;
  int run;
  final List<String> kills = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    if (node != null) {
      node.stop();
    }
  }

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void sessionsCompleteWithEveryEffectOnceThoughTheApplicationIsKilledDuringItsJobs() throws Exception {
    long began = System.nanoTime();
    ReliabilityDatabase.reset();
    node = AppNode.start("crash", String.valueOf(++run), STARTUP);
    ReliabilityDatabase.slowInserts("notification_outbox", 0.1);
    ReliabilityDatabase.slowInserts("resolution", 1.5);
    List<SessionDriver> sessions = List.of(flow("CA-2051-S1"), flow("CA-2051-S2"));

    for (SessionDriver s : sessions) {
      s.start("ORDINARY", LocalDateTime.now().plusDays(20), "TALLY");
      s.agenda(AGENDA);
      s.prepare();
    }
    sessions.forEach(SessionDriver::approveConvocation);
    killAndRestart("while \"Send the convocations\" runs", 600, sessions,
        "select count(*) from notification_outbox where dedup_key like '%/convocation/%'");

    sessions.forEach(SessionDriver::replyAllPresent);
    ReliabilityDatabase.slowInserts("act_ru_task", 2.5);
    sessions.forEach(SessionDriver::sessionDay);
    killAndRestart("while the session-day timer fires", 1500, sessions,
        "select count(*) from act_ru_task where task_def_key_ = 'Task_RecordAttendance'");
    ReliabilityDatabase.fastInserts("act_ru_task");

    for (SessionDriver s : sessions) {
      s.recordAttendance();
      s.open();
      s.debate();
    }
    sessions.forEach(s -> s.tally(12, 0, 0));
    killAndRestart("while \"Register the resolution\" runs", 700, sessions, "select count(*) from resolution");

    for (SessionDriver s : sessions) {
      s.debate();
      s.tally(12, 0, 0);
    }
    ReliabilityDatabase.slowInserts("act_hi_procinst", 1.0);
    sessions.forEach(SessionDriver::close);
    killAndRestart("while \"Start the follow-ups\" runs", 600, sessions,
        "select count(*) from act_hi_procinst where proc_def_key_ = 'resolution-follow-up'");

    sessions.forEach(SessionDriver::minutesAndPressRelease);
    sessions.forEach(SessionDriver::awaitCompleted);
    List<String> duplicates = Effects.duplicates();
    for (SessionDriver s : sessions) {
      assertThat(Effects.convocations(s.key())).as("convocations of " + s.key() + ": 12 members and the controller")
          .isEqualTo(13);
      assertThat(Effects.resolutions(s.key())).as("resolutions of " + s.key()).isEqualTo(2);
      assertThat(Effects.followUps(s.key())).as("follow-ups of " + s.key()).isEqualTo(2);
    }
    System.out.printf("%nCrash recovery (packaged application, PostgreSQL, SIGKILL): kills survived %d, sessions"
            + " completed %d, duplicates found %d, %d s%n  %s%n", kills.size(), sessions.size(), duplicates.size(),
        Duration.ofNanos(System.nanoTime() - began).toSeconds(), String.join("\n  ", kills));
    assertThat(duplicates).as("effects that exist more than once").isEmpty();
    assertThat(kills).hasSize(4);
  }

  private SessionDriver flow(String key) {
    return new SessionDriver(new RestDelivery(List.of(node.rest()), () -> { }, Duration.ofSeconds(60), Duration.ofMillis(200)), key);
  }

  /**
   * Waits {@code afterMillis}, kills the application with SIGKILL, records what the dead node held (jobs it had
   * locked) and what had committed, then starts it again and points the sessions at it.
   */
  private void killAndRestart(String when, long afterMillis, List<SessionDriver> sessions, String committedSql)
      throws Exception {
    Thread.sleep(afterMillis);
    node.kill();
    long held = ReliabilityDatabase.count("select count(*) from act_ru_job where lock_owner_ is not null");
    long committed = ReliabilityDatabase.count(committedSql);
    kills.add("kill " + (kills.size() + 1) + " " + when + ": the dead node held " + held + " job(s); committed"
        + " before the kill: " + committed + " (" + committedSql.replaceAll("^select count\\(\\*\\) from ", "") + ")");
    node = AppNode.start("crash", String.valueOf(++run), STARTUP);
    sessions.forEach(s -> ((RestDelivery) s.delivery()).nodes(List.of(node.rest())));
  }
}
