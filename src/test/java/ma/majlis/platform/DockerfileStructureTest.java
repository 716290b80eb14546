package ma.majlis.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * There is no Docker engine where the tests run, so the container files are checked for their structure: what an
 * operator relies on (a small runtime image, no root, a health check, PostgreSQL with a volume, two prod nodes, the
 * management port kept private) must not be lost in an edit. CI also validates compose.yaml with docker-compose.
 */
class DockerfileStructureTest {

  private static final Path DOCKER = Path.of("docker");

  /** One instruction of a Dockerfile: keyword and arguments, continuation lines joined, comments dropped. */
  record Instruction(String keyword, String arguments) {
  }

  static List<Instruction> instructions(String dockerfile) {
    List<Instruction> result = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : dockerfile.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
        continue;
      }
      if (trimmed.endsWith("\\")) {
        current.append(trimmed, 0, trimmed.length() - 1).append(' ');
        continue;
      }
      current.append(trimmed);
      String text = current.toString().strip();
      current.setLength(0);
      if (!text.isEmpty()) {
        String[] parts = text.split("\\s+", 2);
        result.add(new Instruction(parts[0].toUpperCase(), parts.length > 1 ? parts[1] : ""));
      }
    }
    return result;
  }

  private static String read(String file) throws IOException {
    return Files.readString(DOCKER.resolve(file), StandardCharsets.UTF_8);
  }

  @Test
  void dockerfileBuildsInOneStageAndRunsOnAJreAsAnUnprivilegedUserWithAHealthCheck() throws IOException {
    List<Instruction> all = instructions(read("Dockerfile"));
    List<Integer> froms = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).keyword().equals("FROM")) {
        froms.add(i);
      }
    }
    assertThat(froms).as("FROM stages").hasSizeGreaterThanOrEqualTo(2);
    int last = froms.get(froms.size() - 1);

    List<Instruction> build = all.subList(froms.get(0), froms.get(1));
    assertThat(build).anySatisfy(i -> {
      assertThat(i.keyword()).isEqualTo("RUN");
      assertThat(i.arguments()).contains("mvn").contains("package");
    });

    String runtimeImage = all.get(last).arguments().split("\\s+")[0];
    assertThat(runtimeImage).as("runtime image").containsPattern("(?i)jre");

    List<Instruction> runtime = all.subList(last, all.size());
    List<String> users = runtime.stream().filter(i -> i.keyword().equals("USER")).map(Instruction::arguments).toList();
    assertThat(users).as("USER in the runtime stage").isNotEmpty();
    String user = users.get(users.size() - 1).split(":")[0].strip();
    assertThat(user).isNotIn("root", "0");

    assertThat(runtime).as("HEALTHCHECK").anySatisfy(i -> {
      assertThat(i.keyword()).isEqualTo("HEALTHCHECK");
      assertThat(i.arguments()).doesNotStartWith("NONE").contains("/actuator/health");
    });
    assertThat(runtime).as("EXPOSE 8080").anySatisfy(i -> {
      assertThat(i.keyword()).isEqualTo("EXPOSE");
      assertThat(i.arguments().split("\\s+")).contains("8080");
    });
    assertThat(runtime).as("ENTRYPOINT or CMD").anyMatch(i -> i.keyword().equals("ENTRYPOINT") || i.keyword().equals("CMD"));

    // start-up (issue #17): the jar extracted, a class data sharing archive trained before USER (owned by root), and
    // the entry point, entrypoint.sh copied beside them, starting with that archive (theEntryPoint... below)
    int userAt = runtime.indexOf(runtime.stream().filter(i -> i.keyword().equals("USER")).findFirst().orElseThrow());
    Instruction training = runtime.stream().filter(i -> i.keyword().equals("RUN")
        && i.arguments().contains("-XX:ArchiveClassesAtExit=")).findFirst().orElseThrow(
            () -> new AssertionError("no RUN trains a class data sharing archive"));
    assertThat(runtime.indexOf(training)).as("the archive is written before USER").isLessThan(userAt);
    assertThat(training.arguments()).contains("-Djarmode=tools").contains("extract")
        .contains("-Dspring.context.exit=onRefresh");
    String archive = training.arguments().replaceAll("(?s).*-XX:ArchiveClassesAtExit=(\\S+).*", "$1");
    assertThat(archive).isEqualTo("/app/majlis.jsa");
    Instruction entry = runtime.stream().filter(i -> i.keyword().equals("ENTRYPOINT")).reduce((a, b) -> b)
        .orElseThrow();
    assertThat(entry.arguments()).isEqualTo("[\"/app/entrypoint.sh\"]");
    Instruction copied = runtime.stream().filter(i -> i.keyword().equals("COPY")
        && i.arguments().startsWith("docker/entrypoint.sh ")).findFirst().orElseThrow(
            () -> new AssertionError("no COPY of docker/entrypoint.sh"));
    assertThat(copied.arguments()).endsWith(" /app/entrypoint.sh");
    assertThat(runtime.indexOf(copied)).as("the entry point belongs to root").isLessThan(userAt);
    assertThat(Files.isExecutable(DOCKER.resolve("entrypoint.sh"))).as("entrypoint.sh is executable").isTrue();
  }

  /**
   * The image's start (entrypoint.sh), run with a stand-in {@code java} that prints its arguments: the archive when
   * it is there, C1 alone for the demo (no profile, or profiles without prod or postgres, from the environment or
   * an argument), both compilers in production, Majlis's own arguments after the jar.
   */
  @Test
  void theEntryPointStartsTheDemoWithC1AloneAndProductionWithBothCompilers(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path java = bin.resolve("java");
    Files.writeString(java, "#!/bin/sh\necho \"$@\"\n");
    java.toFile().setExecutable(true);
    Path app = Files.createDirectories(dir.resolve("app"));
    String jar = "-jar " + app.resolve("majlis.jar");
    String c1 = "-XX:TieredStopAtLevel=1";

    assertThat(entryPoint(bin, app, null)).isEqualTo(c1 + " " + jar);
    assertThat(entryPoint(bin, app, "default")).isEqualTo(c1 + " " + jar);
    assertThat(entryPoint(bin, app, "prod")).isEqualTo(jar);
    assertThat(entryPoint(bin, app, "postgres,prod", "--server.port=9090")).isEqualTo(jar + " --server.port=9090");
    assertThat(entryPoint(bin, app, "prod", "--spring.profiles.active=default"))
        .isEqualTo(c1 + " " + jar + " --spring.profiles.active=default");
    assertThat(entryPoint(bin, app, null, "--spring.profiles.active=postgres"))
        .isEqualTo(jar + " --spring.profiles.active=postgres");

    Files.writeString(app.resolve("majlis.jsa"), "");
    String archive = "-XX:SharedArchiveFile=" + app.resolve("majlis.jsa");
    assertThat(entryPoint(bin, app, "prod")).isEqualTo(archive + " " + jar);
    assertThat(entryPoint(bin, app, null)).isEqualTo(archive + " " + c1 + " " + jar);
  }

  /** What entrypoint.sh runs: the arguments it gives {@code java}. */
  private static String entryPoint(Path bin, Path app, String profiles, String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("sh", DOCKER.resolve("entrypoint.sh").toString()));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.put("PATH", bin + ":/usr/bin:/bin");
    env.put("MAJLIS_APP_DIR", app.toString());
    env.remove("SPRING_PROFILES_ACTIVE");
    if (profiles != null) {
      env.put("SPRING_PROFILES_ACTIVE", profiles);
    }
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(process.waitFor()).as(out).isZero();
    return out;
  }

  @Test
  @SuppressWarnings("unchecked")
  void composeRunsPostgresWithAVolumeAndAHealthCheckAndTwoProdNodes() throws IOException {
    Map<String, Object> compose = new Yaml().load(read("compose.yaml"));
    Map<String, Object> services = (Map<String, Object>) compose.get("services");

    Map<String, Object> postgres = (Map<String, Object>) services.get("postgres");
    assertThat(postgres).as("the postgres service").isNotNull();
    assertThat((String) postgres.get("image")).startsWith("postgres:");
    List<String> volumes = (List<String>) postgres.get("volumes");
    assertThat(volumes).as("postgres volumes").anyMatch(v -> v.endsWith(":/var/lib/postgresql/data"));
    String volume = volumes.get(0).split(":")[0];
    assertThat((Map<String, Object>) compose.get("volumes")).as("named volume").containsKey(volume);
    Map<String, Object> postgresHealth = (Map<String, Object>) postgres.get("healthcheck");
    assertThat(String.valueOf(postgresHealth.get("test"))).contains("pg_isready");
    assertThat(postgres.get("ports")).as("the database is not published").isNull();

    List<String> nodes = services.keySet().stream().filter(name -> name.startsWith("majlis")).toList();
    assertThat(nodes).hasSize(2);
    for (String name : nodes) {
      Map<String, Object> node = (Map<String, Object>) services.get(name);
      assertThat(environment(node)).as(name).containsEntry("SPRING_PROFILES_ACTIVE", "prod");
      Map<String, Object> dependsOn = (Map<String, Object>) node.get("depends_on");
      assertThat((Map<String, Object>) dependsOn.get("postgres")).as(name)
          .containsEntry("condition", "service_healthy");
      List<String> ports = (List<String>) node.get("ports");
      assertThat(ports).as(name + " publishes the application port").anyMatch(p -> p.endsWith(":8080"));
      assertThat(ports).as(name + " keeps the management port private")
          .allMatch(p -> !p.endsWith(":8081") || p.startsWith("127.0.0.1:"));
      assertThat(node.get("build") != null || node.get("image") != null).isTrue();
    }
  }

  @Test
  void envExampleNamesEveryVariableThatComposeUses() throws IOException {
    Matcher used = Pattern.compile("\\$\\{([A-Z0-9_]+)").matcher(read("compose.yaml"));
    Map<String, String> example = new LinkedHashMap<>();
    for (String line : read(".env.example").split("\n")) {
      if (!line.isBlank() && !line.strip().startsWith("#") && line.contains("=")) {
        example.put(line.substring(0, line.indexOf('=')).strip(), line.substring(line.indexOf('=') + 1));
      }
    }
    while (used.find()) {
      assertThat(example).as(".env.example").containsKey(used.group(1));
    }
    assertThat(example).containsKeys("MAJLIS_ADMIN_ID", "MAJLIS_ADMIN_PASSWORD", "MAJLIS_DB_URL", "MAJLIS_DB_USER",
        "MAJLIS_DB_PASSWORD", "POSTGRES_DB", "POSTGRES_USER", "POSTGRES_PASSWORD", "MAJLIS_MAIL_HOST");
    // placeholders only
    assertThat(example.get("MAJLIS_ADMIN_PASSWORD")).startsWith("change-me");
    assertThat(example.get("POSTGRES_PASSWORD")).startsWith("change-me");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> environment(Map<String, Object> service) {
    Object environment = service.get("environment");
    Map<String, String> result = new LinkedHashMap<>();
    if (environment instanceof Map<?, ?> map) {
      map.forEach((k, v) -> result.put(String.valueOf(k), String.valueOf(v)));
    } else if (environment instanceof List<?> list) {
      for (String entry : (List<String>) list) {
        int eq = entry.indexOf('=');
        result.put(eq < 0 ? entry : entry.substring(0, eq), eq < 0 ? "" : entry.substring(eq + 1));
      }
    }
    return result;
  }
}
