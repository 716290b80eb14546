package ma.majlis.platform;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.majlis.support.ApplicationTest;
import ma.majlis.support.Engine;
import ma.majlis.support.Jobs;
import ma.majlis.support.Rest;
import ma.majlis.support.Rest.Response;
import ma.majlis.support.RestDelivery;
import ma.majlis.support.SessionDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two clients complete the same task at the same moment (a member's vote sent twice, from two devices): one
 * succeeds, the other gets a clear 4xx with a message (404: the task is gone, even when it vanished between the
 * loser's lookup and its permission check; 409: it lost the race; 400: the vote was already cast), never a 500 nor
 * a misleading 403, and the votes counted are exactly the votes cast. Every ballot of two
 * roll-call deliberations is raced: 24 races.
 */
class ConcurrentCompletionTest extends ApplicationTest {

  static final String KEY = "CA-2092-S1";
  static final String AGENDA = "[{\"title\":\"Action plan\",\"kind\":\"DELIBERATION\",\"subject\":\"ACTION_PLAN\"},"
      + "{\"title\":\"Partnership agreement\",\"kind\":\"DELIBERATION\",\"subject\":\"OTHER\"}]";

  @Autowired
  ManagementService management;
  @Autowired
  JdbcTemplate jdbc;

  Jobs jobs;
  ExecutorService clients;

  @BeforeEach
  void setUp() {
    jobs = new Jobs(management);
    clients = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void tearDown() {
    clients.shutdownNow();
  }

  @Test
  void twoClientsCastingTheSameVoteAtOnceGiveOneVoteAndOneClear4xx() throws Exception {
    SessionDriver session = new SessionDriver(new RestDelivery(List.of(rest), jobs::runDue, Duration.ofSeconds(5),
        Duration.ofMillis(20)), KEY);
    session.start("ORDINARY", LocalDateTime.now().plusDays(20), "ROLL_CALL");
    session.agenda(AGENDA);
    session.prepare();
    session.approveConvocation();
    session.replyAllPresent();
    session.sessionDay();
    session.recordAttendance();
    session.open();

    List<String> losers = new ArrayList<>();
    int races = 0;
    for (int item = 1; item <= 2; item++) {
      session.debate();
      List<ma.majlis.support.Delivery.OpenTask> ballots = session.awaitTasks("admin", KEY, "Task_CastVote", 12, false);
      assertThat(ballots).hasSize(12);
      for (ma.majlis.support.Delivery.OpenTask ballot : ballots) {
        List<Response> answers = race(ballot.assignee(), ballot.id());
        races++;
        assertThat(answers).as("race " + races + ": " + answers).extracting(Response::status)
            .containsOnlyOnce(204).allMatch(status -> status == 204 || status == 400 || status == 404
                || status == 409);
        Response loser = answers.stream().filter(a -> a.status() != 204).findFirst().orElseThrow();
        assertThat(loser.json().path("message").asText()).as("the refusal says why").isNotBlank();
        losers.add(loser.status() + " " + loser.json().path("type").asText());
      }
      jobs.runDue();
      assertThat(jdbc.queryForObject("select count(*) from vote where session_key = ? and item_index = ?"
          + " and vote = 'FOR'", Integer.class, KEY, item)).as("votes cast on item " + item).isEqualTo(12);
      assertThat(jdbc.queryForObject("select count(*) from vote where session_key = ? and item_index = ?",
          Integer.class, KEY, item)).as("one ballot per mandate on item " + item).isEqualTo(12);
      assertThat(jdbc.queryForList("select votes_for || '-' || votes_against || '-' || votes_abstain from resolution"
          + " where session_key = ? and item_index = ?", String.class, KEY, item)).containsExactly("12-0-0");
    }
    System.out.println("ConcurrentCompletionTest: " + races + " races, one winner each; the others got " + losers);
    session.close();
    session.minutesAndPressRelease();
    session.awaitCompleted();
  }

  /** Two clients, released together, complete the same task as the same user; returns both answers. */
  private List<Response> race(String user, String taskId) throws Exception {
    CountDownLatch ready = new CountDownLatch(2);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Response>> answers = new ArrayList<>();
    for (int client = 0; client < 2; client++) {
      Rest own = new Rest("http://localhost:" + port);
      answers.add(clients.submit(() -> {
        ready.countDown();
        go.await();
        return own.post(user, "/engine-rest/task/" + taskId + "/complete", Engine.body(Map.of("vote", "FOR")));
      }));
    }
    assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
    go.countDown();
    List<Response> result = new ArrayList<>();
    for (Future<Response> answer : answers) {
      result.add(answer.get(30, TimeUnit.SECONDS));
    }
    return result;
  }
}
