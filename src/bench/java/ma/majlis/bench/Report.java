package ma.majlis.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the results as Json (everything, in the shape docs/benchmark.md describes) and as a Markdown page (the
 * figures an operator reads).
 */
final class Report {

  private Report() {
  }

  @SuppressWarnings("unchecked")
  static void write(Map<String, Object> r, Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("results.json"), Benchmark.JSON.writeValueAsString(r));

    StringBuilder md = new StringBuilder("# Majlis benchmark\n\n");
    Map<String, Object> run = map(r, "run");
    Map<String, Object> machine = map(r, "machine");
    md.append("Run: ").append(run.get("mode")).append(", started ").append(run.get("startedAt")).append(", ")
        .append(map(run, "seconds").get("value")).append(" s.\n\n");
    md.append("Machine: ").append(machine.get("cores")).append(" cores, load average ")
        .append(machine.get("loadAverageAtStart")).append(" at the start, ").append(machine.get("loadAverageAtEnd"))
        .append(" at the end; Java ").append(machine.get("java")).append(", ").append(machine.get("database"))
        .append(", history level ").append(machine.get("historyLevel")).append(".\n\n");
    Map<String, Object> autovacuum = map(machine, "autovacuum");
    if (autovacuum != null) {
      md.append(Boolean.TRUE.equals(autovacuum.get("standIn"))
          ? "The server runs without autovacuum: the benchmark stood in for it (AutovacuumStandIn): "
              + autovacuum.get("vacuums") + " vacuums and " + autovacuum.get("analyzes") + " analyzes, "
              + autovacuum.get("failures") + " rounds failed.\n\n"
          : "The server's autovacuum kept the statistics.\n\n");
    }
    md.append("Parameters: ");
    map(r, "parameters").forEach((k, v) -> md.append('`').append(k).append('=').append(v).append("` "));
    md.append("\n\n## Goals\n\n| goal | value | met |\n|---|---:|---|\n");
    map(r, "goals").forEach((k, v) -> {
      Map<String, Object> g = (Map<String, Object>) v;
      md.append("| ").append(k).append(" | ").append(g.get("value")).append(' ').append(g.get("unit")).append(" | ")
          .append(Boolean.TRUE.equals(g.get("met")) ? "yes" : "**no**").append(" |\n");
    });

    Map<String, Object> phases = map(r, "phases");
    Map<String, Object> full = map(phases, "fullSessions");
    Map<String, Object> skeleton = map(phases, "skeleton");
    Map<String, Object> growth = map(phases, "growth");
    // a development run (bench.phases) has only the phases it ran
    if (full != null) {
      md.append("\n## Sessions (one driver thread, Java API)\n\n")
          .append("| run | sessions | sessions/min | median s/session | completions, jobs per session"
              + " | task completion median / p95 / p99 ms | job median / p95 / p99 ms | load average |\n")
          .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
      row(md, "full", full);
      row(md, "skeleton (engine floor)", skeleton);
      if (growth != null) {
        row(md, "full, after " + value(growth, "historySessions") + " sessions in history", growth);
      }
      md.append("\nFull / skeleton: **").append(value(skeleton, "ratioFullToSkeleton"))
          .append("** (from the steps' medians: ").append(value(skeleton, "ratioFullToSkeletonByMedians"));
      if (growth != null) {
        md.append("; the pair after growth: ").append(value(growth, "ratioFullToSkeleton")).append(", from medians ")
            .append(value(growth, "ratioFullToSkeletonByMedians")).append("). After / before: **")
            .append(value(growth, "ratioAfterBefore")).append("** (history written in ")
            .append(value(growth, "historyGenerationSeconds")).append(" s, ").append(value(growth, "historyRowsWritten"))
            .append(" rows");
      }
      md.append(").\n");
      Map<String, Object> warmUp = map(full, "warmUp");
      if (warmUp != null) {
        md.append("\nWarm-up before the measured pairs: ").append(map(warmUp, "pairs").get("value"))
            .append(" pairs in ").append(map(warmUp, "seconds").get("value"))
            .append(" s, its last three pairs spending a share of ")
            .append(map(warmUp, "lastPairsJitShare").get("value"))
            .append(" of their time compiling; the JIT compilers' time during the measured sessions, per session:"
                + " full ").append(value(full, "jitSecondsPerSession"))
            .append(" s, skeleton ").append(value(skeleton, "jitSecondsPerSession")).append(" s.\n");
      }
      md.append("\nSQL statements per session (the steps, jobs and start; engine and Majlis): full ")
          .append(value(full, "statementsPerSession")).append(", skeleton ").append(value(skeleton, "statementsPerSession"))
          .append(".\n");

      md.append("\n### Steps of the full session (before growth), against the skeleton's\n\n")
          .append("Time per session is the step's total divided by the sessions: where a session's time goes.\n\n")
          .append("| step | count | median ms | p95 ms | p99 ms | ms per session | skeleton median ms"
              + " | skeleton ms per session | difference ms per session | statements per step, full / skeleton |\n")
          .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      double fullSessions = ((Number) value(full, "sessions")).doubleValue();
      double skSessions = ((Number) value(skeleton, "sessions")).doubleValue();
      Map<String, Object> steps = map(full, "steps");
      Map<String, Object> skSteps = map(skeleton, "steps");
      java.util.Set<String> names = new java.util.TreeSet<>(steps.keySet());
      names.addAll(skSteps.keySet());
      for (String name : names) {
        Map<String, Object> s = (Map<String, Object>) steps.get(name);
        Map<String, Object> k = (Map<String, Object>) skSteps.get(name);
        double perSession = s == null ? 0 : total(s) / Math.max(1, fullSessions);
        double skPerSession = k == null ? 0 : total(k) / Math.max(1, skSessions);
        md.append("| ").append(name).append(" | ").append(s == null ? "" : s.get("count")).append(" | ")
            .append(s == null ? "" : s.get("median")).append(" | ").append(s == null ? "" : s.get("p95")).append(" | ")
            .append(s == null ? "" : s.get("p99")).append(" | ").append(Timings.round(perSession)).append(" | ")
            .append(k == null ? "" : k.get("median")).append(" | ").append(Timings.round(skPerSession)).append(" | ")
            .append(Timings.round(perSession - skPerSession)).append(" | ")
            .append(s == null ? "" : s.getOrDefault("statements", "")).append(" / ")
            .append(k == null ? "" : k.getOrDefault("statements", "")).append(" |\n");
      }
    }

