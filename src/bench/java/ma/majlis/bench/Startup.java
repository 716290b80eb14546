package ma.majlis.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.util.FileSystemUtils;

/**
 * Goal 5 of issue #17: how long Majlis takes to be ready, started as its image starts it ({@code docker/Dockerfile}),
 * in the benchmark's run instead of by hand.
 *
 * <p>The packaged jar ({@code mvn -Pbench test} builds it before the benchmark runs; {@code mvn verify} before the
 * smoke run) is extracted with Spring Boot's tools, a class data sharing archive is written by one training start that
 * stops once the application context is ready (the image's two commands), then Majlis starts as the image's
 * entry point starts it ({@code docker/entrypoint.sh}, run here, with the image's {@code JAVA_TOOL_OPTIONS}: the
 * archive, and C1 alone for the demo), in the demo's configuration (as {@code SPRING_PROFILES_ACTIVE=default}): H2
 * in a file of its own directory, the demo users and the demo data. The first start, on an empty database, loads
 * the demo data ({@code demoDataSeconds}: the loader's own figure, from its log line); each restart finds it loaded
 * ({@code readyWithDemoData}: the goal's figure, from the command to {@code /actuator/health} answering {@code UP} on
 * the management port, polled every 100 ms). Each start is stopped as the platform stops it (SIGTERM). The logs stay
 * in {@code target/bench/startup/}.
 */
final class Startup {

  private static final Pattern DEMO_LOADED = Pattern.compile("Demo data loaded: (\\d+) steps in (\\d+) ms");
  /** platform/WarmUps' line: each warm-up's time in ms, or its failure. */
  private static final Pattern WARMED_UP = Pattern.compile("Warm-up done \\(ms each, or the failure\\): \\{(.*)}");
  private static final Pattern STARTED = Pattern.compile("Started MajlisApplication in ([0-9.]+) seconds");
  /** The image's JVM options (docker/Dockerfile, JAVA_TOOL_OPTIONS). */
  private static final String IMAGE_JVM_OPTIONS = "-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError";
  /** The image's entry point, which chooses the JVM's options (the project's file, as the image copies it). */
  static final Path ENTRY_POINT = Path.of("docker", "entrypoint.sh");
  /** The jar's name in the image, extracted from {@code majlis.jar} (docker/Dockerfile), as the entry point runs it. */
  private static final String IMAGE_JAR = "majlis.jar";
  private static final Duration READY_WITHIN = Duration.ofMinutes(4);

  private final Path jar;
  private final Path dir;
  private final boolean archive;
  private final int restarts;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final List<String> commands = new ArrayList<>();

  /**
   * @param jar the packaged jar (Spring Boot's executable jar)
   * @param dir where the jar is extracted, the database written and the logs kept (emptied first)
   * @param archive whether to write and use the class data sharing archive (the image does; the smoke run saves the
   *     training start)
   * @param restarts how many starts with the demo data already loaded
   */
  Startup(Path jar, Path dir, boolean archive, int restarts) {
    this.jar = jar;
    this.dir = dir;
    this.archive = archive;
    this.restarts = restarts;
  }

  /** The packaged jar in {@code target}: the one Spring Boot repackaged (its original kept as {@code .original}). */
  static Path packagedJar(Path target) throws IOException {
    try (Stream<Path> files = Files.list(target)) {
      return files.filter(p -> p.getFileName().toString().matches("majlis-.*\\.jar"))
          .max(Comparator.comparing(p -> p.toFile().lastModified()))
          .orElseThrow(() -> new IllegalStateException("No packaged jar in " + target.toAbsolutePath() + ": the"
              + " start-up phase starts Majlis from its jar. mvn -Pbench test builds it before the benchmark runs"
              + " (and mvn package or verify does)"));
    }
  }

  /** The phase's figures and details (results.json's "startup"). */
  record Result(Map<String, Object> figures, Map<String, Object> details) {
  }

