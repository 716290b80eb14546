package ma.majlis.reliability;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import ma.majlis.support.Rest;
import ma.majlis.support.RestDelivery;
import ma.majlis.support.SessionDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cluster: two processes of the packaged application on one PostgreSQL database, on different ports, both with
 * their job executor. Four sessions are driven through both at once, every call to the other node than the one
 * before, so that each task is listed on one node and completed on the other, and each node's REST calls create
 * jobs that either node may run. No job may run twice, nothing may be lost, every session must end.
 */
class ClusterReliabilityIT {

  static final Duration STARTUP = Duration.ofSeconds(90);
  static final String AGENDA = "[{\"title\":\"Action plan\",\"kind\":\"DELIBERATION\",\"subject\":\"ACTION_PLAN\"},"
      + "{\"title\":\"Partnership agreement\",\"kind\":\"DELIBERATION\",\"subject\":\"OTHER\"}]";

  final List<AppNode> nodes = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    for (AppNode node : nodes) {
      node.stop();
    }
  }

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void twoNodesOnOneDatabaseRunEveryJobOnceAndFinishEverySession() throws Exception {
    long began = System.nanoTime();
    ReliabilityDatabase.reset();
    // one after the other: the first creates the schema
    nodes.add(AppNode.start("node-a", "cluster", STARTUP));
    nodes.add(AppNode.start("node-b", "cluster", STARTUP));
    Rest a = nodes.get(0).rest();
    Rest b = nodes.get(1).rest();

    List<SessionDriver> sessions = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      List<Rest> order = i % 2 == 1 ? List.of(a, b) : List.of(b, a);
      sessions.add(new SessionDriver(new RestDelivery(order, () -> { }, Duration.ofSeconds(60), Duration.ofMillis(200)), "CA-2052-S" + i));
    }
    for (SessionDriver s : sessions) {
      s.start("ORDINARY", LocalDateTime.now().plusDays(20), "TALLY");
    }
    sessions.forEach(s -> s.agenda(AGENDA));
    sessions.forEach(s -> s.prepare());
    sessions.forEach(SessionDriver::approveConvocation);
    sessions.forEach(SessionDriver::replyAllPresent);
    sessions.forEach(SessionDriver::sessionDay);
    sessions.forEach(SessionDriver::recordAttendance);
    sessions.forEach(SessionDriver::open);
    for (int item = 1; item <= 2; item++) {
      sessions.forEach(SessionDriver::debate);
      sessions.forEach(s -> s.tally(12, 0, 0));
    }
    sessions.forEach(SessionDriver::close);
    sessions.forEach(SessionDriver::minutesAndPressRelease);
    sessions.forEach(SessionDriver::awaitCompleted);

    List<String> duplicates = Effects.duplicates();
    for (SessionDriver s : sessions) {
      assertThat(Effects.convocations(s.key())).as("convocations of " + s.key()).isEqualTo(13);
      assertThat(Effects.resolutions(s.key())).as("resolutions of " + s.key()).isEqualTo(2);
      assertThat(Effects.followUps(s.key())).as("follow-ups of " + s.key()).isEqualTo(2);
    }
    List<List<Object>> perNode = Effects.jobsPerNode();
    int crossNode = sessions.stream().mapToInt(s -> ((RestDelivery) s.delivery()).crossNodeCompletions()).sum();
    long failedRuns = ReliabilityDatabase.count("select count(*) from act_hi_job_log where job_state_ = 1");
    System.out.printf("%nCluster (2 packaged applications, one PostgreSQL): sessions completed %d, jobs run per node %s,"
            + " failed job runs retried %d, tasks completed on the other node than the one that listed them %d,"
            + " duplicates found %d, %d s%n", sessions.size(), perNode, failedRuns, crossNode, duplicates.size(),
        Duration.ofNanos(System.nanoTime() - began).toSeconds());
    assertThat(duplicates).as("effects that exist more than once").isEmpty();
    assertThat(perNode).as("both nodes ran jobs").extracting(row -> row.get(0))
        .containsExactlyInAnyOrder("node-a", "node-b");
    assertThat(crossNode).as("every task completed on the other node than the one that listed it")
        .isPositive().isEqualTo(sessions.stream().mapToInt(s -> ((RestDelivery) s.delivery()).completions()).sum());
  }
}
