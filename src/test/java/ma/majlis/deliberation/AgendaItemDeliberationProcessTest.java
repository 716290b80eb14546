package ma.majlis.deliberation;

import org.assertj.core.api.Assertions;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

@Deployment(resources = {"processes/agenda-item-deliberation.bpmn", "processes/resolution-outcome.dmn",
    "decisions/quorum-test.dmn"})
class AgendaItemDeliberationProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineCoverageExtension.builder().build();

  static final String SESSION = "CA-2021-S2";

  JdbcTemplate jdbc;
  ResolutionRegister register;
  VoteBook voteBook;
  DeferredItems deferredItems;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    jdbc = TestDatabase.migrated();
    register = new ResolutionRegister(jdbc);
    voteBook = new VoteBook(jdbc);
    deferredItems = new DeferredItems(jdbc);
    Mocks.register("prepareItemDelegate", new PrepareItemDelegate());
    Mocks.register("declareInterestsCheck", new DeclareInterestsCheck());
    Mocks.register("countItemVotersDelegate", new CountItemVotersDelegate());
    Mocks.register("recordDebateCheck", new RecordDebateCheck());
    Mocks.register("recordVoteTallyCheck", new RecordVoteTallyCheck());
    Mocks.register("prepareRollCallDelegate", new PrepareRollCallDelegate(voteBook));
    Mocks.register("castVoteCheck", new CastVoteCheck(voteBook));
    Mocks.register("countVotesDelegate", new CountVotesDelegate(voteBook));
    Mocks.register("castDecidingVoteCheck", new CastDecidingVoteCheck());
    Mocks.register("registerResolutionDelegate", new RegisterResolutionDelegate(register));
    Mocks.register("decideOnRejectionCheck", new DecideOnRejectionCheck());
    Mocks.register("deferItemDelegate", new DeferItemDelegate(deferredItems));
  }

  @AfterEach
  void tearDown() {
    extension.getProcessEngine().getIdentityService().clearAuthentication();
    BpmnAwareTests.reset();
    Mocks.reset();
  }

  static final String ATTENDANCE_9_PLUS_PROXY = "[{\"memberId\":\"chair\",\"status\":\"PRESENT\"},"
      + "{\"memberId\":\"member01\",\"status\":\"PRESENT\"},{\"memberId\":\"member02\",\"status\":\"PRESENT\"},"
      + "{\"memberId\":\"member03\",\"status\":\"PRESENT\"},{\"memberId\":\"member04\",\"status\":\"PRESENT\"},"
      + "{\"memberId\":\"member05\",\"status\":\"PRESENT\"},{\"memberId\":\"member06\",\"status\":\"PRESENT\"},"
      + "{\"memberId\":\"member07\",\"status\":\"PRESENT\"},{\"memberId\":\"member08\",\"status\":\"PRESENT\"},"
      + "{\"memberId\":\"member09\",\"status\":\"ABSENT\"},"
      + "{\"memberId\":\"member10\",\"status\":\"REPRESENTED\",\"proxyHolder\":\"member01\"},"
      + "{\"memberId\":\"member11\",\"status\":\"ABSENT\"}]";

  ProcessInstance start(String voteMode, String attendance, int itemIndex) {
    VariableMap vars = Variables.createVariables()
        .putValue("agendaItem", SpinValues.jsonValue("{\"title\":\"Draft action plan 2022\",\"kind\":\"DELIBERATION\","
            + "\"subject\":\"ACTION_PLAN\",\"rapporteur\":\"director\",\"draftResolution\":\"The board adopts the action plan 2022.\","
            + "\"itemIndex\":" + itemIndex + "}").create())
        .putValue("sessionKey", SESSION)
        .putValue("voteMode", voteMode)
        .putValue("attendance", SpinValues.jsonValue(attendance).create())
        .putValue("votingMembers", 12)
        .putValue("convocationRound", 1)
        .putValue("chairId", "chair");
    return runtimeService().startProcessInstanceByKey("agenda-item-deliberation", SESSION, vars);
  }

  @Test
  void tallyAdoptedRegistersTheResolution() {
    ProcessInstance pi = start("TALLY", ATTENDANCE_9_PLUS_PROXY, 3);
    assertThat(pi).isWaitingAt("Task_DeclareInterests");
    complete(task(), Map.of("recusals", SpinValues.jsonValue("[]").create()));
    assertThat(pi).isWaitingAt("Task_RecordDebate").variables().containsEntry("quorumReached", true)
        .containsEntry("eligibleVoters", 10).containsEntry("resolutionText", "The board adopts the action plan 2022.");
    complete(task(), Map.of("debateSummary", "Members discussed", "resolutionText", "The board adopts the action plan 2022."));
    assertThat(pi).isWaitingAt("Task_RecordVoteTally");
    complete(task(), Map.of("votesFor", 10L, "votesAgainst", 0L, "votesAbstain", 0L));
    assertThat(pi).isWaitingAt("ServiceTask_RegisterResolution");
    execute(job());
    assertThat(pi).isEnded().hasPassed("EndEvent_ResolutionAdopted").variables()
        .containsEntry("outcome", "ADOPTED").containsEntry("resolutionNumber", "CA-2021-S2-R01")
        .containsEntry("itemStatus", "ADOPTED");
  }
}
