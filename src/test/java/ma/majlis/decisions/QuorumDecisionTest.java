package ma.majlis.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Board rule 3 (quorum) as the {@code quorum} decision table, checked against cases written from the rule:
 * round 1 needs half of the voting members not recused (rounded up) present or represented, recused members
 * not counted; from round 2 on the board deliberates whatever the number present.
 */
@Deployment(resources = "processes/quorum.dmn")
class QuorumDecisionTest {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

  @ParameterizedTest(name = "{0}: {1} voting, {2} present, {3} represented, {4} recused, round {5} -> required {6}, reached {7}")
  @CsvSource(textBlock = """
      # case,                                         voting, present, represented, recused, round, required, reached
      exactly half present,                             12,      6,        0,         0,      1,      6,      true
      one short of half,                                12,      5,        0,         0,      1,      6,      false
      proxies complete the quorum,                      12,      4,        2,         0,      1,      6,      true
      proxies still one short,                          12,      3,        2,         0,      1,      6,      false
      recused member lowers both sides (reached),       12,      7,        0,         1,      1,      6,      true
      recused member is not counted (one short),        12,      6,        0,         1,      1,      6,      false
      recused member holding a proxy,                   12,      5,        2,         1,      1,      6,      true
      odd number after recusal rounds up,               12,     11,        0,         1,      1,      6,      true
      odd number of members rounds up (reached),        11,      6,        0,         0,      1,      6,      true
      odd number of members rounds up (one short),      11,      5,        0,         0,      1,      6,      false
      seed session 2021-S2,                             12,      9,        1,         0,      1,      6,      true
      seed session without quorum,                      12,      4,        1,         0,      1,      6,      false
      nobody present at first convocation,              12,      0,        0,         0,      1,      6,      false
      second convocation with one member present,       12,      1,        0,         0,      2,      0,      true
      second convocation with three present,            12,      3,        0,         0,      2,      0,      true
      nobody present at second convocation,             12,      0,        0,         0,      2,      0,      true
      second convocation with a recusal,                12,      2,        0,         1,      2,      0,      true
      any later convocation deliberates,                12,      0,        0,         0,      3,      0,      true
      """)
  void quorumFollowsTheBoardRule(String description, int votingMembers, int present, int represented,
      int recused, int convocationRound, int expectedRequired, boolean expectedReached) {
    DmnDecisionResultEntries result = evaluate(votingMembers, present, represented, recused, convocationRound)
        .getSingleResult();

    assertThat(result).as("exactly one rule matches").isNotNull();
    Object required = result.getEntry("required");
    Object quorumReached = result.getEntry("quorumReached");
    assertThat(required).isInstanceOf(Integer.class).isEqualTo(expectedRequired);
    assertThat(quorumReached).isInstanceOf(Boolean.class).isEqualTo(expectedReached);
  }

  @Test
  void aRoundBeforeTheFirstMatchesNoRule() {
    DmnDecisionResult result = evaluate(12, 9, 1, 0, 0);

    assertThat(result).isEmpty();
  }

  private DmnDecisionResult evaluate(int votingMembers, int present, int represented, int recused,
      int convocationRound) {
    return extension.getDecisionService()
        .evaluateDecisionByKey("quorum")
        .variables(Variables.createVariables()
            .putValue("votingMembers", votingMembers)
            .putValue("present", present)
            .putValue("represented", represented)
            .putValue("recused", recused)
            .putValue("convocationRound", convocationRound))
        .evaluate();
  }
}
