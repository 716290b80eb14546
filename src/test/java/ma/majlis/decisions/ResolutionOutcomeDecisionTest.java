package ma.majlis.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Standing rule 5, as the decision {@code resolution-outcome} applies it: adopted by the majority of the votes
 * cast (for &gt; against), abstentions are not votes cast, equal votes (also 0–0) are a tie for the chair.
 */
@Deployment(resources = "processes/resolution-outcome.dmn")
class ResolutionOutcomeDecisionTest {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

  @ParameterizedTest(name = "{0} for, {1} against, {2} abstain -> {3}")
  @CsvSource({
      // clear majorities
      "10, 0, 0, ADOPTED",
      "6, 5, 1, ADOPTED",
      "2, 9, 0, REJECTED",
      "5, 6, 0, REJECTED",
      // ties, including nobody voting for or against
      "5, 5, 0, TIE",
      "0, 0, 0, TIE",
      "3, 3, 4, TIE",
      // abstentions are never counted, whatever their number
      "1, 0, 9, ADOPTED",
      "0, 1, 9, REJECTED",
      "0, 0, 10, TIE",
      "4, 3, 5, ADOPTED"
  })
  void abstentionsNeverCountAndEqualVotesAreATie(int votesFor, int votesAgainst, int votesAbstain, String expected) {
    Map<String, Object> result = extension.getDecisionService().evaluateDecisionByKey("resolution-outcome")
        .variables(Variables.createVariables()
            .putValue("votesFor", votesFor)
            .putValue("votesAgainst", votesAgainst)
            .putValue("votesAbstain", votesAbstain))
        .evaluate()
        .getSingleResult().getEntryMap();

    assertThat(result).containsEntry("outcome", expected);
  }
}