    Map<String, Object> rest = map(phases, "rest");
    if (rest != null) {
      md.append("\n## REST under load\n\n").append(value(rest, "clients")).append(" clients (pause after each answer: ")
          .append(value(rest, "thinkTime")).append(" ms), ").append(value(rest, "measuredSeconds")).append(" s: ")
          .append(value(rest, "requests")).append(" requests (").append(value(rest, "requestsPerSecond")).append("/s, ")
          .append(value(rest, "completionsPerSecond")).append(" completions/s), ").append(value(rest, "sessionsStarted"))
          .append(" sessions started, ").append(value(rest, "sessionsCompleted"))
          .append(" completed with their follow-ups, **").append(value(rest, "errors")).append(" errors**; load average ")
          .append(map(rest, "loadAverage").get("start")).append(" → ").append(map(rest, "loadAverage").get("end"))
          .append(".\n\n| request | count | median ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|\n");
      Map<String, Object> c = map(map(rest, "figures"), "completion");
      md.append("| **complete (all steps)** | ").append(c.get("count")).append(" | ").append(c.get("median")).append(" | ")
          .append(c.get("p95")).append(" | **").append(c.get("p99")).append("** | ").append(c.get("max")).append(" |\n");
      latencies(md, map(rest, "latency"));
      Map<String, Object> g = map(map(rest, "figures"), "guardPerCompletion");
      md.append("\nThe REST guard's own time in a completion (RestInputGuard, before the engine): median ")
          .append(g.get("median")).append(" ms, p95 ").append(g.get("p95")).append(" ms, p99 ").append(g.get("p99"))
          .append(" ms; ").append(value(rest, "guardShareOfCompletion")).append(" of the completions' time.\n");
    }

    Map<String, Object> fixed = map(phases, "fixedRate");
    if (fixed != null) {
      md.append("\n## At a fixed rate (Tasklist's requests and completions, job executor on)\n\n")
          .append(value(fixed, "rate")).append(" requests/s scheduled, each timed from its slot in the schedule; ")
          .append(value(fixed, "measuredSeconds")).append(" s: ").append(value(fixed, "requests")).append(" requests (")
          .append(value(fixed, "requestsPerSecond")).append("/s), **").append(value(fixed, "errors"))
          .append(" errors**; slots taken late: ").append(map(map(fixed, "figures"), "slotsTakenLate").get("count"))
          .append(" (p99 ").append(map(map(fixed, "figures"), "slotsTakenLate").get("p99")).append(" ms); slots dropped while their client had nothing to do: ").append(value(fixed, "slotsSkipped"))
          .append("; load average ").append(map(fixed, "loadAverage").get("start")).append(" → ").append(map(fixed, "loadAverage").get("end"))
          .append(".\n\n").append(spreadLine(fixed))
          .append("| request | count | median ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|\n");
      java.util.List<String> figures = new java.util.ArrayList<>();
      Benchmark.FIXED_RATE_REQUESTS.forEach(kind -> figures.add(kind.getKey()));
      figures.add("start");
      for (String figure : figures) {
        Map<String, Object> t = map(map(fixed, "figures"), figure);
        md.append("| ").append(figure).append(" | ").append(t.get("count")).append(" | ").append(t.get("median"))
            .append(" | ").append(t.get("p95")).append(" | **").append(t.get("p99")).append("** | ").append(t.get("max"))
            .append(" |\n");
      }
      Map<String, Object> settled = map(fixed, "afterFirstSeconds");
      if (settled != null) {
        java.util.StringJoiner p99s = new java.util.StringJoiner(", ");
        for (Map.Entry<String, String> kind : Benchmark.FIXED_RATE_REQUESTS) {
          Map<String, Object> t = map(settled, kind.getKey());
          p99s.add(kind.getKey() + " " + t.get("p99") + " ms (" + t.get("count") + ")");
        }
        md.append("\nThe same requests after the first ").append(map(settled, "seconds").get("value"))
            .append(" s only (a diagnosis, not a goal's figure: without the spread, the sessions start together, and"
                + " their heavy early steps with them): p99 ").append(p99s).append(".\n");
      }
    }

