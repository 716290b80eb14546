package ma.majlis.committee;

import ma.majlis.process.SharedVariables;
import ma.majlis.identity.Groups;
import ma.majlis.process.MessageNames;
import java.util.List;
import java.util.Map;

import ma.majlis.platform.InputRejectedException;
import ma.majlis.support.H2Database;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import ma.majlis.platform.EngineClock;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

import static ma.majlis.committee.CommitteeVariables.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.spin.plugin.variable.SpinValues.jsonValue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@Deployment(resources = {"processes/committee-establishment.bpmn", "stubs/board-session-stub.bpmn"})
class CommitteeEstablishmentProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineCoverageExtension.builder()
      .excludeProcessDefinitionKeys("board-session") // the test stub of the lead's process
      .assertClassCoverageAtLeast(1.0).build();

  private static final String R03 = "CA-2021-S2-R03";
  private static final List<String> BOARD = List.of("chair", "member01", "member02", "member03");
  private static final String EXTERNALS = "[{\"name\":\"Amina Alaoui\",\"organisation\":\"Agence de Développement Social\","
      + "\"email\":\"a.alaoui@ads.ma\"},{\"name\":\"Karim Bennani\",\"organisation\":\"Fondation Mohammed V\","
      + "\"email\":\"k.bennani@fm5.ma\"}]";

  private final CommitteeService committees = mock(CommitteeService.class);
  /** The proposals and the chair's decisions on the real migrations (H2): the completions record, the jobs read. */
  private final org.springframework.jdbc.core.JdbcTemplate h2 = H2Database.migrated();
  private final CommitteeProposals proposals = new CommitteeProposals(h2);

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    EngineClock.pinTo(java.sql.Timestamp.valueOf("2021-12-27 09:00:00"));
    Mocks.register("proposeCommitteeMembersCheck",
        new ProposeCommitteeMembersCheckAndRecord(code -> code.equals("CA"), proposals));
    Mocks.register("appointCommitteeCheck", new AppointCommitteeCheckAndRecord(proposals));
    Mocks.register("scheduleInauguralMeetingCheck", new ScheduleInauguralMeetingCheckAndRecord(committees));
    Mocks.register("createCommitteeDelegate", new CreateCommitteeDelegate(committees, proposals));
    Mocks.register("notifyCommitteeMembersDelegate", new NotifyCommitteeMembersDelegate(committees, proposals));
    Mocks.register("startInauguralSessionDelegate", new StartInauguralSessionDelegate(committees));
    when(committees.create(any())).thenReturn(new CreatedCommittee("CQI", "committee-cqi", List.of("ext-cqi-1", "ext-cqi-2")));
    IdentityService identity = extension.getProcessEngine().getIdentityService();
    identity.saveGroup(identity.newGroup(Groups.BOARD_MEMBERS));
    for (String member : BOARD) {
      identity.saveUser(identity.newUser(member));
      identity.createMembership(member, Groups.BOARD_MEMBERS);
    }
    identity.saveUser(identity.newUser("member09"));
  }

  @AfterEach
  void tearDown() {
    IdentityService identity = extension.getProcessEngine().getIdentityService();
    BOARD.forEach(identity::deleteUser);
    identity.deleteUser("member09");
    identity.deleteGroup(Groups.BOARD_MEMBERS);
    EngineClock.reset();
    BpmnAwareTests.reset();
    Mocks.reset();
  }

  private ProcessInstance committeeCreationApproved() {
    ProcessInstance pi = runtimeService().createMessageCorrelation(MessageNames.COMMITTEE_CREATION_APPROVED)
        .processInstanceBusinessKey(R03)
        .setVariable(RESOLUTION_NUMBER, R03)
        .setVariable(SharedVariables.SESSION_KEY, "CA-2021-S2")
        .correlateStartMessage();
    assertThat(pi).isWaitingAt("Task_ProposeCommitteeMembers");
    assertThat(task()).hasCandidateGroup("board-secretariat");
    return pi;
  }

  /** What the secretariat enters in the form: the dynamic list of board members submits objects. */
  private static VariableMap proposal(String code, String chair) {
    return Variables.createVariables()
        .putValue(COMMITTEE_CODE, code)
        .putValue(COMMITTEE_NAME, "Convergence, Quality and Innovation")
        .putValue(MANDATE, "Accompany and support the institution's work on convergence, quality and innovation")
        .putValueTyped(BOARD_MEMBERS, jsonValue("[{\"memberId\":\"member01\"},{\"memberId\":\"member02\"},"
            + "{\"memberId\":\"member03\"}]").create())
        .putValueTyped(EXTERNAL_MEMBERS, jsonValue(EXTERNALS).create())
        .putValue(COMMITTEE_CHAIR, chair)
        .putValue(RAPPORTEUR, "member02")
        .putValue(REPORTING_RHYTHM, "QUARTERLY");
  }

  private void appointAndSetUp(ProcessInstance pi) {
    complete(task(), withVariables(APPROVED, true));
    assertThat(pi).isWaitingAt("ServiceTask_CreateCommittee");
    setUp(pi);
  }

  /** The jobs after the chair's appointment: the committee created, its members told. */
  private void setUp(ProcessInstance pi) {
    execute(job());
    assertThat(pi).isWaitingAt("ServiceTask_NotifyCommitteeMembers");
    execute(job());
    assertThat(pi).isWaitingAt("Task_ScheduleInauguralMeeting");
    assertThat(task()).hasCandidateGroup("board-secretariat");
  }

  @Test
  void theChairAppointsTheProposedCommitteeAndItIsSetUp() {
    ProcessInstance pi = committeeCreationApproved();
    complete(task(), proposal("CQI", "member01"));
    assertThat(pi).isWaitingAt("Task_AppointCommittee");
    assertThat(task()).hasCandidateGroup("board-chair");

    appointAndSetUp(pi);

    ArgumentCaptor<CommitteeSetup> setup = ArgumentCaptor.forClass(CommitteeSetup.class);
    verify(committees).create(setup.capture());
    Assertions.assertThat(setup.getValue()).isEqualTo(new CommitteeSetup(R03, "CQI", "Convergence, Quality and Innovation",
        "Accompany and support the institution's work on convergence, quality and innovation",
        List.of("member01", "member02", "member03"),
        List.of(new ExternalMember("Amina Alaoui", "Agence de Développement Social", "a.alaoui@ads.ma"),
            new ExternalMember("Karim Bennani", "Fondation Mohammed V", "k.bennani@fm5.ma")),
        "member01", "member02", ReportingRhythm.QUARTERLY));
    verify(committees).notifyMembers("CQI", "Convergence, Quality and Innovation", R03, "CA-2021-S2", "member01",
        List.of("member01", "member02", "member03", "ext-cqi-1", "ext-cqi-2"), List.of("ext-cqi-1", "ext-cqi-2"));
    // the jobs leave no copy of the committee's group or accounts in the variables: they are in Majlis's tables
    assertThat(pi).variables().doesNotContainKeys("committeeGroup", "externalMemberIds");

    CommitteeProposals.Proposal appointed = proposals.latest(R03).orElseThrow();
    Assertions.assertThat(appointed.round()).isEqualTo(1);
    Assertions.assertThat(appointed.setup()).isEqualTo(setup.getValue());
    Assertions.assertThat(appointed.decision()).isEqualTo(CommitteeProposals.Decision.APPOINTED);
    Assertions.assertThat(appointed.proposedAt()).isEqualTo(EngineClock.now().toInstant());
    Assertions.assertThat(appointed.decidedAt()).isEqualTo(EngineClock.now().toInstant());
  }

  @Test
  void theCommitteeIsCreatedAsTheChairAppointedItWhateverTheVariablesSayAfterwards() {
    ProcessInstance pi = committeeCreationApproved();
    complete(task(), proposal("CQI", "member01"));
    complete(task(), withVariables(APPROVED, true));
    assertThat(pi).isWaitingAt("ServiceTask_CreateCommittee");
    // an administrator changes the proposal's variables in Cockpit before the job runs (or before a retry)
    runtimeService().setVariable(pi.getId(), COMMITTEE_CODE, "XYZ");
    runtimeService().setVariable(pi.getId(), COMMITTEE_CHAIR, "member09");
    runtimeService().setVariable(pi.getId(), BOARD_MEMBERS, jsonValue("[\"member09\"]").create());
    runtimeService().setVariable(pi.getId(), EXTERNAL_MEMBERS, jsonValue("[]").create());
    setUp(pi);

    ArgumentCaptor<CommitteeSetup> setup = ArgumentCaptor.forClass(CommitteeSetup.class);
    verify(committees).create(setup.capture());
    Assertions.assertThat(setup.getValue().code()).isEqualTo("CQI");
    Assertions.assertThat(setup.getValue().chair()).isEqualTo("member01");
    Assertions.assertThat(setup.getValue().boardMembers()).containsExactly("member01", "member02", "member03");
    verify(committees).notifyMembers("CQI", "Convergence, Quality and Innovation", R03, "CA-2021-S2", "member01",
        List.of("member01", "member02", "member03", "ext-cqi-1", "ext-cqi-2"), List.of("ext-cqi-1", "ext-cqi-2"));
  }

  @Test
  void aProposalTheChairReturnedSetsNoCommitteeUpEvenIfTheVariablesSayAppointed() {
    ProcessInstance pi = committeeCreationApproved();
    complete(task(), proposal("CQI", "member01"));
    complete(task(), withVariables(APPROVED, false, REMARKS, "Add a member from the regional delegations"));
    // the process is moved on to the job by hand (Cockpit's modification), past the chair's return
    runtimeService().createProcessInstanceModification(pi.getId())
        .cancelAllForActivity("Task_ProposeCommitteeMembers").startBeforeActivity("ServiceTask_CreateCommittee")
        .execute();

    String jobId = job().getId();
    assertThatThrownBy(() -> managementService().executeJob(jobId))
        .hasStackTraceContaining("The chair returned proposal 1 of the committee of " + R03);
    verify(committees, never()).create(any());
  }

  @Test
  void aProposalMadeBeforeProposalsWereRecordedIsSetUpAsItsVariablesSay() {
    ProcessInstance pi = committeeCreationApproved();
    complete(task(), proposal("CQI", "member01"));
    h2.update("delete from committee_proposal"); // as an instance already past its proposal when this was deployed
    complete(task(), withVariables(APPROVED, true));
    setUp(pi);

    ArgumentCaptor<CommitteeSetup> setup = ArgumentCaptor.forClass(CommitteeSetup.class);
    verify(committees).create(setup.capture());
    Assertions.assertThat(setup.getValue().chair()).isEqualTo("member01");
    Assertions.assertThat(setup.getValue().externalMemberIds()).containsExactly("ext-cqi-1", "ext-cqi-2");
    verify(committees).notifyMembers("CQI", "Convergence, Quality and Innovation", R03, "CA-2021-S2", "member01",
        List.of("member01", "member02", "member03", "ext-cqi-1", "ext-cqi-2"), List.of("ext-cqi-1", "ext-cqi-2"));
    Assertions.assertThat(proposals.latest(R03)).isEmpty();
  }

  @Test
  void theInauguralMeetingStartsSessionOneOfTheCommittee() {
    ProcessInstance pi = committeeCreationApproved();
    complete(task(), proposal("CQI", "member01"));
    appointAndSetUp(pi);

    complete(task(), withVariables(PLANNED_START, "2022-01-20T10:00", VENUE, "Headquarters, Rabat", FORMAT, "HYBRID"));
    assertThat(pi).isWaitingAt("ServiceTask_StartInauguralSession");
    // the meeting as scheduled is recorded by the completion; the job starts the session from that record
    verify(committees).scheduleInaugural(R03, java.time.LocalDateTime.parse("2022-01-20T10:00"), "Headquarters, Rabat",
        MeetingFormat.HYBRID);
    when(committees.inauguralMeeting(R03)).thenReturn(java.util.Optional.of(new CommitteeService.InauguralMeeting(
        "CQI", "2022-01-20T10:00", "Headquarters, Rabat", "HYBRID")));
    runtimeService().setVariable(pi.getId(), VENUE, "Changed after the scheduling");
    runtimeService().setVariable(pi.getId(), PLANNED_START, "2023-05-05T10:00");
    execute(job());

    assertThat(pi).isEnded().hasPassed("EndEvent_CommitteeSetUp").variables()
        .containsEntry(INAUGURAL_SESSION_KEY, "CQI-2022-S1");
    ProcessInstance session = runtimeService().createProcessInstanceQuery().processDefinitionKey("board-session")
        .processInstanceBusinessKey("CQI-2022-S1").singleResult();
    assertThat(session).isWaitingAt("Task_PrepareAgenda").variables()
        .containsEntry("bodyCode", "CQI").containsEntry("sessionYear", 2022).containsEntry("sessionNumber", 1)
        .containsEntry("sessionKind", "ORDINARY").containsEntry("plannedStart", "2022-01-20T10:00")
        .containsEntry("venue", "Headquarters, Rabat").containsEntry("format", "HYBRID").containsEntry("voteMode", "TALLY");
  }

  @Test
  void theChairReturnsTheProposalWithRemarksThenAppointsTheCorrectedOne() {
    ProcessInstance pi = committeeCreationApproved();
    complete(task(), proposal("CQI", "member01"));

    complete(task(), withVariables(APPROVED, false, REMARKS, "Add a member from the regional delegations"));
    assertThat(pi).isWaitingAt("Task_ProposeCommitteeMembers").variables()
        .containsEntry(REMARKS, "Add a member from the regional delegations");
    verify(committees, never()).create(any());

    complete(task(), proposal("CQI", "member03"));
    appointAndSetUp(pi);
    verify(committees).notifyMembers(eq("CQI"), any(), eq(R03), eq("CA-2021-S2"), eq("member03"), any(), any());

    // both proposals recorded, each with the chair's decision on it
    Assertions.assertThat(h2.queryForList("select round, chair, decision, remarks from committee_proposal"
            + " where resolution_number = ? order by round", R03))
        .extracting(row -> List.of(row.get("ROUND"), row.get("CHAIR"), row.get("DECISION"), String.valueOf(row.get("REMARKS"))))
        .containsExactly(List.of(1, "member01", "RETURNED", "Add a member from the regional delegations"),
            List.of(2, "member03", "APPOINTED", "null"));
  }

  @Test
  void aReturnWithoutRemarksIsRefused() {
    ProcessInstance pi = committeeCreationApproved();
    complete(task(), proposal("CQI", "member01"));
    String taskId = task().getId();

    assertThatThrownBy(() -> taskService().complete(taskId, withVariables(APPROVED, false)))
        .hasRootCauseInstanceOf(InputRejectedException.class)
        .hasRootCauseMessage("remarks: is required when the work is returned (approved = false)");
    assertThat(pi).isWaitingAt("Task_AppointCommittee");
  }

  @Test
  void aProposalThatBreaksARuleIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance pi = committeeCreationApproved();
    String taskId = task().getId();

    assertRefused(taskId, proposal("cqi", "member01"), "committeeCode: must be 2 to 8 capital letters (e.g. CQI), got 'cqi'");
    assertRefused(taskId, proposal("CA", "member01"), "committeeCode: 'CA' is already the code of an existing body");
    assertRefused(taskId, proposal("CQI", "member09"),
        "committeeChair: must be one of the boardMembers [member01, member02, member03], got 'member09'");
    assertRefused(taskId, proposal("CQI", "member01").putValue(BOARD_MEMBERS, "[\"member01\",\"member09\"]"),
        "boardMembers: 'member09' is not a member of the board (group board-members)");
    assertRefused(taskId, proposal("CQI", "member01").putValueTyped(EXTERNAL_MEMBERS,
            jsonValue("[{\"name\":\"Amina Alaoui\",\"organisation\":\"ADS\",\"email\":\"amina-at-ads.ma\"}]").create()),
        "externalMembers: member 1 (Amina Alaoui): email must be a valid e-mail address, got 'amina-at-ads.ma'");
    assertRefused(taskId, proposal("CQI", "member01").putValue(REPORTING_RHYTHM, "WEEKLY"),
        "reportingRhythm: must be one of [MONTHLY, QUARTERLY, YEARLY], got 'WEEKLY'");
    assertThat(pi).isWaitingAt("Task_ProposeCommitteeMembers");
    Assertions.assertThat(proposals.latest(R03)).as("a refused proposal is not recorded").isEmpty();
  }

  @Test
  void aMeetingScheduledBeforeMeetingsWereRecordedStartsTheSessionAsItsVariablesSay() {
    ProcessInstance pi = committeeCreationApproved();
    complete(task(), proposal("CQI", "member01"));
    appointAndSetUp(pi);
    complete(task(), withVariables(PLANNED_START, "2022-02-03T09:30", VENUE, "Rabat", FORMAT, "IN_PERSON"));
    // nothing recorded (inauguralMeeting answers empty, as the mock does by default)
    execute(job());

    ProcessInstance session = runtimeService().createProcessInstanceQuery().processDefinitionKey("board-session")
        .processInstanceBusinessKey("CQI-2022-S1").singleResult();
    assertThat(session).variables().containsEntry("plannedStart", "2022-02-03T09:30").containsEntry("venue", "Rabat")
        .containsEntry("format", "IN_PERSON");
  }

  @Test
  void anInauguralMeetingInThePastIsRefused() {
    ProcessInstance pi = committeeCreationApproved();
    complete(task(), proposal("CQI", "member01"));
    appointAndSetUp(pi);
    String taskId = task().getId();

    assertRefused(taskId, Variables.createVariables().putValue(PLANNED_START, "2021-12-20T10:00").putValue(VENUE, "Rabat")
        .putValue(FORMAT, "IN_PERSON"), "plannedStart: must be in the future, got 2021-12-20T10:00");
    assertRefused(taskId, Variables.createVariables().putValue(PLANNED_START, "2022-01-20T10:00").putValue(VENUE, "Rabat")
        .putValue(FORMAT, "ONLINE"), "format: must be one of [IN_PERSON, REMOTE, HYBRID], got 'ONLINE'");
    assertThat(pi).isWaitingAt("Task_ScheduleInauguralMeeting");
    verify(committees, never()).scheduleInaugural(any(), any(), any(), any());
  }

  private static void assertRefused(String taskId, Map<String, Object> variables, String message) {
    assertThatThrownBy(() -> taskService().complete(taskId, variables))
        .hasRootCauseInstanceOf(InputRejectedException.class)
        .hasRootCauseMessage(message);
  }
}
