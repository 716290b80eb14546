package ma.majlis.language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal the code makes is a text of the message files (issue #13): each {@code "error.*"} key written in
 * {@code src/main/java} exists in English, French and Arabic, and no refusal is made with a fixed English rule any
 * more ({@code new InputRejectedException(variable, "english rule")}).
 */
class ErrorTextsUsedTest {

  private static final Path SOURCES = Path.of("src", "main", "java");
  private static final Pattern KEY = Pattern.compile("\"(error\\.[A-Za-z0-9.]+)\"");

  @Test
  void everyErrorKeyInTheCodeHasItsTextInEveryLanguage() throws IOException {
    Map<String, Set<String>> used = new TreeMap<>();
    for (Path source : sources()) {
      Matcher m = KEY.matcher(Files.readString(source, StandardCharsets.UTF_8));
      while (m.find()) {
        used.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(source.getFileName().toString());
      }
    }
    assertThat(used).as("error keys found in src/main/java").hasSizeGreaterThan(100);
    for (Language language : Language.values()) {
      Map<String, Set<String>> missing = new TreeMap<>(used);
      missing.keySet().removeIf(key -> Texts.has(language, key));
      assertThat(missing).as("keys used in the code (with the files that use them) without a text in"
          + " messages_%s.properties", language.tag()).isEmpty();
    }
  }

  @Test
  void noRefusalIsMadeWithAFixedEnglishRule() throws IOException {
    Set<String> english = new TreeSet<>();
    for (Path source : sources()) {
      String text = Files.readString(source, StandardCharsets.UTF_8);
      if (text.contains("new InputRejectedException(") && !source.endsWith("InputRejectedException.java")) {
        english.add(SOURCES.relativize(source).toString());
      }
    }
    assertThat(english).as("use InputRejectedException.of(variable, \"error.<area>.<rule>\", args...)").isEmpty();
  }

  private static Set<Path> sources() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      Set<Path> java = new TreeSet<>();
      files.filter(f -> f.toString().endsWith(".java")).forEach(java::add);
      assertThat(java).as("the sources, from the project's directory").isNotEmpty();
      return java;
    }
  }
}
