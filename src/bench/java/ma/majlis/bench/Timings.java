package ma.majlis.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Durations (nanoseconds) recorded per name, thread-safe, with percentiles in milliseconds. */
final class Timings implements ma.majlis.support.StepTimer {

  private final Map<String, List<Long>> samples = new ConcurrentHashMap<>();
  /** The SQL statements sent by the timed actions, per name (see {@link StatementCounter}): [calls, statements]. */
  private final Map<String, long[]> statements = new ConcurrentHashMap<>();
  /** With -Dbench.sqlProfile=true: the statements of each name's actions, by their SQL. */
  final Map<String, Map<String, Long>> sql = new ConcurrentHashMap<>();
  /** With -Dbench.sqlProfile=true: the nanoseconds the actions of each name waited for each SQL, and for commits. */
  final Map<String, Map<String, Long>> sqlNanos = new ConcurrentHashMap<>();

  void record(String name, long nanos) {
    samples.computeIfAbsent(name, n -> Collections.synchronizedList(new ArrayList<>())).add(nanos);
  }

  /** Runs the action and records its duration under the name. */
  @Override
  public <T> T time(String name, java.util.function.Supplier<T> action) {
    long sent = StatementCounter.current();
    StatementCounter.profileInto(sql.computeIfAbsent(name, n -> new ConcurrentHashMap<>()),
        sqlNanos.computeIfAbsent(name, n -> new ConcurrentHashMap<>()));
    long start = System.nanoTime();
    try {
      return action.get();
    } finally {
      record(name, System.nanoTime() - start);
      StatementCounter.profileInto(null, null);
      long[] s = statements.computeIfAbsent(name, n -> new long[2]);
      synchronized (s) {
        s[0]++;
        s[1] += StatementCounter.current() - sent;
      }
    }
  }

  /** The SQL statements the timed actions of each name sent, on average per action. */
  Map<String, Double> statementsPerCall() {
    Map<String, Double> all = new TreeMap<>();
    statements.forEach((name, s) -> {
      synchronized (s) {
        all.put(name, s[0] == 0 ? 0.0 : round((double) s[1] / s[0]));
      }
    });
    return all;
  }

  /** All SQL statements the timed actions whose name starts with the prefix sent. */
  long statements(String prefix) {
    long total = 0;
    for (Map.Entry<String, long[]> e : statements.entrySet()) {
      if (e.getKey().startsWith(prefix)) {
        synchronized (e.getValue()) {
          total += e.getValue()[1];
        }
      }
    }
    return total;
  }

  void time(String name, Runnable action) {
    time(name, () -> {
      action.run();
      return null;
    });
  }

  Map<String, Summary> summaries() {
    Map<String, Summary> all = new TreeMap<>();
    samples.forEach((name, list) -> {
      synchronized (list) {
        all.put(name, Summary.of(list));
      }
    });
    return all;
  }

  /** All samples of all names whose name starts with the prefix. */
  Summary summaryOf(String prefix) {
    List<Long> all = new ArrayList<>();
    samples.forEach((name, list) -> {
      if (name.startsWith(prefix)) {
        synchronized (list) {
          all.addAll(list);
        }
      }
    });
    return Summary.of(all);
  }

  record Summary(int count, double totalMs, double medianMs, double p95Ms, double p99Ms, double maxMs) {
    static Summary of(List<Long> nanos) {
      List<Long> sorted = new ArrayList<>(nanos);
      Collections.sort(sorted);
      double total = sorted.stream().mapToLong(Long::longValue).sum() / 1e6;
      return new Summary(sorted.size(), total, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
          sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
    }

    /** Nearest-rank percentile. */
    static double pct(List<Long> sorted, double p) {
      if (sorted.isEmpty()) {
        return 0;
      }
      int rank = (int) Math.ceil(p / 100.0 * sorted.size());
      return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
    }

    /** The summary in milliseconds: {unit, count, median, p95, p99, max, total}. */
    Map<String, Object> toMap() {
      return toMap("ms", 1);
    }

    /** The summary in another unit: each millisecond figure divided by {@code msPerUnit} (1000 for seconds). */
    Map<String, Object> toMap(String unit, double msPerUnit) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("unit", unit);
      m.put("count", count);
      m.put("median", round(medianMs / msPerUnit));
      m.put("p95", round(p95Ms / msPerUnit));
      m.put("p99", round(p99Ms / msPerUnit));
      m.put("max", round(maxMs / msPerUnit));
      m.put("total", round(totalMs / msPerUnit));
      return m;
    }
  }

  static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