  Result run() throws Exception {
    FileSystemUtils.deleteRecursively(dir);
    Files.createDirectories(dir);
    Path app = dir.resolve("app");
    Path imageJar = Files.copy(jar, dir.resolve(IMAGE_JAR));
    exec("extract", List.of("-Djarmode=tools", "-jar", imageJar.toAbsolutePath().toString(), "extract",
        "--destination", app.toAbsolutePath().toString()));
    Files.delete(imageJar);
    Path appJar = app.resolve(IMAGE_JAR);
    Path jsa = app.resolve("majlis.jsa");
    double training = 0;
    if (archive) {
      long t = System.nanoTime();
      exec("training", List.of("-XX:ArchiveClassesAtExit=" + jsa.toAbsolutePath(),
          "-Dspring.context.exit=onRefresh", "-Dspring.datasource.url=jdbc:h2:mem:cds", "-Dmajlis.demo-data=false",
          "-Dmajlis.demo-users=false", "-jar", appJar.toAbsolutePath().toString()));
      training = (System.nanoTime() - t) / 1e9;
    }
    Started first = start("first-start", app);
    Matcher loaded = DEMO_LOADED.matcher(first.log);
    if (!loaded.find()) {
      throw new IllegalStateException("The first start did not load the demo data (no \"Demo data loaded\" line in "
          + dir.resolve("first-start.log") + ")");
    }
    // the first uses of the first convocation (decisions, mail, calendar) made on the warm-up's thread during the
    // start, not on the demo data's
    Matcher warmedUp = WARMED_UP.matcher(first.log);
    if (!warmedUp.find() || warmedUp.group(1).contains("failed")) {
      throw new IllegalStateException("The first start's warm-up did not run, or failed (platform/WarmUps): see "
          + dir.resolve("first-start.log"));
    }
    List<Long> ready = new ArrayList<>();
    List<Double> started = new ArrayList<>();
    for (int i = 1; i <= restarts; i++) {
      Started again = start("restart-" + i, app);
      if (DEMO_LOADED.matcher(again.log).find() || !again.log.contains("Demo data ")) {
        throw new IllegalStateException("Restart " + i + " should have found the demo data loaded: see "
            + dir.resolve("restart-" + i + ".log"));
      }
      ready.add(again.readyNanos);
      started.add(again.springSeconds);
    }

    Map<String, Object> m = new LinkedHashMap<>();
    m.put("restarts", Benchmark.figure(restarts, "starts"));
    m.put("classDataSharingArchive", Benchmark.figure(archive ? 1 : 0, "archives"));
    m.put("trainingSeconds", Benchmark.figure(training, "s"));
    m.put("firstStartReadySeconds", Benchmark.figure(first.readyNanos / 1e9, "s"));
    m.put("demoDataSteps", Benchmark.figure(Integer.parseInt(loaded.group(1)), "steps"));
    m.put("demoDataSeconds", Benchmark.figure(Long.parseLong(loaded.group(2)) / 1000.0, "s"));
    m.put("readyWithDemoData", Timings.Summary.of(ready).toMap("s", 1000));
    m.put("springStartedSeconds", Benchmark.figure(started.isEmpty() ? first.springSeconds
        : started.stream().sorted().toList().get(started.size() / 2), "s"));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("warmUpMillis", warmedUp.group(1));
    details.put("commands", commands);
    details.put("logs", dir.toString());
    Benchmark.log(String.format("   first start (demo data %s ms) ready in %.1f s; with the demo data loaded, ready"
        + " in %s s", loaded.group(2), first.readyNanos / 1e9, ready.stream().map(n -> String.format("%.1f", n / 1e9))
        .toList()));
    return new Result(m, details);
  }

  private record Started(long readyNanos, double springSeconds, String log) {
  }

  /**
   * Starts Majlis as the image does (its entry point, {@code app}: the extracted jar and the archive), waits until
   * its health is UP, stops it; the time to UP and the log.
   */
  private Started start(String name, Path app) throws Exception {
    int port = freePort();
    int management = freePort();
    List<String> command = List.of("sh", ENTRY_POINT.toAbsolutePath().toString(), "--server.port=" + port,
        "--management.server.port=" + management);
    Path log = dir.resolve(name + ".log");
    ProcessBuilder builder = withoutShellSettings(new ProcessBuilder(command)).directory(dir.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("JAVA_TOOL_OPTIONS", IMAGE_JVM_OPTIONS);
    env.put("MAJLIS_APP_DIR", app.toAbsolutePath().toString());
    env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + java.io.File.pathSeparator + env.get("PATH"));
    commands.add(relative("JAVA_TOOL_OPTIONS=\"" + IMAGE_JVM_OPTIONS + "\" MAJLIS_APP_DIR=" + app.toAbsolutePath()
        + " " + String.join(" ", command)));
    long t = System.nanoTime();
    Process process = builder.start();
    try {
      long readyNanos = awaitUp(process, management, t, log);
      String text = Files.readString(log);
      for (int i = 0; i < 50 && !text.contains("Demo data "); i++) { // the loader's line follows readiness
        Thread.sleep(100);
        text = Files.readString(log);
      }
      Matcher started = STARTED.matcher(text);
      return new Started(readyNanos, started.find() ? Double.parseDouble(started.group(1)) : 0, text);
    } finally {
      process.destroy();
      if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  private long awaitUp(Process process, int management, long t, Path log) throws Exception {
    HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + management + "/actuator/health"))
        .timeout(Duration.ofSeconds(2)).build();
    long deadline = t + READY_WITHIN.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Majlis stopped before it was ready: see " + log);
      }
      try {
        HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
        if ("UP".equals(Benchmark.JSON.readTree(answer.body()).path("status").asText())) {
          return System.nanoTime() - t;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("Majlis was not ready within " + READY_WITHIN + ": see " + log);
  }

  /** Runs a java command to its end (the extraction, the training start). */
  private void exec(String name, List<String> options) throws Exception {
    Path log = dir.resolve(name + ".log");
    Process process = builder(options).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    if (!process.waitFor(READY_WITHIN.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(name + " did not end within " + READY_WITHIN + ": see " + log);
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(name + " failed (exit " + process.exitValue() + "): see " + log);
    }
  }

  /** The JVM of the benchmark, with the demo's configuration: no profile, database or mail from this shell. */
  private ProcessBuilder builder(List<String> options) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    commands.add(relative(String.join(" ", command.subList(1, command.size()))));
    return withoutShellSettings(new ProcessBuilder(command));
  }

  /** No profile, database or mail from this shell: the demo's configuration. */
  private static ProcessBuilder withoutShellSettings(ProcessBuilder builder) {
    builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("MAJLIS_")
        || k.equals("JAVA_TOOL_OPTIONS") || k.equals("JDK_JAVA_OPTIONS"));
    return builder;
  }

  /** A command as results.json shows it: relative to the run's directory and to the project. */
  private String relative(String command) {
    return command.replace(dir.toAbsolutePath() + "/", "").replace(Path.of("").toAbsolutePath() + "/", "");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