    Map<String, Object> tasklist = map(phases, "tasklist");
    if (tasklist != null) {
      md.append("\n## Tasklist queries\n\n").append(value(tasklist, "openTasks")).append(" open tasks; member01 has ")
          .append(value(tasklist, "myTasksMatching")).append(", board-secretariat ")
          .append(value(tasklist, "groupTasksMatching")).append("; pages of ").append(value(tasklist, "pageSize"))
          .append(", newest first, as Tasklist asks.\n\n")
          .append("| query | count | median ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|\n");
      latencies(md, map(tasklist, "latency"));
    }

    Map<String, Object> startup = map(phases, "startup");
    if (startup != null) {
      Map<String, Object> ready = map(map(startup, "figures"), "readyWithDemoData");
      md.append("\n## Start-up\n\nThe packaged jar, started as the image starts it")
          .append(Integer.valueOf(1).equals(value(startup, "classDataSharingArchive")) ? " (its CDS archive)" : "")
          .append(", on H2: the first start ready in ").append(value(startup, "firstStartReadySeconds"))
          .append(" s, of which the demo data's ").append(value(startup, "demoDataSteps")).append(" steps ")
          .append(value(startup, "demoDataSeconds")).append(" s; with the demo data loaded, ready in ")
          .append(ready.get("median")).append(" s (median of ").append(ready.get("count")).append(" restarts, max ")
          .append(ready.get("max")).append(" s).\n");
    }

    md.append("\nAll figures: results.json (docs/benchmark.md describes its shape).\n");
    Files.writeString(dir.resolve("results.md"), md);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> m, String key) {
    return (Map<String, Object>) m.get(key);
  }

  /** The value of a phase's figure. */
  private static Object value(Map<String, Object> phase, String figure) {
    return map(map(phase, "figures"), figure).get("value");
  }

  /**
   * Where the clients' first sessions stood when the schedule started ({@code spread}, bench.rateSpread), or that
   * they all started a new session with it.
   */
  private static String spreadLine(Map<String, Object> fixed) {
    Object spread = fixed.get("spread");
    if (spread instanceof java.util.List<?> done && !done.isEmpty()) {
      return "The clients' first sessions were spread over the session's steps before the schedule started (completions"
          + " made: " + done + "), and each client passed 0 to 4 slots first, so that the kinds of request interleave.\n\n";
    }
    return "Every client started a new session with the schedule (no spread: `bench.rateSpread=0`).\n\n";
  }

  private static double total(Map<String, Object> summary) {
    return ((Number) summary.get("total")).doubleValue();
  }

  private static void row(StringBuilder md, String name, Map<String, Object> phase) {
    Map<String, Object> f = map(phase, "figures");
    Map<String, Object> s = map(f, "sessionTime");
    Map<String, Object> t = map(f, "taskCompletion");
    Map<String, Object> j = map(f, "job");
    md.append("| ").append(name).append(" | ").append(value(phase, "sessions")).append(" | ")
        .append(value(phase, "sessionsPerMinute")).append(" | ").append(s.get("median")).append(" | ")
        .append(value(phase, "taskCompletionsPerSession")).append(", ").append(value(phase, "jobsPerSession"))
        .append(" | ").append(t.get("median")).append(" / ").append(t.get("p95")).append(" / ").append(t.get("p99"))
        .append(" | ").append(j.get("median")).append(" / ").append(j.get("p95")).append(" / ").append(j.get("p99"))
        .append(" | ").append(map(phase, "loadAverage").get("start")).append(" → ")
        .append(map(phase, "loadAverage").get("end")).append(" |\n");
  }

  @SuppressWarnings("unchecked")
  private static void latencies(StringBuilder md, Map<String, Object> latency) {
    latency.forEach((name, v) -> {
      Map<String, Object> s = (Map<String, Object>) v;
      md.append("| ").append(name).append(" | ").append(s.get("count")).append(" | ").append(s.get("median"))
          .append(" | ").append(s.get("p95")).append(" | ").append(s.get("p99")).append(" | ").append(s.get("max"))
          .append(" |\n");
    });
  }
}
