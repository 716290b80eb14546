package ma.majlis.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark keeps running (issue #17): every phase of {@code mvn -Pbench test} once, with tiny parameters, in
 * the normal build ({@code mvn -B verify}, failsafe), in its own database {@code majlis_bench_smoke} on the tests'
 * server (created if missing, emptied; MAJLIS_BENCH_SMOKE_DB_URL to change it). It checks that each phase ran and
 * wrote its figures, in the shape docs/benchmark.md describes, to target/bench/results.json; never how fast anything
 * is (the machine is shared, and one session says nothing about speed). What it catches: a step the driver has no
 * answer for, a skeleton that no longer runs to its end, a start-up setting the benchmark's application refuses (an
 * answer outside its task's contract is support/AnswersTest's).
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class BenchmarkSmokeIT {

  static final String DB_URL = env("MAJLIS_BENCH_SMOKE_DB_URL", Benchmark.SERVER + "majlis_bench_smoke");

  /**
   * One measured session of each kind, a few seconds of REST at saturation and at a fixed rate, a few history copies,
   * a hundred open tasks.
   */
  static final Map<String, String> PARAMETERS = Map.ofEntries(Map.entry("bench.sessions", "1"),
      Map.entry("bench.warmup", "0"), Map.entry("bench.history", "3"), Map.entry("bench.openTasks", "100"),
      Map.entry("bench.restClients", "2"), Map.entry("bench.restSeconds", "5"),
      Map.entry("bench.restWarmupSeconds", "2"), Map.entry("bench.queries", "5"), Map.entry("bench.restThinkMs", "0"),
      Map.entry("bench.rate", "10"), Map.entry("bench.rateSeconds", "5"), Map.entry("bench.rateClients", "2"),
      Map.entry("bench.rateSpread", "1"), Map.entry("bench.rateRehearsalMax", "2"),
      Map.entry("bench.autovacuumStandIn", "1"),
      // one start, which loads the demo data, without the training start of the image's CDS archive nor restarts
      Map.entry("bench.startupRestarts", "0"), Map.entry("bench.startupArchive", "0"));

  static final List<String> PHASES = List.of("fullSessions", "skeleton", "rest", "fixedRate", "growth",
      "tasklist", "startup");

  /** The steps of a session the drivers answer or run; each must have been timed in both the full and skeleton runs. */
  static final List<String> SESSION_STEPS = List.of("start", "task:Task_PrepareAgenda", "task:Task_PrepareItemDossier",
      "task:Task_GiveControllerOpinion", "task:Task_DraftPresentation", "task:Task_ReviewPresentation",
      "task:Task_ApproveConvocation", "task:Task_ConfirmAttendance", "task:Task_RecordAttendance",
      "task:Task_RecordOpening", "task:Task_RecordPresentation", "task:Task_DeclareInterests",
      "task:Task_RecordDebate", "task:Task_CastVote", "task:Task_CloseSession", "task:Task_ReviewMinutes",
      "task:Task_SignMinutes", "task:Task_ApprovePressRelease", "task:Task_AssignFollowUp",
      "task:Task_ReportProgress", "task:Task_ReviewBudget", "task:Task_ProposeCommitteeMembers",
      "task:Task_AppointCommittee", "task:Task_ScheduleInauguralMeeting", "job:TimerEvent_SessionDay",
      // the joins and parallel loops meet in jobs
      "job:Gateway_ItemsPrepared", "job:SubProcess_PrepareDeliberationItem(after)",
      "job:Task_ConfirmAttendance(after)", "job:Task_CastVote(after)",
      // the heavy steps after the agenda and the chair's approval run in jobs, not in the person's click
      "job:Gateway_PrepareItems", "job:BusinessRule_DetermineNotice",
      "job:ServiceTask_StartFollowUps", "job:ServiceTask_DraftMinutes", "job:ServiceTask_DistributeMinutes",
      "job:ServiceTask_DraftPressRelease", "job:ServiceTask_PublishPressRelease");

  @Test
  void everyPhaseRunsAndWritesItsFigures() throws Exception {
    long start = System.nanoTime();
    Path json = new Benchmark("smoke", PARAMETERS::get, DB_URL, Path.of("target", "bench")).run();
    Benchmark.log(String.format("Smoke run: %.0f s", (System.nanoTime() - start) / 1e9));

    JsonNode r = new ObjectMapper().readTree(json.toFile());
    assertThat(Files.exists(json.resolveSibling("results.md"))).as("results.md").isTrue();
    assertThat(r.path("schemaVersion").asInt()).isEqualTo(Benchmark.SCHEMA_VERSION);
    assertThat(r.path("run").path("mode").asText()).isEqualTo("smoke");
    assertFigure("run.seconds", r.path("run").path("seconds"));
    JsonNode machine = r.path("machine");
    assertThat(machine.path("cores").asInt()).as("machine.cores").isPositive();
    assertThat(machine.path("loadAverageAtStart").isNumber()).as("machine.loadAverageAtStart " + machine).isTrue();
    assertThat(machine.path("loadAverageAtEnd").isNumber()).as("machine.loadAverageAtEnd " + machine).isTrue();
    // autovacuum: the server's, or the benchmark's stand-in (AutovacuumStandIn), which then never failed
    JsonNode autovacuum = machine.path("autovacuum");
    assertThat(autovacuum.path("server").asText()).as("machine.autovacuum " + machine).isIn("on", "off");
    assertThat(autovacuum.path("standIn").asBoolean()).isEqualTo("off".equals(autovacuum.path("server").asText()));
    assertThat(autovacuum.path("failures").asInt()).as("autovacuum stand-in's failed rounds").isZero();
    if (autovacuum.path("standIn").asBoolean()) {
      // its last round, after the phases, finds the tables the sessions changed past autovacuum's thresholds
      assertThat(autovacuum.path("vacuums").asInt() + autovacuum.path("analyzes").asInt())
          .as("tables the stand-in vacuumed or analyzed").isPositive();
    }
    PARAMETERS.forEach((name, value) -> assertThat(r.path("parameters").path(name).asText()).as(name).isEqualTo(value));
    assertThat(r.path("parameters").path("database").asText()).isEqualTo(DB_URL);

    JsonNode phases = r.path("phases");
    assertThat(fieldNames(phases)).as("phases").containsExactlyElementsOf(PHASES);
    for (String name : PHASES) {
      JsonNode phase = phases.path(name);
      assertThat(phase.path("ran").asBoolean()).as(name + " ran").isTrue();
      assertFigure(name + ".seconds", phase.path("seconds"));
      assertThat(phase.path("loadAverage").path("start").isNumber()).as(name + ".loadAverage").isTrue();
      assertThat(phase.path("loadAverage").path("end").isNumber()).as(name + ".loadAverage").isTrue();
      assertThat(phase.path("figures").size()).as(name + " figures").isPositive();
      phase.path("figures").fields().forEachRemaining(f -> assertFigure(name + "." + f.getKey(), f.getValue()));
    }

    for (String run : List.of("fullSessions", "skeleton", "growth")) {
      JsonNode figures = phases.path(run).path("figures");
      assertThat(figures.path("sessions").path("value").asInt()).as(run + " sessions").isEqualTo(1);
      assertThat(figures.path("sessionsPerMinute").path("value").asDouble()).as(run).isPositive();
      assertThat(figures.path("taskCompletionsPerSession").path("value").asDouble()).as(run).isPositive();
      assertThat(figures.path("jobsPerSession").path("value").asDouble()).as(run).isPositive();
    }
    // the compilers' time while the sessions ran: a cold JVM's first session always compiles
    for (String run : List.of("fullSessions", "skeleton")) {
      assertThat(phases.path(run).path("figures").path("jitSecondsPerSession").path("value").asDouble())
          .as(run + " jitSecondsPerSession").isPositive();
    }
    // bench.warmup=0: no warm-up pair, whatever the compilers do
    assertThat(phases.path("fullSessions").path("warmUp").path("pairs").path("value").asInt()).as("warm-up pairs")
        .isZero();
    assertFigure("warmUp.lastPairsJitShare", phases.path("fullSessions").path("warmUp").path("lastPairsJitShare"));
    for (String run : List.of("fullSessions", "skeleton")) {
      JsonNode steps = phases.path(run).path("steps");
      assertThat(fieldNames(steps)).as(run + " steps").containsAll(SESSION_STEPS);
    }
    // the same steps in both: the skeleton keeps the real processes' shape
    assertThat(fieldNames(phases.path("skeleton").path("steps")))
        .containsExactlyInAnyOrderElementsOf(fieldNames(phases.path("fullSessions").path("steps")));
    for (String ratio : List.of("ratioFullToSkeleton", "ratioFullToSkeletonByMedians")) {
      assertThat(phases.path("skeleton").path("figures").path(ratio).path("value").asDouble()).as(ratio).isPositive();
      assertThat(phases.path("growth").path("figures").path(ratio).path("value").asDouble()).as(ratio).isPositive();
    }

    JsonNode rest = phases.path("rest").path("figures");
    assertThat(rest.path("requests").path("value").asInt()).as("REST requests").isPositive();
    assertThat(rest.path("completion").path("count").asInt()).as("REST completions").isPositive();
    assertThat(rest.path("errors").path("value").asInt()).as("REST errors: " + phases.path("rest").path("errorSamples"))
        .isZero();

    assertThat(rest.path("guardPerCompletion").path("count").asInt()).as("the guard timed").isPositive();

    // the fixed-rate run: Tasklist's own requests and completions, each timed, without errors
    JsonNode fixedRate = phases.path("fixedRate").path("figures");
    for (String timing : List.of("completion", "taskList", "taskForm", "deployedForm", "taskVariables", "request")) {
      assertThat(fixedRate.path(timing).path("count").asInt()).as("fixed rate: " + timing + " timed").isPositive();
    }
    assertThat(fixedRate.path("errors").path("value").asInt()).as("fixed-rate errors: "
        + phases.path("fixedRate").path("errorSamples")).isZero();
    // the spread (bench.rateSpread): the second client's first session was carried half-way before the schedule
    // started, the first's not at all (client i of n: i x 75 / n completions)
    assertThat(phases.path("fixedRate").path("spread").toString()).as("fixed rate: the sessions spread")
        .isEqualTo("[0," + Benchmark.SESSION_COMPLETIONS / 2 + "]");
    // the rehearsal (bench.rateRehearsalMax=2): one round of 2 s, untimed, before the measured schedule, which goes
    // on with the sessions it left; the compilers' shares of its last round and of the measured schedule
    JsonNode rehearsal = phases.path("fixedRate").path("rehearsal");
    assertThat(rehearsal.path("rounds").path("value").asInt()).as("fixed rate: rehearsal rounds").isEqualTo(1);
    assertThat(rehearsal.path("seconds").path("value").asDouble()).as("fixed rate: rehearsal seconds")
        .isGreaterThanOrEqualTo(2.0);
    assertThat(rehearsal.path("errors").path("value").asInt()).as("fixed rate: rehearsal errors").isZero();
    for (String share : List.of("lastRoundJitShare", "measuredJitShare")) {
      assertFigure("fixedRate.rehearsal." + share, rehearsal.path(share));
    }
    // its trace (docs/benchmark.md): each request on the schedule, in time order, beside the engine's jobs
    List<String> trace = Files.readAllLines(json.resolveSibling("fixed-rate-trace.csv"));
    assertThat(trace.get(0)).isEqualTo("ms,request,took");
    List<String[]> requests = trace.subList(1, trace.size()).stream().map(line -> line.split(",", -1))
        .filter(fields -> !fields[1].startsWith("job:")).toList();
    assertThat(requests).as("the trace's requests").hasSize(fixedRate.path("requests").path("value").asInt());
    assertThat(requests).extracting(fields -> fields[1]).contains("tasklist: task list", "tasklist: form variables",
        "tasklist: deployed form", "tasklist: task variables");
    List<Double> times = trace.subList(1, trace.size()).stream().map(line -> Double.parseDouble(line.split(",")[0]))
        .toList();
    assertThat(times).as("in time order").isSorted();
    // the diagnosis after the first seconds (the sessions' common start) times the trace's task lists from then on
    // (the trace writes each slot to a tenth of a millisecond: a slot at the bound may fall either side)
    JsonNode settled = phases.path("fixedRate").path("afterFirstSeconds");
    double settleMs = settled.path("seconds").path("value").asDouble() * 1000;
    assertThat(settleMs).as("fixed rate: settled after").isPositive();
    long surelyAfter = requests.stream().filter(f -> f[1].equals("tasklist: task list")
        && Double.parseDouble(f[0]) >= settleMs + 0.5).count();
    long maybeAfter = requests.stream().filter(f -> f[1].equals("tasklist: task list")
        && Double.parseDouble(f[0]) >= settleMs - 0.5).count();
    assertThat(settled.path("taskList").path("count").asLong()).as("task lists after " + settleMs + " ms")
        .isBetween(surelyAfter, maybeAfter);

    JsonNode growth = phases.path("growth").path("figures");
    assertThat(growth.path("historySessions").path("value").asInt()).as("sessions in history").isGreaterThanOrEqualTo(3);
    assertThat(growth.path("historyRowsWritten").path("value").asLong()).as("history rows").isPositive();
    assertThat(growth.path("ratioAfterBefore").path("value").asDouble()).isPositive();

    JsonNode tasklist = phases.path("tasklist").path("figures");
    assertThat(tasklist.path("openTasks").path("value").asInt()).isGreaterThanOrEqualTo(100);
    assertThat(tasklist.path("myTasks").path("count").asInt()).isEqualTo(5);
    assertThat(tasklist.path("groupTasks").path("count").asInt()).isEqualTo(5);
    assertThat(tasklist.path("myTasksReturned").path("value").asInt()).isPositive();
    assertThat(tasklist.path("groupFilterPage").path("count").asInt()).isEqualTo(5);
    assertThat(tasklist.path("groupFilterPageReturned").path("value").asInt()).as("Tasklist's group page").isPositive();

    // the start-up: the packaged jar started on H2, its first start loading the demo data (no restart here: its
    // figure is then a timing of no start, and its goal unmet)
    JsonNode startup = phases.path("startup").path("figures");
    assertThat(startup.path("firstStartReadySeconds").path("value").asDouble()).isPositive();
    assertThat(startup.path("demoDataSteps").path("value").asInt()).as("the demo data's steps").isPositive();
    assertThat(startup.path("demoDataSeconds").path("value").asDouble()).isPositive();
    assertThat(startup.path("readyWithDemoData").path("count").asInt()).isZero();
    assertThat(r.path("goals").path("start-up: ready with the demo data loaded < 12 s").path("met").asBoolean())
        .isFalse();

    assertThat(r.path("goals").size()).as("goals").isEqualTo(15);
    r.path("goals").fields().forEachRemaining(g -> {
      assertFigure("goal " + g.getKey(), g.getValue());
      assertThat(g.getValue().path("met").isBoolean()).as(g.getKey()).isTrue();
    });
  }

  /** A figure: a number with its unit, or a summary of timings ({unit, count, median, p95, p99, max, total}). */
  private static void assertFigure(String name, JsonNode figure) {
    assertThat(figure.path("unit").asText()).as(name + " unit: " + figure).isNotBlank();
    if (figure.has("value")) {
      assertThat(figure.path("value").isNumber()).as(name + " value: " + figure).isTrue();
    } else {
      for (String field : List.of("count", "median", "p95", "p99", "max", "total")) {
        assertThat(figure.path(field).isNumber()).as(name + "." + field + ": " + figure).isTrue();
      }
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
