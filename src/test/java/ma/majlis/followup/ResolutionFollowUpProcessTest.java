package ma.majlis.followup;

import ma.majlis.process.SharedVariables;
import ma.majlis.identity.Groups;
import ma.majlis.process.MessageNames;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Map;

import ma.majlis.platform.InputRejectedException;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import ma.majlis.platform.EngineClock;
import org.camunda.bpm.engine.runtime.Job;
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

import static ma.majlis.followup.FollowUpVariables.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.spin.plugin.variable.SpinValues.jsonValue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@Deployment(resources = "processes/resolution-follow-up.bpmn")
class ResolutionFollowUpProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineCoverageExtension.builder()
      .assertClassCoverageAtLeast(1.0).build();

  private static final String R01 = "CA-2021-S2-R01";

  private final FollowUps followUps = mock(FollowUps.class);

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    EngineClock.pinTo(java.sql.Timestamp.valueOf("2021-12-27 09:00:00"));
    Mocks.register("assignFollowUpCheck", new AssignFollowUpCheckAndRecord(followUps));
    Mocks.register("reportProgressCheck", new ReportProgressCheckAndRecord(followUps));
    Mocks.register("openFollowUpDelegate", new OpenFollowUpDelegate(followUps));
    Mocks.register("recordProgressDelegate", new RecordProgressDelegate(followUps));
    Mocks.register("escalateOverdueFollowUpDelegate", new EscalateOverdueFollowUpDelegate(followUps));
    Mocks.register("recordFollowUpReportDelegate", new RecordFollowUpReportDelegate(followUps));
    when(followUps.recordFinalReport(anyString(), anyString(), anyString())).thenReturn(11L);
    IdentityService identity = extension.getProcessEngine().getIdentityService();
    identity.saveUser(identity.newUser("director"));
    identity.saveUser(identity.newUser("chair"));
    identity.saveGroup(identity.newGroup(Groups.BOARD_CHAIR));
    identity.createMembership("chair", Groups.BOARD_CHAIR);
  }

  @AfterEach
  void tearDown() {
    IdentityService identity = extension.getProcessEngine().getIdentityService();
    identity.deleteUser("director");
    identity.deleteUser("chair");
    identity.deleteGroup(Groups.BOARD_CHAIR);
    EngineClock.reset();
    BpmnAwareTests.reset();
    Mocks.reset();
  }

  private static VariableMap assignment(String owner, String dueDate, String actionsJson) {
    return Variables.createVariables().putValue(OWNER, owner).putValue(DUE_DATE, dueDate)
        .putValueTyped(ACTIONS, jsonValue(actionsJson).create());
  }

  @Test
  void aFollowUpAssignedBeforeTheAssignmentRecordedItIsRecordedByTheJobFromItsVariables() {
    ProcessInstance pi = adopted();
    complete(task(), assignment("director", "2022-06-30", "[\"Launch Jisr\"]"));
    // such a follow-up waits at the job with nothing recorded (find answers null, as the mock does by default)
    execute(job());
    verify(followUps).open(R01, "CA-2021-S2", "director", LocalDate.of(2022, 6, 30), "[\"Launch Jisr\"]");
    verify(followUps, never()).tellOwner(any(), any());
    assertThat(pi).isWaitingAt("Task_ReportProgress");
  }

  /** The resolution is adopted: its follow-up waits for general management to assign it. */
  private ProcessInstance adopted() {
    ProcessInstance pi = runtimeService().createMessageCorrelation(MessageNames.RESOLUTION_ADOPTED)
        .processInstanceBusinessKey(R01)
        .setVariable(RESOLUTION_NUMBER, R01)
        .setVariable(SharedVariables.SESSION_KEY, "CA-2021-S2")
        .correlateStartMessage();
    assertThat(pi).isWaitingAt("Task_AssignFollowUp");
    return pi;
  }

  /** The resolution is adopted; general management assigns it to the director, due 30 June 2022. */
  private ProcessInstance assigned() {
    ProcessInstance pi = adopted();
    assertThat(task()).hasCandidateGroup(Groups.GENERAL_MANAGEMENT);
    // the form's dynamic list submits rows {action}
    complete(task(), assignment("director", "2022-06-30",
        "[{\"action\":\"Launch project Jisr\"},{\"action\":\"Open a multi-purpose space for women in each province\"}]"));
    assertThat(pi).isWaitingAt("ServiceTask_OpenFollowUp");
    // the assignment recorded the follow-up itself; the job tells the owner what was recorded
    String actions = "[\"Launch project Jisr\",\"Open a multi-purpose space for women in each province\"]";
    verify(followUps).assign(R01, "director", LocalDate.of(2022, 6, 30), actions);
    FollowUp recorded = new FollowUp(R01, "director", LocalDate.of(2022, 6, 30), actions, FollowUpStatus.OPEN, null,
        null);
    when(followUps.find(R01)).thenReturn(recorded);
    execute(job());
    verify(followUps).tellOwner(recorded, "CA-2021-S2");
    verify(followUps, never()).open(any(), any(), any(), any(), any());
    assertThat(pi).isWaitingAt("Task_ReportProgress");
    assertThat(task()).isAssignedTo("director");
    return pi;
  }

  /** The owner reports; his completion records the report, and the job keeps it as the follow-up's last. */
  private void report(ProcessInstance pi, String text, boolean done) {
    complete(task(), withVariables(PROGRESS_REPORT, text, DONE, done));
    assertThat(pi).isWaitingAt("ServiceTask_RecordProgress");
    verify(followUps).saveReport(R01, text, done, "director");
    when(followUps.latestReport(R01)).thenReturn(Optional.of(new FollowUps.Report(text, done)));
    execute(job("ServiceTask_RecordProgress"));
    verify(followUps).recordProgress(R01, text);
  }

  @Test
  void theReportAndItsEndAreTakenAsTheOwnerMadeThemNotAsTheVariablesSay() {
    ProcessInstance pi = assigned();
    complete(task(), withVariables(PROGRESS_REPORT, "Jisr launched", DONE, false));
    when(followUps.latestReport(R01)).thenReturn(Optional.of(new FollowUps.Report("Jisr launched", false)));
    // changed before the job: the report and "done"
    runtimeService().setVariable(pi.getId(), PROGRESS_REPORT, "Everything is done");
    runtimeService().setVariable(pi.getId(), DONE, true);
    execute(job("ServiceTask_RecordProgress"));
    verify(followUps).recordProgress(R01, "Jisr launched");
    assertThat(pi).isWaitingAt("Task_ReportProgress");
    verify(followUps, never()).recordFinalReport(any(), any(), any());
  }

  @Test
  void aReportMadeBeforeReportsWereRecordedIsKeptAsItsVariablesSay() {
    ProcessInstance pi = assigned();
    complete(task(), withVariables(PROGRESS_REPORT, "Both actions completed", DONE, true));
    // nothing recorded (latestReport answers empty, as the mock does by default)
    execute(job("ServiceTask_RecordProgress"));
    verify(followUps).recordProgress(R01, "Both actions completed");
    execute(job());
    verify(followUps).recordFinalReport(R01, "CA-2021-S2", "Both actions completed");
  }

  @Test
  void theFollowUpIsDoneAtTheFirstReportAndTheReportAwaitsTheNextSession() {
    ProcessInstance pi = assigned();

    report(pi, "Both actions completed", true);
    assertThat(pi).isWaitingAt("ServiceTask_RecordFollowUpReport");
    execute(job());

    verify(followUps).recordFinalReport(R01, "CA-2021-S2", "Both actions completed");
    assertThat(pi).isEnded().hasPassed("EndEvent_ActionsDone", "EndEvent_ReportAwaitsSession")
        .hasNotPassed("ServiceTask_EscalateOverdueFollowUp");
  }

  @Test
  void theOwnerReportsUntilDone() {
    ProcessInstance pi = assigned();

    report(pi, "Jisr launched; spaces in 6 provinces", false);
    assertThat(pi).isWaitingAt("Task_ReportProgress");
    assertThat(task()).isAssignedTo("director");
    report(pi, "Spaces open in every province", true);
    execute(job());

    verify(followUps).recordFinalReport(R01, "CA-2021-S2", "Spaces open in every province");
    assertThat(pi).isEnded().hasPassed("EndEvent_ReportAwaitsSession");
  }

  @Test
  void theChairIsToldWhenTheDueDatePassesAndTheReportTaskStaysOpen() {
    ProcessInstance pi = assigned();
    report(pi, "Jisr launched", false);
    Job timer = managementService().createJobQuery().timers().singleResult();
    Assertions.assertThat(timer.getDuedate()).isEqualTo(java.sql.Timestamp.valueOf("2022-07-01 00:00:00"));

    EngineClock.pinTo(java.sql.Timestamp.valueOf("2022-07-01 00:00:01"));
    execute(timer);
    assertThat(pi).isWaitingAt("Task_ReportProgress", "ServiceTask_EscalateOverdueFollowUp");
    execute(job("ServiceTask_EscalateOverdueFollowUp"));

    verify(followUps).escalate(R01, "CA-2021-S2", List.of("chair"));
    assertThat(pi).hasPassed("EndEvent_ChairInformed").isWaitingAt("Task_ReportProgress");
    Assertions.assertThat(managementService().createJobQuery().timers().count()).isZero();

    report(pi, "Done, late", true);
    execute(job());
    assertThat(pi).isEnded().hasPassed("EndEvent_ReportAwaitsSession");
    verify(followUps, times(1)).escalate(any(), any(), any());
  }

  @Test
  void anAssignmentThatBreaksARuleIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance pi = adopted();
    String taskId = task(pi).getId();

    assertRefused(taskId, assignment("", "2022-06-30", "[\"Launch Jisr\"]"), "owner: is required and must not be blank");
    assertRefused(taskId, assignment("nobody", "2022-06-30", "[\"Launch Jisr\"]"),
        "owner: must be the id of a Majlis user, no user 'nobody' exists");
    assertRefused(taskId, assignment("director", "2021-12-26", "[\"Launch Jisr\"]"),
        "dueDate: must not be in the past (today is 2021-12-27), got 2021-12-26");
    assertRefused(taskId, assignment("director", "30/06/2022", "[\"Launch Jisr\"]"),
        "dueDate: must be an ISO-8601 date such as 2022-06-30, got '30/06/2022'");
    assertRefused(taskId, assignment("director", "2022-06-30", "[]"), "actions: must list at least one action");
    assertThat(pi).isWaitingAt("Task_AssignFollowUp");
    verify(followUps, never()).open(any(), any(), any(), any(), any());
    verify(followUps, never()).assign(any(), any(), any(), any());
  }

  @Test
  void aProgressReportWithoutTextIsRefused() {
    ProcessInstance pi = assigned();
    String taskId = task().getId();

    assertRefused(taskId, withVariables(DONE, true), "progressReport: is required and must not be blank");
    assertRefused(taskId, withVariables(PROGRESS_REPORT, "Done"), "done: is required (true or false)");
    assertThat(pi).isWaitingAt("Task_ReportProgress");
    verify(followUps, never()).recordProgress(any(), any());
  }

  private static void assertRefused(String taskId, Map<String, Object> variables, String message) {
    assertThatThrownBy(() -> taskService().complete(taskId, variables))
        .hasRootCauseInstanceOf(InputRejectedException.class)
        .hasRootCauseMessage(message);
  }
}
