package ma.majlis.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Board rule 2 (notice) as the {@code convocation-notice} decision table: 15 days for an ordinary session's
 * first convocation, 3 days for an extraordinary session or a second convocation, and no value at all for a
 * session kind the statutes do not know (the caller must not guess a notice).
 */
@Deployment(resources = "processes/convocation-notice.dmn")
class ConvocationNoticeDecisionTest {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

  @ParameterizedTest(name = "{0}: {1} session, round {2} -> {3} days")
  @CsvSource(textBlock = """
      # case,                                          kind,          round, minimumNoticeDays (empty = no rule)
      ordinary session first convocation,              ORDINARY,      1,     15
      ordinary session second convocation,             ORDINARY,      2,     3
      ordinary session later convocation,              ORDINARY,      3,     3
      extraordinary session first convocation,         EXTRAORDINARY, 1,     3
      extraordinary session second convocation,        EXTRAORDINARY, 2,     3
      unknown session kind gives no value,             SPECIAL,       1,
      session kind is case sensitive,                  ordinary,      1,
      ordinary session before the first round,         ORDINARY,      0,
      """)
  void minimumNoticeFollowsTheBoardRule(String description, String sessionKind, int convocationRound,
      Integer expectedDays) {
    DmnDecisionResult result = extension.getDecisionService()
        .evaluateDecisionByKey("convocation-notice")
        .variables(Variables.createVariables()
            .putValue("sessionKind", sessionKind)
            .putValue("convocationRound", convocationRound))
        .evaluate();

    if (expectedDays == null) {
      assertThat(result).as("no rule matches").isEmpty();
      assertThat((Object) result.getSingleEntry()).isNull();
    } else {
      assertThat(result).as("exactly one rule matches").hasSize(1);
      Object days = result.getSingleResult().getEntry("minimumNoticeDays");
      assertThat(days).isInstanceOf(Integer.class).isEqualTo(expectedDays);
    }
  }
}
