package ma.majlis.deliberation;

import ma.majlis.support.H2Database;

import org.assertj.core.api.Assertions;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.List;
import java.util.Map;
import java.util.Set;

import ma.majlis.platform.InputRejectedException;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
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
    "processes/quorum.dmn", "forms/declare-interests.form", "forms/record-debate.form",
    "forms/record-vote-tally.form", "forms/cast-vote.form", "forms/cast-deciding-vote.form",
    "forms/decide-on-rejection.form", "forms/cast-secret-ballot.form"})
class AgendaItemDeliberationProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineCoverageExtension.builder()
      .assertClassCoverageAtLeast(1.0).build();

  static final String SESSION = "CA-2021-S2";

  JdbcTemplate jdbc;
  ResolutionRegister register;
  VoteBook voteBook;
  DeferredItems deferredItems;
  ItemRecords items;
  SecretBallotBox box;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    jdbc = H2Database.migrated();
    register = new ResolutionRegister(jdbc);
    voteBook = new VoteBook(jdbc);
    deferredItems = new DeferredItems(jdbc, new ma.majlis.agenda.PendingAgendaItems(jdbc));
    items = new ItemRecords(jdbc);
    ma.majlis.board.SessionRegistry sessions = new ma.majlis.board.SessionRegistry(jdbc);
    ma.majlis.board.SessionChair chair = new ma.majlis.board.SessionChair(
        new ma.majlis.board.SessionRecords(jdbc, sessions), sessions, new ma.majlis.board.Bodies(jdbc),
        extension.getProcessEngine().getIdentityService());
    Mocks.register("prepareItemDelegate", new PrepareItemDelegate());
    Mocks.register("declareInterestsCheckAndRecord", new DeclareInterestsCheckAndRecord(items));
    Mocks.register("countItemVotersDelegate", new CountItemVotersDelegate(items));
    Mocks.register("recordDebateCheckAndRecord", new RecordDebateCheckAndRecord(items));
    Mocks.register("recordVoteTallyCheck", new RecordVoteTallyCheckAndRecord(items));
    Mocks.register("itemRecords", items);
    Mocks.register("prepareRollCallDelegate", new PrepareRollCallDelegate(voteBook, items));
    Mocks.register("ballotElements", new BallotElements());
    Mocks.register("castVoteCheckAndRecord", new CastVoteCheckAndRecord(voteBook));
    Mocks.register("countVotesDelegate", new CountVotesDelegate(voteBook, items));
    Mocks.register("castDecidingVoteCheck", new CastDecidingVoteCheckAndRecord(chair, items));
    Mocks.register("registerResolutionDelegate", new RegisterResolutionDelegate(register, items));
    Mocks.register("recordOutcomeListener", new RecordOutcomeListener(items));
    Mocks.register("decideOnRejectionCheck", new DecideOnRejectionCheckAndRecord(chair, items));
    Mocks.register("deferItemDelegate", new DeferItemDelegate(deferredItems, items));
    box = new SecretBallotBox(jdbc);
    Mocks.register("issueSecretBallotsDelegate", new IssueSecretBallotsDelegate(box, items));
    Mocks.register("castSecretBallotCheckAndRecord", new CastSecretBallotCheckAndRecord(box));
    Mocks.register("countSecretBallotsDelegate", new CountSecretBallotsDelegate(box, items));
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

  /** The instance under test: the helpers act on it. */
  ProcessInstance current;

  Task itemTask(String taskKey) {
    return task(taskKey, current);
  }

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
    recordSession(attendance, voteMode);
    current = runtimeService().startProcessInstanceByKey("agenda-item-deliberation", SESSION, vars);
    return current;
  }

  /**
   * What the session recorded before its deliberations, as the steps read it: the session convened with its chair,
   * the attendance of the day (the variable passed to the deliberation is only a copy).
   */
  void recordSession(String attendance, String voteMode) {
    if (jdbc.queryForObject("select count(*) from board_session where business_key = ?", Integer.class, SESSION) == 0) {
      jdbc.update("insert into board_session (business_key, body_code, session_year, session_number, session_kind,"
          + " planned_start, venue, session_format, vote_mode, process_instance_id, status, created_at, chair_id)"
          + " values (?, 'CA', 2021, 2, 'ORDINARY', timestamp '2021-12-24 10:00:00', 'Rabat', 'IN_PERSON', 'TALLY',"
          + " 'none', 'OPEN', current_timestamp, 'chair')", SESSION);
    }
    jdbc.update("update board_session set vote_mode = ? where business_key = ?", voteMode, SESSION);
    jdbc.update("delete from session_attendance where session_key = ?", SESSION);
    for (AttendanceEntry a : AttendanceEntry.fromJson(org.camunda.spin.Spin.JSON(attendance))) {
      jdbc.update("insert into session_attendance (session_key, convocation_round, member_id, status, proxy_holder)"
          + " values (?, 1, ?, ?, ?)", SESSION, a.memberId(), a.status().name(), a.proxyHolder());
    }
  }

  // ---- helpers -------------------------------------------------------------------------------------------

  static String attendance(int present, String... extra) {
    StringBuilder json = new StringBuilder("[{\"memberId\":\"chair\",\"status\":\"PRESENT\"}");
    for (int i = 1; i < present; i++) {
      json.append(String.format(",{\"memberId\":\"member%02d\",\"status\":\"PRESENT\"}", i));
    }
    for (String e : extra) {
      json.append(',').append(e);
    }
    return json.append(']').toString();
  }

  static Object json(String text) {
    return SpinValues.jsonValue(text).create();
  }

  void declareInterests(String recusalsJson) {
    complete(itemTask("Task_DeclareInterests"), Map.of("recusals", json(recusalsJson)));
  }

  void recordDebate(String finalText) {
    complete(itemTask("Task_RecordDebate"), Map.of("debateSummary", "The members discussed the draft.", "resolutionText", finalText));
  }

  void recordTally(long votesFor, long votesAgainst, long votesAbstain) {
    complete(itemTask("Task_RecordVoteTally"),
        Map.of("votesFor", votesFor, "votesAgainst", votesAgainst, "votesAbstain", votesAbstain));
  }

  void registerResolution(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("ServiceTask_RegisterResolution");
    execute(job(current));
  }

  List<Task> ballotsOf(String voter) {
    return taskService().createTaskQuery().taskDefinitionKey("Task_CastVote").taskAssignee(voter).list();
  }

  List<Task> openBallots(ProcessInstance pi) {
    return taskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_CastVote").list();
  }

  List<String> candidateGroups(Task task) {
    return taskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null).map(l -> l.getGroupId()).toList();
  }

  /** The engine wraps a check's refusal (ENGINE-03051); the REST layer answers with the refusal it carries. */
  static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertRefused(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String message) {
    return Assertions.assertThatThrownBy(call).hasRootCauseInstanceOf(InputRejectedException.class)
        .hasRootCauseMessage(message);
  }

  void vote(Task ballot, String vote) {
    identityService().setAuthenticatedUserId(ballot.getAssignee());
    try {
      taskService().complete(ballot.getId(), Map.of("vote", vote));
    } finally {
      identityService().clearAuthentication();
    }
    // the ballot's completion commits on its own; ending its instance is a job (asyncAfter on the loop), and so is
    // leaving the parallel ballots once the last one ended (asyncAfter on the task)
    for (int i = 0; i < 3; i++) {
      managementService().createJobDefinitionQuery().list().stream()
          .filter(d -> d.getActivityId().startsWith("Task_CastVote"))
          .flatMap(d -> managementService().createJobQuery().processInstanceId(ballot.getProcessInstanceId())
              .jobDefinitionId(d.getId()).list().stream())
          .forEach(BpmnAwareTests::execute);
    }
  }

  ProcessInstance startRollCall(String attendance) {
    ProcessInstance pi = start("ROLL_CALL", attendance, 4);
    declareInterests("[]");
    recordDebate("The board adopts the budget 2022.");
    assertThat(pi).isWaitingAt("ServiceTask_PrepareRollCall");
    execute(job(current));
    assertThat(pi).isWaitingAt("Task_CastVote");
    return pi;
  }

  // ---- tally ---------------------------------------------------------------------------------------------

  @Test
  void tallyAdoptedRegistersTheResolution() {
    ProcessInstance pi = start("TALLY", ATTENDANCE_9_PLUS_PROXY, 3);
    assertThat(pi).isWaitingAt("Task_DeclareInterests");
    assertThat(task()).isAssignedTo(null).hasCandidateGroup("board-secretariat");
    declareInterests("[]");
    assertThat(pi).isWaitingAt("Task_RecordDebate").variables().containsEntry("quorumReached", true)
        .containsEntry("quorumRequired", 6).containsEntry("resolutionText", "The board adopts the action plan 2022.")
        // what the forms show of the item is computed when a form is read (ItemCaptions), never a variable
        .doesNotContainKeys("itemTitle", "eligibleVoters", "voteRound");
    Assertions.assertThat(items.electorate(SESSION, 3).eligibleVoters()).as("the electorate as recorded").isEqualTo(10);
    recordDebate("The board adopts the action plan 2022, as amended.");
    assertThat(pi).isWaitingAt("Task_RecordVoteTally");
    recordTally(10, 0, 0);
    Assertions.assertThat(items.count(new ItemRecords.Round(SESSION, 3, 1))).as("the tally and its outcome, recorded by the completion")
        .contains(new ItemRecords.Count(new VoteTally(10, 0, 0), "ADOPTED", null));
    // the count's variables, changed before the register: it numbers the resolution from the record
    runtimeService().setVariable(pi.getId(), "votesFor", 4);
    runtimeService().setVariable(pi.getId(), "votesAgainst", 6);
    runtimeService().setVariable(pi.getId(), "outcome", "REJECTED");
    registerResolution(pi);

    assertThat(pi).isEnded().hasPassed("EndEvent_ResolutionAdopted").hasNotPassed("Task_CastDecidingVote")
        .variables().containsEntry("resolutionNumber", "CA-2021-S2-R01").containsEntry("itemStatus", "ADOPTED");
    Resolution r = register.find("CA-2021-S2-R01").orElseThrow();
    Assertions.assertThat(r.outcome()).isEqualTo("ADOPTED");
    Assertions.assertThat(r.finalText()).isEqualTo("The board adopts the action plan 2022, as amended.");
    Assertions.assertThat(List.of(r.votesFor(), r.votesAgainst(), r.votesAbstain())).containsExactly(10, 0, 0);
    Assertions.assertThat(r.recusals()).isEqualTo("[]");
    Assertions.assertThat(r.castingVote()).isNull();
    Assertions.assertThat(r.itemIndex()).isEqualTo(3);
    Assertions.assertThat(r.subject()).isEqualTo("ACTION_PLAN");

    // what the registration read in one statement is what the record's separate reads give
    ItemRecords.Round round = new ItemRecords.Round(SESSION, 3, 1);
    ItemRecords.Registration read = items.registration(round);
    Assertions.assertThat(read.count()).isEqualTo(items.count(round));
    Assertions.assertThat(read.resolutionText()).isEqualTo(items.debate(SESSION, 3, 1)
        .map(ItemRecords.Debate::resolutionText));
    Assertions.assertThat(read.recusals()).isEqualTo(items.recusals(SESSION, 3)).isEmpty();
    Assertions.assertThat(read.voteMode()).isEqualTo("TALLY");
    Assertions.assertThat(read.corrects()).isEmpty();
    Assertions.assertThat(items.registration(new ItemRecords.Round(SESSION, 3, 2)).count()).as("no such round")
        .isEmpty();
    Assertions.assertThatThrownBy(() -> items.registration(new ItemRecords.Round("CA-1999-S9", 3, 1)))
        .hasMessage("Session CA-1999-S9 is not registered");
  }

  /**
   * A tally round of item 3 as it was before the count was recorded: {@code asBefore} changes the record the way such
   * a round left it, then the round is registered. Returns the resolution.
   */
  private Resolution registeredAsBefore(ProcessInstance pi, int votesFor, int against, int abstain, String asBefore) {
    declareInterests("[]");
    recordDebate("The board adopts the action plan 2022.");
    recordTally(votesFor, against, abstain);
    jdbc.update(asBefore, SESSION);
    registerResolution(pi);
    Resolution r = register.find("CA-2021-S2-R01").orElseThrow();
    Assertions.assertThat(List.of(r.votesFor(), r.votesAgainst(), r.votesAbstain()))
        .containsExactly(votesFor, against, abstain);
    return r;
  }

  @Test
  void aRoundCountedBeforeTheCountWasRecordedIsRegisteredFromItsVariables() {
    ProcessInstance pi = start("TALLY", ATTENDANCE_9_PLUS_PROXY, 3);
    // such a round waits at the register with its count in variables only
    Resolution r = registeredAsBefore(pi, 7, 2, 1, "delete from item_count where session_key = ?");
    assertThat(pi).isEnded().hasPassed("EndEvent_ResolutionAdopted");
    Assertions.assertThat(r.outcome()).isEqualTo("ADOPTED");
  }

  @Test
  void aRoundDecidedByAnEarlierVersionWithoutTheOutcomesListenerIsRegisteredWithItsVariablesOutcome() {
    ProcessInstance pi = start("TALLY", ATTENDANCE_9_PLUS_PROXY, 3);
    // the count recorded by this version's tally, the outcome not (the earlier process version has no listener)
    Resolution r = registeredAsBefore(pi, 2, 7, 0, "update item_count set outcome = null where session_key = ?");
    Assertions.assertThat(r.outcome()).isEqualTo("REJECTED");
    assertThat(pi).isWaitingAt("Task_DecideOnRejection");
  }

  @Test
  void tallyWithMoreVotesThanEligibleVotersIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance pi = start("TALLY", ATTENDANCE_9_PLUS_PROXY, 3);
    declareInterests("[\"member02\"]");
    recordDebate("Text");
    Task tally = itemTask("Task_RecordVoteTally");

    assertRefused(() -> recordTally(8, 1, 1),
        "votesFor + votesAgainst + votesAbstain: must not exceed the 9 eligible voters"
            + " (present + represented - recused), got 10");
    Assertions.assertThatThrownBy(() -> recordTally(-1, 0, 0))
        .rootCause().hasMessageStartingWith("votesFor: must be from 0");
    assertThat(pi).isWaitingAt("Task_RecordVoteTally");
    Assertions.assertThat(itemTask("Task_RecordVoteTally").getId()).isEqualTo(tally.getId());

    recordTally(8, 1, 0);
    registerResolution(pi);
    assertThat(pi).isEnded().variables().containsEntry("outcome", "ADOPTED");
    Assertions.assertThat(register.find("CA-2021-S2-R01").orElseThrow().recusals()).isEqualTo("[\"member02\"]");
  }

  @Test
  void recusalOfAMemberWhoIsNotAttendingIsRefused() {
    ProcessInstance pi = start("TALLY", ATTENDANCE_9_PLUS_PROXY, 3);
    assertRefused(() -> declareInterests("[\"member09\"]"),
        "recusals: only a member present or represented can be recused:"
            + " member09 is not a member present or represented at this session");
    assertThat(pi).isWaitingAt("Task_DeclareInterests");
  }

  @Test
  void itemBelowQuorumAfterRecusalsIsDeferredWithoutAVote() {
    // 6 present of 12: enough for the session, but with 1 recusal 5 count and 6 (half of 11, rounded up) are needed
    ProcessInstance pi = start("TALLY", attendance(6), 5);
    declareInterests("[{\"memberId\":\"member03\"}]");   // a dynamic list's shape is accepted too

    assertThat(pi).isWaitingAt("ServiceTask_DeferItem").variables()
        .containsEntry("quorumReached", false).containsEntry("quorumRequired", 6).containsEntry("recused", 1);
    execute(job(current));

    assertThat(pi).isEnded().hasPassed("EndEvent_ItemDeferred")
        .hasNotPassed("Task_RecordDebate", "Task_RecordVoteTally", "ServiceTask_RegisterResolution")
        .variables().containsEntry("itemStatus", "DEFERRED").doesNotContainKey("resolutionNumber");
    Assertions.assertThat(register.forSession(SESSION)).isEmpty();
    Assertions.assertThat(deferredItems.forSession(SESSION)).singleElement()
        .satisfies(d -> {
          Assertions.assertThat(d.itemIndex()).isEqualTo(5);
          Assertions.assertThat(d.reason()).isEqualTo("NO_QUORUM_AFTER_RECUSALS");
          Assertions.assertThat(d.itemTitle()).isEqualTo("Draft action plan 2022");
        });
    Assertions.assertThat(new ma.majlis.agenda.PendingAgendaItems(jdbc).forBody("CA"))
        .as("the deferred item waits for the board's next session")
        .singleElement().satisfies(p -> Assertions.assertThat(p.title()).isEqualTo("Draft action plan 2022"));
  }

  // ---- roll call -----------------------------------------------------------------------------------------

  @Test
  void rollCallGivesOneBallotPerPresentVoterAndOnePerProxyAndCountsTheStoredVotes() {
    ProcessInstance pi = startRollCall(ATTENDANCE_9_PLUS_PROXY);

    Assertions.assertThat(openBallots(pi)).hasSize(10);
    List<Task> member01 = ballotsOf("member01");
    Assertions.assertThat(member01).hasSize(2);
    Assertions.assertThat(member01.stream().map(AgendaItemDeliberationProcessTest::onBehalfOf))
        .containsExactlyInAnyOrder(null, "member10");
    Assertions.assertThat(taskService().getVariablesLocal(member01.get(0).getId()))
        .as("a ballot's task holds no copy of its ballot").isEmpty();
    Assertions.assertThat(ballotsOf("member10")).isEmpty();
    Assertions.assertThat(ballotsOf("member09")).isEmpty();

    // 6 for (member01 votes FOR for himself and AGAINST for member10), 3 against, 1 abstention
    for (Task ballot : openBallots(pi)) {
      Object onBehalfOf = onBehalfOf(ballot);
      String voter = ballot.getAssignee();
      String vote = "member10".equals(onBehalfOf) ? "AGAINST"
          : Set.of("member02", "member03").contains(voter) ? "AGAINST"
          : "member04".equals(voter) ? "ABSTAIN" : "FOR";
      vote(ballot, vote);
    }
    registerResolution(pi);

    assertThat(pi).isEnded().hasPassed("ServiceTask_CountVotes", "EndEvent_ResolutionAdopted")
        .variables().containsEntry("votesFor", 6).containsEntry("votesAgainst", 3).containsEntry("votesAbstain", 1)
        .containsEntry("outcome", "ADOPTED").containsEntry("resolutionNumber", "CA-2021-S2-R01");
    Assertions.assertThat(jdbc.queryForObject("select vote from vote where mandate_id = 'member10'", String.class))
        .isEqualTo("AGAINST");
    Assertions.assertThat(jdbc.queryForObject("select voter_id from vote where mandate_id = 'member10'", String.class))
        .isEqualTo("member01");
    Resolution r = register.find("CA-2021-S2-R01").orElseThrow();
    Assertions.assertThat(r.voteMode()).isEqualTo("ROLL_CALL");
    Assertions.assertThat(List.of(r.votesFor(), r.votesAgainst(), r.votesAbstain())).containsExactly(6, 3, 1);
  }

  @Test
  void votesOfParallelBallotsDoNotOverwriteEachOther() {
    ProcessInstance pi = startRollCall(attendance(7));
    List<Task> ballots = openBallots(pi);
    vote(ballots.get(0), "FOR");
    vote(ballots.get(1), "AGAINST");
    Assertions.assertThat(runtimeService().getVariables(pi.getId())).doesNotContainKey("vote");
    ballots.subList(2, 7).forEach(b -> vote(b, "ABSTAIN"));
    assertThat(pi).isWaitingAt("Task_CastDecidingVote").variables()
        .containsEntry("votesFor", 1).containsEntry("votesAgainst", 1).containsEntry("votesAbstain", 5)
        .containsEntry("outcome", "TIE");
  }

  @Test
  void aVoterCannotCompleteAnotherVotersBallot() {
    ProcessInstance pi = startRollCall(ATTENDANCE_9_PLUS_PROXY);
    Task ballotOfMember02 = ballotsOf("member02").get(0);

    identityService().setAuthenticatedUserId("member03");
    assertRefused(() -> taskService().complete(ballotOfMember02.getId(), Map.of("vote", "AGAINST")),
        "vote: only member02 can cast this vote, not member03");
    identityService().clearAuthentication();

    Assertions.assertThat(ballotsOf("member02")).hasSize(1);
    Assertions.assertThat(voteBook.votesCast(SESSION, 4, 1)).isEmpty();
    assertThat(pi).isWaitingAt("Task_CastVote");
  }

  @Test
  void aMandateCannotVoteTwice() {
    ProcessInstance pi = startRollCall(ATTENDANCE_9_PLUS_PROXY);
    // member02's vote is already in the vote book (e.g. a duplicated submission): the ballot task is refused
    voteBook.cast(SESSION, 4, 1, new Ballot("member02", null), VoteChoice.FOR);

    identityService().setAuthenticatedUserId("member02");
    assertRefused(() -> taskService().complete(ballotsOf("member02").get(0).getId(), Map.of("vote", "AGAINST")),
        "vote: the vote of member02 has already been cast on this item");
    identityService().clearAuthentication();

    Assertions.assertThat(voteBook.votesCast(SESSION, 4, 1)).containsExactly(VoteChoice.FOR);
    Assertions.assertThat(openBallots(pi)).hasSize(10);
  }

  @Test
  void aVoterCannotVoteUnderAProxyNobodyGaveThem() {
    ProcessInstance pi = startRollCall(ATTENDANCE_9_PLUS_PROXY);
    Task ofMember02 = ballotsOf("member02").get(0);
    // completion variables cannot re-target a ballot: whose vote it is comes from the task's ballot
    identityService().setAuthenticatedUserId("member02");
    taskService().complete(ofMember02.getId(), Map.of("vote", "FOR", "onBehalfOf", "member05"));
    Assertions.assertThat(jdbc.queryForObject("select vote from vote where mandate_id = 'member02'", String.class))
        .isEqualTo("FOR");
    Assertions.assertThat(jdbc.queryForObject("select vote from vote where mandate_id = 'member05'", String.class))
        .isNull();

    // even a ballot changed directly is checked against the ballots issued
    Task ofMember03 = ballotsOf("member03").get(0);
    runtimeService().setVariableLocal(ofMember03.getExecutionId(), "ballot",
        org.camunda.spin.Spin.JSON("{\"voterId\":\"member03\",\"onBehalfOf\":\"member10\"}"));
    identityService().setAuthenticatedUserId("member03");
    assertRefused(() -> taskService().complete(ofMember03.getId(), Map.of("vote", "FOR")),
        "vote: member03 holds no proxy from member10 on this item");
    identityService().clearAuthentication();
    Assertions.assertThat(openBallots(pi)).hasSize(9);
  }

  @Test
  void eachBallotTaskHoldsItsBallotAsTextAndATaskHoldingAJsonBallotStillVotes() {
    ProcessInstance pi = startRollCall(ATTENDANCE_9_PLUS_PROXY);
    // the ballots as String variables (BallotElements): no byte array per ballot
    Task proxy = ballotsOf("member01").stream().filter(t -> runtimeService().getVariableLocal(t.getExecutionId(),
        "ballot").toString().contains("member10")).findFirst().orElseThrow();
    org.camunda.bpm.engine.variable.value.TypedValue held =
        runtimeService().getVariableLocalTyped(proxy.getExecutionId(), "ballot");
    Assertions.assertThat(held.getType()).isEqualTo(org.camunda.bpm.engine.variable.type.ValueType.STRING);
    Assertions.assertThat(org.camunda.spin.Spin.JSON(held.getValue()).prop("onBehalfOf").stringValue())
        .isEqualTo("member10");
    vote(proxy, "AGAINST");
    Assertions.assertThat(jdbc.queryForObject("select vote from vote where mandate_id = 'member10'", String.class))
        .isEqualTo("AGAINST");
    // a task created before the change holds its ballot as Json: its vote counts for the same mandate
    Task own = ballotsOf("member02").get(0);
    runtimeService().setVariableLocal(own.getExecutionId(), "ballot",
        org.camunda.spin.Spin.JSON("{\"voterId\":\"member02\",\"onBehalfOf\":\"\",\"itemIndex\":4}"));
    vote(own, "FOR");
    Assertions.assertThat(jdbc.queryForObject("select vote from vote where mandate_id = 'member02'", String.class))
        .isEqualTo("FOR");
    Assertions.assertThat(openBallots(pi)).hasSize(8);
  }

  @Test
  void aRecusedMemberGetsNoBallot() {
    ProcessInstance pi = start("ROLL_CALL", ATTENDANCE_9_PLUS_PROXY, 4);
    declareInterests("[\"member03\"]");
    recordDebate("Text");
    execute(job(current));

    Assertions.assertThat(openBallots(pi)).hasSize(9);
    Assertions.assertThat(ballotsOf("member03")).isEmpty();
    Assertions.assertThatThrownBy(() -> voteBook.cast(SESSION, 4, 1, new Ballot("member03", null), VoteChoice.FOR))
        .hasMessage("member03 has no ballot on this item");
  }

  @Test
  void rollCallTieIsDecidedByTheChairsCastingVoteFor() {
    ProcessInstance pi = startRollCall(ATTENDANCE_9_PLUS_PROXY);
    List<Task> ballots = openBallots(pi);
    for (int i = 0; i < ballots.size(); i++) {
      vote(ballots.get(i), i % 2 == 0 ? "FOR" : "AGAINST");
    }
    assertThat(pi).isWaitingAt("Task_CastDecidingVote").variables().containsEntry("outcome", "TIE")
        .containsEntry("votesFor", 5).containsEntry("votesAgainst", 5);
    assertThat(itemTask("Task_CastDecidingVote")).isAssignedTo("chair");
    Assertions.assertThat(candidateGroups(itemTask("Task_CastDecidingVote"))).containsExactly("board-chair");
    Assertions.assertThatThrownBy(() -> complete(itemTask("Task_CastDecidingVote"), Map.of("decidingVote", "ABSTAIN")))
        .rootCause().hasMessageStartingWith("decidingVote: must be one of [FOR, AGAINST]");

    Assertions.assertThat(items.count(new ItemRecords.Round(SESSION, 4, 1))).as("the roll call's count and the tie, recorded by the count")
        .contains(new ItemRecords.Count(new VoteTally(5, 5, 0), "TIE", null));
    complete(itemTask("Task_CastDecidingVote"), Map.of("decidingVote", "FOR"));
    Assertions.assertThat(items.count(new ItemRecords.Round(SESSION, 4, 1))).as("the casting vote and its outcome, recorded by the chair's")
        .contains(new ItemRecords.Count(new VoteTally(5, 5, 0), "ADOPTED", "FOR"));
    // the casting vote's variable, changed before the register: it registers the chair's recorded vote
    runtimeService().setVariable(pi.getId(), "castingVote", "AGAINST");
    registerResolution(pi);

    assertThat(pi).isEnded().hasPassed("EndEvent_ResolutionAdopted").variables()
        .containsEntry("outcome", "ADOPTED");
    Resolution r = register.find("CA-2021-S2-R01").orElseThrow();
    Assertions.assertThat(r.castingVote()).isEqualTo("FOR");
    Assertions.assertThat(r.outcome()).isEqualTo("ADOPTED");
    Assertions.assertThat(List.of(r.votesFor(), r.votesAgainst())).containsExactly(5, 5);
  }

  @Test
  void tieDecidedAgainstByTheChairIsARejection() {
    ProcessInstance pi = start("TALLY", ATTENDANCE_9_PLUS_PROXY, 3);
    declareInterests("[]");
    recordDebate("Text");
    recordTally(4, 4, 2);
    complete(itemTask("Task_CastDecidingVote"), Map.of("decidingVote", "AGAINST"));
    registerResolution(pi);

    assertThat(pi).isWaitingAt("Task_DecideOnRejection").variables()
        .containsEntry("outcome", "REJECTED").containsEntry("itemStatus", "REJECTED");
    Assertions.assertThat(register.find("CA-2021-S2-R01").orElseThrow().castingVote()).isEqualTo("AGAINST");
  }

  // ---- rejection -----------------------------------------------------------------------------------------

  ProcessInstance rejected() {
    ProcessInstance pi = start("TALLY", ATTENDANCE_9_PLUS_PROXY, 3);
    declareInterests("[]");
    recordDebate("First text");
    recordTally(2, 7, 1);
    registerResolution(pi);
    assertThat(pi).isWaitingAt("Task_DecideOnRejection");
    assertThat(itemTask("Task_DecideOnRejection")).isAssignedTo("chair");
    Assertions.assertThat(candidateGroups(itemTask("Task_DecideOnRejection"))).containsExactly("board-chair");
    return pi;
  }

  @Test
  void rejectedItemIsAmendedAndVotedAgainOnceOnly() {
    ProcessInstance pi = rejected();
    complete(itemTask("Task_DecideOnRejection"), Map.of("rejectionDecision", "AMEND_AND_REVOTE"));

    assertThat(pi).isWaitingAt("Task_RecordDebate").variables().containsEntry("voteRound", 2)
        .containsEntry("resolutionText", "First text");
    recordDebate("Amended text");
    recordTally(3, 6, 1);
    registerResolution(pi);
    assertThat(pi).isWaitingAt("Task_DecideOnRejection").variables().containsEntry("resolutionNumber", "CA-2021-S2-R02");

    assertRefused(() -> complete(itemTask("Task_DecideOnRejection"), Map.of("rejectionDecision", "AMEND_AND_REVOTE")),
        "rejectionDecision: AMEND_AND_REVOTE is allowed once per item and the amended resolution"
            + " has been rejected again: choose DEFER or CLOSE");
    assertThat(pi).isWaitingAt("Task_DecideOnRejection");

    complete(itemTask("Task_DecideOnRejection"), Map.of("rejectionDecision", "CLOSE"));
    assertThat(pi).isEnded().hasPassed("EndEvent_ItemClosed").variables()
        .containsEntry("itemStatus", "CLOSED").containsEntry("outcome", "REJECTED")
        .containsEntry("resolutionNumber", "CA-2021-S2-R02");
    Assertions.assertThat(register.forSession(SESSION)).extracting(Resolution::number, Resolution::voteRound,
            Resolution::finalText, Resolution::outcome)
        .containsExactly(Assertions.tuple("CA-2021-S2-R01", 1, "First text", "REJECTED"),
            Assertions.tuple("CA-2021-S2-R02", 2, "Amended text", "REJECTED"));
  }

  @Test
  void amendedItemAdoptedOnTheSecondVote() {
    ProcessInstance pi = rejected();
    complete(itemTask("Task_DecideOnRejection"), Map.of("rejectionDecision", "AMEND_AND_REVOTE"));
    recordDebate("Amended text");
    recordTally(7, 2, 1);
    registerResolution(pi);
    assertThat(pi).isEnded().hasPassed("EndEvent_ResolutionAdopted").variables()
        .containsEntry("itemStatus", "ADOPTED").containsEntry("resolutionNumber", "CA-2021-S2-R02");
  }

  @Test
  void rejectedItemDeferredByTheChairGoesToTheNextSession() {
    ProcessInstance pi = rejected();
    complete(itemTask("Task_DecideOnRejection"), Map.of("rejectionDecision", "DEFER"));
    execute(job(current));

    assertThat(pi).isEnded().hasPassed("ServiceTask_DeferItem", "EndEvent_ItemDeferred").variables()
        .containsEntry("itemStatus", "DEFERRED").containsEntry("outcome", "REJECTED");
    Assertions.assertThat(deferredItems.forSession(SESSION)).singleElement()
        .satisfies(d -> Assertions.assertThat(d.reason()).isEqualTo("DEFERRED_AFTER_REJECTION"));
    Assertions.assertThat(items.rejectionDecision(new ItemRecords.Round(SESSION, 3, 1)))
        .as("the chair's decision, recorded by his completion on the rejected round").contains(RejectionDecision.DEFER);
  }

  @Test
  void anItemTheChairClosedIsNeverDeferredEvenWhenTheProcessIsMovedThere() {
    ProcessInstance pi = rejected();
    // the chair closes it; his completion records it, then an administrator moves the process to the deferral
    String decide = itemTask("Task_DecideOnRejection").getId();
    runtimeService().createProcessInstanceModification(pi.getId())
        .startBeforeActivity("ServiceTask_DeferItem").execute();
    taskService().complete(decide, Map.of("rejectionDecision", "CLOSE"));
    Assertions.assertThat(items.rejectionDecision(new ItemRecords.Round(SESSION, 3, 1))).contains(RejectionDecision.CLOSE);

    String jobId = job(current).getId();
    Assertions.assertThatThrownBy(() -> managementService().executeJob(jobId))
        .hasStackTraceContaining("The chair decided CLOSE on the rejected item 3 of " + SESSION + ", vote round 1");
    Assertions.assertThat(deferredItems.forSession(SESSION)).as("nothing deferred").isEmpty();
  }

  @Test
  void rejectedItemClosedByTheChair() {
    ProcessInstance pi = rejected();
    complete(itemTask("Task_DecideOnRejection"), Map.of("rejectionDecision", "CLOSE"));
    assertThat(pi).isEnded().hasPassed("EndEvent_ItemClosed").variables().containsEntry("itemStatus", "CLOSED");
    Assertions.assertThat(deferredItems.forSession(SESSION)).isEmpty();
  }

  @Test
  void resolutionsOfASessionAreNumberedInOrderOfRegistration() {
    for (int item = 3; item <= 5; item++) {
      ProcessInstance pi = start("TALLY", ATTENDANCE_9_PLUS_PROXY, item);
      declareInterests("[]");
      recordDebate("Text " + item);
      recordTally(10, 0, 0);
      registerResolution(pi);
      assertThat(pi).isEnded().variables().containsEntry("resolutionNumber", String.format("CA-2021-S2-R%02d", item - 2));
    }
  }

  @Test
  void everyUserTaskOpensItsDeployedForm() throws java.io.IOException {
    ProcessInstance pi = start("TALLY", ATTENDANCE_9_PLUS_PROXY, 3);
    Assertions.assertThat(extension.getProcessEngine().getFormService().getDeployedTaskForm(itemTask("Task_DeclareInterests").getId()))
        .isNotNull();
    BpmnModelInstance model = repositoryService().getBpmnModelInstance(pi.getProcessDefinitionId());
    for (UserTask userTask : model.getModelElementsByType(UserTask.class)) {
      String formRef = userTask.getCamundaFormRef();
      Assertions.assertThat(formRef).as(userTask.getId()).isNotNull();
      String deploymentId = repositoryService().getProcessDefinition(pi.getProcessDefinitionId()).getDeploymentId();
      Assertions.assertThat(repositoryService().getDeploymentResourceNames(deploymentId))
          .as("form %s of %s is deployed", formRef, userTask.getId()).contains("forms/" + formRef + ".form");
      String form = new String(repositoryService().getResourceAsStream(deploymentId, "forms/" + formRef + ".form")
          .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      Assertions.assertThat(org.camunda.spin.Spin.JSON(form).prop("id").stringValue()).isEqualTo(formRef);
    }
  }

  // ---- issue #15: an item's vote mode, the secret ballot, departures and arrivals, corrections -----------------

  /** The item as the chair approved it on the agenda: its own vote mode and the resolution it corrects. */
  void approveItem(int itemIndex, String subject, String voteMode, String corrects) {
    jdbc.update("delete from agenda_item where session_key = ? and item_index = ?", SESSION, itemIndex);
    jdbc.update("insert into agenda_item (session_key, item_index, title, kind, subject, approved_at, vote_mode,"
        + " corrects) values (?, ?, 'Draft action plan 2022', 'DELIBERATION', ?, current_timestamp, ?, ?)", SESSION,
        itemIndex, subject, voteMode, corrects);
  }

  List<Task> openSecretBallots(ProcessInstance pi) {
    return taskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_CastSecretBallot")
        .list();
  }

  void castSecret(Task ballot, String choice, boolean asTransient) {
    identityService().setAuthenticatedUserId(ballot.getAssignee());
    try {
      taskService().complete(ballot.getId(), Variables.createVariables().putValueTyped("secretBallot",
          Variables.stringValue(choice, asTransient)));
    } finally {
      identityService().clearAuthentication();
    }
    for (int i = 0; i < 3; i++) {
      managementService().createJobDefinitionQuery().list().stream()
          .filter(d -> d.getActivityId().startsWith("Task_CastSecretBallot"))
          .flatMap(d -> managementService().createJobQuery().processInstanceId(ballot.getProcessInstanceId())
              .jobDefinitionId(d.getId()).list().stream())
          .forEach(BpmnAwareTests::execute);
    }
  }

  ProcessInstance startSecret(String attendance) {
    recordSession(attendance, "TALLY");
    approveItem(5, "COMMITTEE", "SECRET", null);
    ProcessInstance pi = start("TALLY", attendance, 5);
    declareInterests("[]");
    recordDebate("The board appoints the committee's chair.");
    assertThat(pi).isWaitingAt("ServiceTask_IssueSecretBallots");
    execute(job(current));
    assertThat(pi).isWaitingAt("Task_CastSecretBallot");
    return pi;
  }

  @Test
  void aSecretItemOfATallySessionIsVotedByBallotsCountedOnlyWhenTheLastIsIn() {
    ProcessInstance pi = startSecret(ATTENDANCE_9_PLUS_PROXY);
    List<Task> ballots = openSecretBallots(pi);
    Assertions.assertThat(ballots).hasSize(10);
    Assertions.assertThat(ballots.stream().filter(t -> "member01".equals(t.getAssignee()))).hasSize(2);

    for (int i = 0; i < ballots.size(); i++) {
      castSecret(ballots.get(i), i < 7 ? "FOR" : i < 9 ? "AGAINST" : "ABSTAIN", true);
      if (i < ballots.size() - 1) {
        // no running tally: nothing counted in the process while ballots are out
        Assertions.assertThat(runtimeService().getVariables(pi.getId())).doesNotContainKeys("votesFor", "secretBallot");
      }
    }
    assertThat(pi).isWaitingAt("ServiceTask_CountSecretBallots");
    execute(job(current));
    registerResolution(pi);

    assertThat(pi).isEnded().hasPassed("ServiceTask_CountSecretBallots", "EndEvent_ResolutionAdopted")
        .variables().containsEntry("votesFor", 7).containsEntry("votesAgainst", 2).containsEntry("votesAbstain", 1);
    Assertions.assertThat(register.find("CA-2021-S2-R01").orElseThrow().voteMode()).isEqualTo("SECRET");
    // who voted is kept, never how: the holders' rows have no choice, the box has no voter
    Assertions.assertThat(box.voted(SESSION, 5, 1)).hasSize(10).contains("member01", "member10");
    Assertions.assertThat(jdbc.queryForList("select * from secret_ballot_box where session_key = ?", SESSION))
        .allSatisfy(row -> Assertions.assertThat(row.keySet()).doesNotContain("VOTER_ID", "MANDATE_ID"));
    Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().variableName("secretBallot").count())
        .isZero();
    Assertions.assertThat(historyService().createHistoricDetailQuery().processInstanceId(pi.getId()).list())
        .noneMatch(d -> d instanceof org.camunda.bpm.engine.history.HistoricVariableUpdate u
            && "secretBallot".equals(u.getVariableName()));
    Assertions.assertThat(jdbc.queryForObject("select count(*) from vote where session_key = ?", Integer.class, SESSION))
        .isZero();
  }

  @Test
  void aSecretBallotSentAsAStoredVariableIsRefusedAndLeavesNothing() {
    ProcessInstance pi = startSecret(attendance(7));
    Task ballot = openSecretBallots(pi).get(0);
    assertRefused(() -> castSecret(ballot, "FOR", false), "secretBallot: a secret ballot is sent as a transient"
        + " variable (valueInfo transient = true), so that it is never stored with your name");
    Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().variableName("secretBallot").count())
        .isZero();
    Assertions.assertThat(box.voted(SESSION, 5, 1)).isEmpty();
    Assertions.assertThat(openSecretBallots(pi)).hasSize(7);
  }

  @Test
  void aSecretBallotIsCastOnceAndOnlyByItsHolder() {
    ProcessInstance pi = startSecret(attendance(7));
    Task ballot = openSecretBallots(pi).get(0);
    identityService().setAuthenticatedUserId("member03".equals(ballot.getAssignee()) ? "member04" : "member03");
    try {
      assertRefused(() -> taskService().complete(ballot.getId(), Variables.createVariables().putValueTyped(
          "secretBallot", Variables.stringValue("FOR", true))), "secretBallot: only " + ballot.getAssignee()
          + " can cast this ballot");
    } finally {
      identityService().clearAuthentication();
    }
    castSecret(ballot, "AGAINST", true);
    Assertions.assertThatThrownBy(() -> box.cast(SESSION, 5, 1, new Ballot(ballot.getAssignee(), null), VoteChoice.FOR))
        .hasMessageContaining("holds no ballot on this item that is not cast yet");
    Assertions.assertThat(box.voted(SESSION, 5, 1)).containsExactly(ballot.getAssignee());
    Assertions.assertThatThrownBy(() -> box.count(SESSION, 5, 1)).hasMessageContaining("6 secret ballot(s)");
  }

  @Test
  void anItemCanBeVotedByRollCallInATallySession() {
    recordSession(ATTENDANCE_9_PLUS_PROXY, "TALLY");
    approveItem(6, "OTHER", "ROLL_CALL", null);
    ProcessInstance pi = start("TALLY", ATTENDANCE_9_PLUS_PROXY, 6);
    declareInterests("[]");
    recordDebate("Text.");
    assertThat(pi).isWaitingAt("ServiceTask_PrepareRollCall");
  }

  @Test
  void aMemberWhoLeftHoldsNoBallotAndHisProxyEndsWithHim() {
    recordSession(ATTENDANCE_9_PLUS_PROXY, "ROLL_CALL");
    ProcessInstance pi = start("ROLL_CALL", ATTENDANCE_9_PLUS_PROXY, 4);
    // member01 (who holds member10's proxy) leaves, member09 arrives
    complete(itemTask("Task_DeclareInterests"), Map.of("recusals", json("[]"), "departures", json("[\"member01\"]"),
        "arrivals", json("[\"member09\"]")));
    assertThat(pi).variables().containsEntry("present", 9).containsEntry("represented", 0);
    Assertions.assertThat(items.electorate(SESSION, 4).eligibleVoters()).as("the electorate as recorded").isEqualTo(9);
    recordDebate("Text.");
    execute(job(current));
    Assertions.assertThat(ballotsOf("member01")).isEmpty();
    Assertions.assertThat(ballotsOf("member09")).hasSize(1);
    Assertions.assertThat(openBallots(pi)).hasSize(9);
    Assertions.assertThat(items.movements(SESSION).get(4)).containsExactly(new Electorate.Movement("member01", true),
        new Electorate.Movement("member09", false));
  }

  @Test
  void theDeclarationsAreRecordedAndNotWrittenBackAsVariables() {
    recordSession(ATTENDANCE_9_PLUS_PROXY, "ROLL_CALL");
    ProcessInstance pi = start("ROLL_CALL", ATTENDANCE_9_PLUS_PROXY, 4);
    // a dynamic list's rows, one member twice: the record holds him once; the variable stays as it was submitted
    complete(itemTask("Task_DeclareInterests"), Map.of("recusals",
        json("[{\"memberId\": \"member02\"}, {\"memberId\": \"member02\"}]")));
    Assertions.assertThat(items.recusals(SESSION, 4)).containsExactly("member02");
    Assertions.assertThat(items.movements(SESSION)).doesNotContainKey(4);
    assertThat(pi).variables().doesNotContainKeys("departures", "arrivals");
    Assertions.assertThat(runtimeService().getVariable(pi.getId(), "recusals").toString())
        .isEqualTo("[{\"memberId\":\"member02\"},{\"memberId\":\"member02\"}]");
  }

  @Test
  void departuresAndArrivalsMustFitTheAttendanceAtTheItem() {
    recordSession(ATTENDANCE_9_PLUS_PROXY, "TALLY");
    start("TALLY", ATTENDANCE_9_PLUS_PROXY, 2);
    assertRefused(() -> complete(itemTask("Task_DeclareInterests"), Map.of("departures", json("[\"member09\"]"))),
        "departures: only a member present can leave: member09 is not present");
    assertRefused(() -> complete(itemTask("Task_DeclareInterests"), Map.of("arrivals", json("[\"member02\"]"))),
        "arrivals: only a convened member not present can arrive: member02 is already present");
    assertRefused(() -> complete(itemTask("Task_DeclareInterests"), Map.of("departures", json("[\"member02\"]"),
        "recusals", json("[\"member02\"]"))),
        "recusals: only a member present or represented can be recused: member02 is not a member present or"
            + " represented at this session");
    // movements of an earlier item carry over: member02 left before item 1
    items.saveMovements(SESSION, 1, List.of("member02"), List.of());
    assertRefused(() -> complete(itemTask("Task_DeclareInterests"), Map.of("departures", json("[\"member02\"]"))),
        "departures: only a member present can leave: member02 is not present");
  }

  @Test
  void anAdoptedCorrectionSupersedesTheResolutionItCorrects() {
    recordSession(attendance(9), "TALLY");
    ProcessInstance first = start("TALLY", attendance(9), 1);
    declareInterests("[]");
    recordDebate("The board adopts the action plan 2022.");
    recordTally(9, 0, 0);
    registerResolution(first);
    approveItem(2, "CORRECTION", null, "CA-2021-S2-R01");
    ProcessInstance correction = start("TALLY", attendance(9), 2);
    declareInterests("[]");
    recordDebate("The board corrects R01: the action plan 2022 as amended.");
    recordTally(8, 0, 1);
    registerResolution(correction);

    assertThat(correction).isEnded().variables().containsEntry("resolutionNumber", "CA-2021-S2-R02");
    Assertions.assertThat(register.find("CA-2021-S2-R01").orElseThrow().supersededBy()).isEqualTo("CA-2021-S2-R02");
    Assertions.assertThat(register.find("CA-2021-S2-R01").orElseThrow().finalText())
        .isEqualTo("The board adopts the action plan 2022.");
  }

  /** Whose vote a ballot's task casts: its ballot's {@code onBehalfOf} (null: the voter's own). */
  private static Object onBehalfOf(Task ballot) {
    Object value = taskService().getVariable(ballot.getId(), "ballot");
    return ma.majlis.platform.Inputs.text(BallotElements.node(value), "onBehalfOf");
  }
}
