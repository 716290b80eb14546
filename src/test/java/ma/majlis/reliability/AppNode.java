package ma.majlis.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import ma.majlis.support.Rest;

/**
 * The packaged application ({@code target/majlis-*.jar}, built by {@code mvn package} before the integration tests)
 * running as a separate JVM on PostgreSQL, with its job executor on and the demo users, as in production. Its
 * output goes to {@code target/reliability/<name>.log}.
 */
final class AppNode {

  static final Path JAR = Path.of("target/majlis-0.1.0-SNAPSHOT.jar");
  static final Path LOGS = Path.of("target/reliability");

  private final String name;
  private final int port;
  private final Process process;
  private final Path log;

  private AppNode(String name, int port, Process process, Path log) {
    this.name = name;
    this.port = port;
    this.process = process;
    this.log = log;
  }

  /**
   * Starts a node named {@code hostname} (the engine records it on every job it runs) and waits until its REST API
   * answers. Jobs locked by a node that died are taken again after {@code lock-time-in-millis} (5 s here, 5 min by
   * default); the job executor looks for new jobs at least every second.
   */
  static AppNode start(String hostname, String run, Duration timeout) throws IOException, InterruptedException {
    if (!Files.exists(JAR)) {
      throw new IllegalStateException(JAR + " is missing: the reliability tests run after 'mvn package'"
          + " (run them with 'mvn verify')");
    }
    Files.createDirectories(LOGS);
    int port = freePort();
    Path log = LOGS.resolve(hostname + "-" + run + ".log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k",
        "-jar", JAR.toString(),
        "--spring.profiles.active=postgres",
        "--server.port=" + port,
        "--management.server.port=" + freePort(),
        "--majlis.demo-data=false",
        "--spring.datasource.url=" + ReliabilityDatabase.URL,
        "--spring.datasource.username=" + ReliabilityDatabase.USER,
        "--spring.datasource.password=" + ReliabilityDatabase.PASSWORD,
        "--spring.datasource.hikari.maximum-pool-size=8",
        "--majlis.demo-users=true",
        "--spring.mail.host=",
        "--camunda.bpm.job-execution.enabled=true",
        "--camunda.bpm.job-execution.lock-time-in-millis=5000",
        "--camunda.bpm.job-execution.wait-time-in-millis=300",
        "--camunda.bpm.job-execution.max-wait=1000",
        "--camunda.bpm.generic-properties.properties.hostname=" + hostname,
        "--spring.main.banner-mode=off"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
    AppNode node = new AppNode(hostname, port, process, log);
    node.awaitUp(timeout);
    return node;
  }

  private void awaitUp(Duration timeout) throws InterruptedException, IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Rest rest = rest();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " stopped while starting (exit " + process.exitValue() + "):\n"
            + tail());
      }
      try {
        if (rest.get("admin", "/engine-rest/engine").status() == 200) {
          return;
        }
      } catch (IllegalStateException notYet) {
        // connection refused: not listening yet
      }
      Thread.sleep(250);
    }
    process.destroyForcibly();
    throw new IllegalStateException(name + " did not answer within " + timeout.toSeconds() + " s:\n" + tail());
  }

  Rest rest() {
    return new Rest("http://localhost:" + port);
  }

  String name() {
    return name;
  }

  /** SIGKILL: the JVM stops at once, in the middle of whatever it was doing (no shutdown hook runs). */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException(name + " survived SIGKILL for 30 s");
    }
  }

  /** A clean stop (SIGTERM), forced after 20 s. */
  void stop() throws InterruptedException {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      kill();
    }
  }

  String tail() throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }
}
