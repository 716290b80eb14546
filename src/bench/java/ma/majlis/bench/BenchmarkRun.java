package ma.majlis.bench;

import org.junit.jupiter.api.Test;

/**
 * The benchmark's entry point for Maven: {@code mvn -Pbench test} runs this class only; the normal test run
 * excludes this package. Parameters as system properties, e.g. {@code -Dbench.sessions=20}.
 */
class BenchmarkRun {

  @Test
  void measure() throws Exception {
    new Benchmark().run();
  }
}
