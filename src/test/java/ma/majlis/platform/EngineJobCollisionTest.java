package ma.majlis.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.majlis.support.ApplicationTest;
import ma.majlis.support.Board;
import ma.majlis.support.Engine;
import ma.majlis.support.Jobs;

import static ma.majlis.support.Engine.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person never gets a 409 for a conflict that is only the engine's own: where a person's completion and an
 * asynchronous step meet (the items' preparation joined with the presentation's review returning, members' replies
 * and votes ending their multi-instance at the same moment), the meeting is a job of its own, which the job
 * executor retries when it collides; the person's completion always commits.
 */
class EngineJobCollisionTest extends ApplicationTest {

  private static final String BUDGET_LINES = "[{\"heading\":\"Subsidy\",\"type\":\"REVENUE\",\"amount\":100},"
      + "{\"heading\":\"Programmes\",\"type\":\"EXPENDITURE\",\"amount\":100}]";

  @Autowired
  ManagementService management;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService taskService;
  @Autowired
  JdbcTemplate jdbc;

  Engine api;
  Jobs jobs;
  ExecutorService pool;

  @BeforeEach
  void setUp() {
    api = new Engine(rest);
    jobs = new Jobs(management);
    pool = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void tearDown() {
    pool.shutdownNow();
  }

  @Test
  void theControllersOpinionAndThePresentationsJobAtTheSameMomentNeverGiveThePersonA409() throws Exception {
    int jobConflicts = 0;
    for (int round = 1; round <= 20; round++) {
      String key = "CA-2071-S" + round;
      String instance = api.startSession(key, "ORDINARY", "2071-06-24T10:00", "TALLY");
      api.completeOk("secretary", api.task("secretary", key, "Task_PrepareAgenda"), Map.of("agenda", json("""
          [{"title":"The director's presentation","kind":"PRESENTATION"},
           {"title":"Draft budget 2072","kind":"DELIBERATION","subject":"BUDGET"}]""")));
      jobs.runDue(); // the items open in a job after the agenda (Gateway_PrepareItems)
      api.completeOk("director", api.task("director", key, "Task_PrepareItemDossier"),
          Map.of("draftResolution", "The board adopts the budget 2072.", "budgetLines", json(BUDGET_LINES)));
      api.completeOk("director", api.task("director", key, "Task_DraftPresentation"), Map.of(
          "presentationTitle", "The year", "presentationSummary", "What was done", "keyPoints", json("[\"Done\"]"),
          "documentRef", "EN/DG/1", "durationMinutes", 20));
      api.completeOk("secretary", api.task("secretary", key, "Task_ReviewPresentation"), Map.of("decision", "APPROVE"));
      ProcessInstance review = runtime.createProcessInstanceQuery().superProcessInstanceId(instance).singleResult();
      Job recordPresentation = management.createJobQuery().processInstanceId(review.getId()).messages().singleResult();
      assertThat(recordPresentation).as("the approved presentation is recorded in a job").isNotNull();
      String opinion = api.task("controller", key, "Task_GiveControllerOpinion").path("id").asText();

      CountDownLatch go = new CountDownLatch(1);
      Future<Integer> person = pool.submit(released(go, () -> api.complete("controller", opinion,
          Map.of("controllerOpinion", "FAVOURABLE", "controllerOpinionText", "Balanced.")).status()));
      Future<Boolean> job = pool.submit(released(go, () -> {
        try {
          management.executeJob(recordPresentation.getId());
          return true;
        } catch (OptimisticLockingException e) {
          return false;
        }
      }));
      go.countDown();
      assertThat(person.get(60, TimeUnit.SECONDS)).as("round " + round + ": the controller's completion").isEqualTo(204);
      jobConflicts += job.get(60, TimeUnit.SECONDS) ? 0 : 1;

      runAsyncJobsOf(instance, review.getId());
      assertThat(taskService.createTaskQuery().processInstanceBusinessKey(key)
          .taskDefinitionKey("Task_ApproveConvocation").count()).as("round " + round).isEqualTo(1);
      assertThat(runtime.getActiveActivityIds(instance)).as("round " + round)
          .containsExactly("Task_ApproveConvocation");
      assertThat(jdbc.queryForObject("select count(*) from presentation where session_key = ?", Integer.class, key))
          .as("round " + round + ": the approved presentation recorded once").isEqualTo(1);
    }
    System.out.println("EngineJobCollisionTest: the presentation's job collided and was retried in " + jobConflicts
        + " of 20 rounds; the controller always got 204");
  }

  @Test
  void membersReplyingAtTheSameMomentBothGet204() throws Exception {
    String key = "CA-2072-S1";
    String instance = api.startSession(key, "ORDINARY", "2072-06-24T10:00", "TALLY");
    api.completeOk("secretary", api.task("secretary", key, "Task_PrepareAgenda"), Map.of("agenda", json("""
        [{"title":"Partnership agreement","kind":"DELIBERATION","subject":"OTHER"}]""")));
    jobs.runDue(); // the items open in a job after the agenda (Gateway_PrepareItems)
    api.prepareDossiersAndOpinions(key);
    jobs.runDue();
    api.completeOk("chair", api.task("chair", key, "Task_ApproveConvocation"), Map.of("approved", true));
    jobs.runDue();

    List<String> members = Board.MEMBERS;
    for (int pair = 0; pair < members.size(); pair += 2) {
      String first = members.get(pair);
      String second = members.get(pair + 1);
      String firstTask = api.assignedTask(first, key, "Task_ConfirmAttendance").path("id").asText();
      String secondTask = api.assignedTask(second, key, "Task_ConfirmAttendance").path("id").asText();
      CountDownLatch go = new CountDownLatch(1);
      Future<Integer> a = pool.submit(released(go, () -> api.complete(first, firstTask,
          Map.of("attendanceReply", "PRESENT")).status()));
      Future<Integer> b = pool.submit(released(go, () -> api.complete(second, secondTask,
          Map.of("attendanceReply", "PRESENT")).status()));
      go.countDown();
      assertThat(List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS)))
          .as(first + " and " + second + " reply at once").containsExactly(204, 204);
    }
    runAsyncJobsOf(instance);
    assertThat(jdbc.queryForObject("select count(*) from attendance_reply where session_key = ?", Integer.class, key))
        .isEqualTo(12);
    assertThat(runtime.getActiveActivityIds(instance)).as("every reply in: the session waits for its day")
        .containsExactly("TimerEvent_SessionDay");
  }

  @Test
  void membersVotingAtTheSameMomentBothGet204() throws Exception {
    String key = "CA-2073-S1";
    EngineClock.pinTo(java.sql.Timestamp.valueOf("2073-03-01 09:00:00"));
    String instance = api.startSession(key, "ORDINARY", "2073-03-20T10:00", "ROLL_CALL");
    api.completeOk("secretary", api.task("secretary", key, "Task_PrepareAgenda"), Map.of("agenda", json("""
        [{"title":"Partnership agreement","kind":"DELIBERATION","subject":"OTHER"}]""")));
    jobs.runDue(); // the items open in a job after the agenda (Gateway_PrepareItems)
    api.prepareDossiersAndOpinions(key);
    jobs.runDue();
    api.completeOk("chair", api.task("chair", key, "Task_ApproveConvocation"), Map.of("approved", true));
    jobs.runDue();
    for (String member : Board.MEMBERS) {
      api.completeOk(member, api.assignedTask(member, key, "Task_ConfirmAttendance"),
          Map.of("attendanceReply", "PRESENT"));
    }
    jobs.runDue();
    EngineClock.pinTo(java.sql.Timestamp.valueOf("2073-03-20 10:00:00"));
    jobs.runDue();
    api.completeOk("secretary", api.task("secretary", key, "Task_RecordAttendance"),
        Map.of("attendance", json(Board.attendance(12, 0))));
    api.completeOk("secretary", api.task("secretary", key, "Task_RecordOpening"), Map.of("openingSummary", "Opened."));
    jobs.runDue();
    api.completeOk("secretary", api.task("secretary", key, "Task_DeclareInterests"), Map.of("recusals", json("[]")));
    api.completeOk("secretary", api.task("secretary", key, "Task_RecordDebate"),
        Map.of("debateSummary", "Discussed.", "resolutionText", "The board approves the agreement."));
    jobs.runDue();
    String deliberation = runtime.createProcessInstanceQuery().superProcessInstanceId(instance).singleResult().getId();

    List<String> members = Board.MEMBERS;
    for (int pair = 0; pair < members.size(); pair += 2) {
      String first = members.get(pair);
      String second = members.get(pair + 1);
      String firstBallot = api.assignedTask(first, key, "Task_CastVote").path("id").asText();
      String secondBallot = api.assignedTask(second, key, "Task_CastVote").path("id").asText();
      CountDownLatch go = new CountDownLatch(1);
      Future<Integer> a = pool.submit(released(go, () -> api.complete(first, firstBallot, Map.of("vote", "FOR"))
          .status()));
      Future<Integer> b = pool.submit(released(go, () -> api.complete(second, secondBallot, Map.of("vote", "FOR"))
          .status()));
      go.countDown();
      assertThat(List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS)))
          .as(first + " and " + second + " vote at once").containsExactly(204, 204);
    }
    runAsyncJobsOf(instance, deliberation);
    assertThat(jdbc.queryForObject("select votes_for || '-' || votes_against || '-' || votes_abstain from resolution"
        + " where session_key = ?", String.class, key)).isEqualTo("12-0-0");
  }

  private static <T> Callable<T> released(CountDownLatch go, Callable<T> call) {
    return () -> {
      go.await();
      return call.call();
    };
  }

  /**
   * Runs the asynchronous continuations (not the timers) of the given instances until none is left, as the job
   * executor would, including a job that collided and waits for its retry (due a minute later).
   */
  private void runAsyncJobsOf(String... instances) {
    for (int i = 0; i < 100; i++) {
      List<Job> pending = new ArrayList<>();
      for (String instance : instances) {
        pending.addAll(management.createJobQuery().processInstanceId(instance).messages().withRetriesLeft().list());
      }
      if (pending.isEmpty()) {
        return;
      }
      for (Job job : pending) {
        try {
          management.executeJob(job.getId());
        } catch (OptimisticLockingException e) {
          // two of the engine's own jobs collided: the job is retried, as the job executor does
        }
      }
    }
    throw new AssertionError("asynchronous jobs keep coming");
  }
}
