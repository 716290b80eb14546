package ma.majlis.platform;

import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.List;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first uses made before anyone needs them (issue #17): every warm-up is found, runs without failing on the
 * models and texts Majlis ships, and a failure is reported, not thrown. They run without an application context: no
 * bean, no database, so they cannot write anything.
 */
class WarmUpsTest {

  @Test
  void theDecisionsComeFirstThenTheMailThenTheCalendarThenTheDocuments() {
    // the order of the first uses: the convocation's step (its notice decision before its letter), then the minutes
    assertThat(WarmUps.all()).extracting(WarmUp::name).containsExactly("decisions", "mail", "calendar", "documents");
  }

  @Test
  void everyWarmUpRunsOnWhatMajlisShips() {
    Map<String, Object> outcome = WarmUps.runAll(WarmUps.all());
    assertThat(outcome).containsOnlyKeys("decisions", "mail", "calendar", "documents");
    // a time in ms for each, never "failed: ...": a changed model, template or text that a warm-up can no longer use
    // fails here
    assertThat(outcome.values()).allSatisfy(v -> assertThat(v).isInstanceOf(Long.class));
  }

  @Test
  void eachDeployedDecisionIsEvaluatedOnAValueForEveryNameItReads() throws Exception {
    Resource[] models = new PathMatchingResourcePatternResolver().getResources(DecisionsWarmUp.MODELS);
    assertThat(models).extracting(Resource::getFilename)
        .contains("quorum.dmn", "convocation-notice.dmn", "resolution-outcome.dmn");
    Map<String, Object> quorum = DecisionsWarmUp.sample(model("quorum.dmn"));
    // the input by its type, the other names of its expressions as numbers; a function (ceiling) and the input's
    // own variable (round, set by the engine) are not variables to give
    assertThat(quorum).containsEntry("convocationRound", 1).containsKeys("present", "represented", "recused",
        "votingMembers").doesNotContainKeys("ceiling", "round");
    Map<String, Object> notice = DecisionsWarmUp.sample(model("convocation-notice.dmn"));
    // a string's words ("ORDINARY") are not names
    assertThat(notice).containsEntry("sessionKind", "sample").doesNotContainKeys("ORDINARY", "EXTRAORDINARY");
  }

  @Test
  void aFailedWarmUpIsReportedAndTheOthersStillRun() {
    WarmUp failing = new WarmUp() {
      public String name() {
        return "broken";
      }

      public void run() {
        throw new IllegalStateException("no such template");
      }
    };
    Map<String, Object> outcome = WarmUps.runAll(List.of(failing, new Probe()));
    assertThat((String) outcome.get("broken")).startsWith("failed: ").contains("no such template");
    assertThat(outcome.get("probe")).isInstanceOf(Long.class);
  }

  @Test
  void theyRunOncePerJvmAndNotWhenTurnedOff() throws Exception {
    AtomicBoolean started = new AtomicBoolean();
    assertThat(WarmUps.start(new MockEnvironment().withProperty("majlis.warm-up", "false"), started)).isNull();
    assertThat(started).isFalse();

    CompletableFuture<Map<String, Object>> done = WarmUps.start(new MockEnvironment(), started);
    assertThat(done).isNotNull();
    assertThat(done.get(2, TimeUnit.MINUTES)).containsOnlyKeys("decisions", "mail", "calendar", "documents");
    assertThat(started).isTrue();
    // a second application context in the same JVM (the tests', the benchmark's) starts none
    assertThat(WarmUps.start(new MockEnvironment(), started)).isNull();
  }

  private static DmnModelInstance model(String name) throws Exception {
    try (InputStream in = WarmUpsTest.class.getClassLoader().getResourceAsStream("processes/" + name)) {
      return Dmn.readModelFromStream(in);
    }
  }

  /** A warm-up that does nothing but be counted. */
  private static final class Probe implements WarmUp {
    public String name() {
      return "probe";
    }

    public void run() {
    }
  }
}
