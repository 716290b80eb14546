package ma.majlis.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes the results as Json (everything) and as a Markdown page (the figures an operator reads). */
final class Report {

  private Report() {
  }

  @SuppressWarnings("unchecked")
  static void write(Map<String, Object> r, Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("results.json"), Benchmark.JSON.writeValueAsString(r));

    StringBuilder md = new StringBuilder("# Majlis benchmark\n\n");
    Map<String, Object> machine = (Map<String, Object>) r.get("machine");
    md.append("Machine: ").append(machine.get("cores")).append(" cores, Java ").append(machine.get("java"))
        .append(", ").append(machine.get("database")).append(", history level ").append(machine.get("historyLevel"))
        .append(", load average at start ").append(machine.get("loadAverageAtStart")).append(".\n\n");
    md.append("Parameters: ");
    ((Map<String, Object>) r.get("parameters")).forEach((k, v) -> md.append('`').append(k).append('=').append(v)
        .append("` "));
    md.append("\n\n## Goals\n\n| goal | value | met |\n|---|---:|---|\n");
    ((Map<String, Object>) r.get("goals")).forEach((k, v) -> {
      Map<String, Object> g = (Map<String, Object>) v;
      md.append("| ").append(k).append(" | ").append(g.get("value")).append(" | ")
          .append(Boolean.TRUE.equals(g.get("met")) ? "yes" : "**no**").append(" |\n");
    });

    Map<String, Object> full = (Map<String, Object>) r.get("fullSessions");
    Map<String, Object> skeleton = (Map<String, Object>) r.get("skeleton");
    Map<String, Object> growth = (Map<String, Object>) r.get("growth");
    Map<String, Object> after = (Map<String, Object>) growth.get("after");
    md.append("\n## Sessions (one driver thread, Java API)\n\n")
        .append("| run | sessions | sessions/min | median s/session | task completion median / p95 / p99 ms"
            + " | job median / p95 / p99 ms |\n|---|---:|---:|---:|---:|---:|\n");
    row(md, "full", full);
    row(md, "skeleton (engine floor)", skeleton);
    row(md, "full, after " + growth.get("historySessions") + " sessions in history", after);
    md.append("\nFull / skeleton: **").append(skeleton.get("ratioFullToSkeleton")).append("**. After / before: **")
        .append(growth.get("ratioAfterBefore")).append("** (history written in ")
        .append(growth.get("historyGenerationSeconds")).append(" s, ").append(growth.get("historyRowsWritten"))
        .append(" rows).\n");

    md.append("\n### Steps of the full session (before growth)\n\n")
        .append("| step | count | median ms | p95 ms | p99 ms | skeleton median ms | skeleton p99 ms |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|\n");
    Map<String, Object> steps = (Map<String, Object>) full.get("steps");
    Map<String, Object> skSteps = (Map<String, Object>) skeleton.get("steps");
    steps.forEach((name, v) -> {
      Map<String, Object> s = (Map<String, Object>) v;
      Map<String, Object> k = (Map<String, Object>) skSteps.get(name);
      md.append("| ").append(name).append(" | ").append(s.get("count")).append(" | ").append(s.get("medianMs"))
          .append(" | ").append(s.get("p95Ms")).append(" | ").append(s.get("p99Ms")).append(" | ")
          .append(k == null ? "" : k.get("medianMs")).append(" | ").append(k == null ? "" : k.get("p99Ms"))
          .append(" |\n");
    });

    Map<String, Object> rest = (Map<String, Object>) r.get("rest");
    md.append("\n## REST under load\n\n").append(rest.get("clients")).append(" clients (pause after each answer: ").append(rest.get("thinkMs")).append(" ms), ").append(rest.get("seconds"))
        .append(" s: ").append(rest.get("requests")).append(" requests (").append(rest.get("requestsPerSecond"))
        .append("/s, ").append(rest.get("completionsPerSecond")).append(" completions/s), ")
        .append(rest.get("sessionsStarted")).append(" sessions started, ").append(rest.get("sessionsCompleted"))
        .append(" completed with their follow-ups, **").append(rest.get("errors")).append(" errors**.\n\n")
        .append("| request | count | median ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|\n");
    Map<String, Object> c = (Map<String, Object>) rest.get("completions");
    md.append("| **complete (all steps)** | ").append(c.get("count")).append(" | ").append(c.get("medianMs")).append(" | ")
        .append(c.get("p95Ms")).append(" | **").append(c.get("p99Ms")).append("** | ").append(c.get("maxMs")).append(" |\n");
    latencies(md, (Map<String, Object>) rest.get("latency"));

    Map<String, Object> tasklist = (Map<String, Object>) r.get("tasklist");
    md.append("\n## Tasklist queries\n\n").append(tasklist.get("openTasks")).append(" open tasks; member01 has ")
        .append(tasklist.get("myTasksMatching")).append(", board-secretariat ").append(tasklist.get("groupTasksMatching"))
        .append("; pages of ").append(tasklist.get("pageSize")).append(", newest first, as Tasklist asks.\n\n")
        .append("| query | count | median ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|\n");
    latencies(md, (Map<String, Object>) tasklist.get("latency"));
    md.append("\nRun time: ").append(r.get("runSeconds")).append(" s. All figures: results.json.\n");
    Files.writeString(dir.resolve("results.md"), md);
  }

  @SuppressWarnings("unchecked")
  private static void row(StringBuilder md, String name, Map<String, Object> m) {
    Map<String, Object> s = (Map<String, Object>) m.get("sessionSeconds");
    Map<String, Object> t = (Map<String, Object>) m.get("taskCompletions");
    Map<String, Object> j = (Map<String, Object>) m.get("jobs");
    md.append("| ").append(name).append(" | ").append(m.get("sessions")).append(" | ").append(m.get("sessionsPerMinute"))
        .append(" | ").append(Timings.round(((Number) s.get("medianMs")).doubleValue() / 1e3)).append(" | ")
        .append(t.get("medianMs")).append(" / ").append(t.get("p95Ms")).append(" / ").append(t.get("p99Ms"))
        .append(" | ").append(j.get("medianMs")).append(" / ").append(j.get("p95Ms")).append(" / ")
        .append(j.get("p99Ms")).append(" |\n");
  }

  @SuppressWarnings("unchecked")
  private static void latencies(StringBuilder md, Map<String, Object> latency) {
    latency.forEach((name, v) -> {
      Map<String, Object> s = (Map<String, Object>) v;
      md.append("| ").append(name).append(" | ").append(s.get("count")).append(" | ").append(s.get("medianMs"))
          .append(" | ").append(s.get("p95Ms")).append(" | ").append(s.get("p99Ms")).append(" | ")
          .append(s.get("maxMs")).append(" |\n");
    });
  }
}
