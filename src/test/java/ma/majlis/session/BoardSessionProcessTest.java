package ma.majlis.session;

import ma.majlis.board.SessionRecord;

import ma.majlis.board.SessionRegistry;

import ma.majlis.identity.Groups;
import ma.majlis.process.ProcessKeys;
import ma.majlis.minutes.FollowUpItems;
import ma.majlis.minutes.SessionDocuments;
import ma.majlis.board.SessionChair;
import ma.majlis.board.SessionRecords;
import ma.majlis.agenda.PendingAgendaItems;
import static ma.majlis.support.Board.attendance;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ma.majlis.platform.ApprovalCheck;

import org.assertj.core.api.Assertions;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.Mockito.mock;

/**
 * Every path of board-session on its own: the called processes are stubs, the steps that touch the database are
 * replaced by stand-ins, the checks without a database are the real ones, and the quorum and the convocation notice
 * are the real DMN tables.
 */
@Deployment(resources = {"processes/board-session.bpmn", "processes/quorum.dmn", "processes/convocation-notice.dmn",
    "stubs/presentation-review-stub.bpmn", "stubs/agenda-item-deliberation-stub.bpmn"})
class BoardSessionProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineCoverageExtension.builder()
      .assertClassCoverageAtLeast(1.0).build();

  static final List<String> MEMBERS = ma.majlis.support.Board.MEMBERS;

  /** What the stand-in of "Send the convocations" does: sends, or finds the notice too short. */
  boolean noticeTooShort;
  int convocationsSent;
  String attendanceSeen;
  final SessionRecords records = mock(SessionRecords.class);
  final SessionRegistry sessions = mock(SessionRegistry.class);
  /** The minimum notice "Send the convocations" found when it ran (the decision's result, a routing variable). */
  final List<Object> minimumNotices = new java.util.ArrayList<>();
  final SessionDocuments documents = mock(SessionDocuments.class);
  final SessionChair chair = mock(SessionChair.class);
  final ma.majlis.presentation.PresentationService presentations =
      mock(ma.majlis.presentation.PresentationService.class);
  final List<String> reviewedTexts = new java.util.ArrayList<>();
  int minutesSent;
  int published;

  @BeforeEach
  void registerBeans() {
    BpmnAwareTests.init(extension.getProcessEngine());
    // what the session's record holds (the steps that write it are stand-ins here)
    org.mockito.Mockito.when(records.convened("CA-2021-S2")).thenReturn(MEMBERS);
    round(1);
    org.mockito.Mockito.when(sessions.find("CA-2021-S2")).thenReturn(java.util.Optional.of(new SessionRecord("CA-2021-S2",
        "CA", 2021, 2, "ORDINARY", java.time.LocalDateTime.parse("2021-12-24T10:00"), "Rabat", "IN_PERSON", null,
        "TALLY", null, ma.majlis.board.SessionStatus.REQUESTED)));
    org.mockito.Mockito.when(records.plannedStart("CA-2021-S2"))
        .thenReturn(java.util.Optional.of(java.time.LocalDateTime.parse("2021-12-24T10:00")));
    org.mockito.Mockito.when(records.replyDeadline("CA-2021-S2"))
        .thenReturn(java.util.Optional.of(java.time.LocalDateTime.parse("2021-12-23T10:00")));
    org.mockito.Mockito.when(documents.currentMinutes("CA-2021-S2")).thenReturn(41L);
    org.mockito.Mockito.when(documents.currentPressReleases("CA-2021-S2"))
        .thenReturn(new SessionDocuments.PressReleases(51L, 52L));
    org.mockito.Mockito.when(chair.require(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any()))
        .thenReturn("chair");
    TaskListener nothing = task -> { };
    Mocks.register("startSessionCheckAndRecord", (org.camunda.bpm.engine.delegate.ExecutionListener) e -> { });
    Mocks.register("prepareAgendaPrefill", nothing);
    Mocks.register("prepareAgendaCheckAndRecord", new PrepareAgendaCheckAndRecord(mock(PendingAgendaItems.class), mock(AgendaCorrections.class)));
    Mocks.register("agendaItems", new AgendaItems(records, presentations));
    Mocks.register("sessionMembers", new SessionMembers(records));
    Mocks.register("sessionDates", new SessionDates(records));
    Mocks.register("prepareItemDossierPrefill", nothing);
    Mocks.register("prepareItemDossierCheckAndRecord", nothing);
    Mocks.register("giveControllerOpinionCheckAndRecord", nothing);
    Mocks.register("approveConvocationCheckAndRecord", new ApproveConvocationCheckAndRecord(new ApprovalCheck(), records,
        mock(FollowUpItems.class), mock(ma.majlis.followup.FollowUps.class)));
    Mocks.register("convocationNoticeInputs", new ConvocationNoticeInputs(sessions, records));
    Mocks.register("sendConvocationsDelegate", (JavaDelegate) this::sendConvocations);
    Mocks.register("waiveShortNoticeCheckAndRecord", (TaskListener) task -> {
      if (Boolean.TRUE.equals(task.getVariable("waiveNotice"))) {
        task.getExecution().setVariable("noticeWaived", true);
      }
    });
    Mocks.register("confirmAttendanceCheckAndRecord", nothing);
    Mocks.register("recordAttendancePrefill", nothing);
    Mocks.register("recordAttendanceCheckAndRecord", new RecordAttendanceCheckAndRecord(records));
    Mocks.register("recordQuorumListener", (org.camunda.bpm.engine.delegate.ExecutionListener) e -> { });
    Mocks.register("scheduleSecondConvocationCheckAndRecord", (TaskListener) task -> task.getExecution()
        .setVariable("convocationRound", ((Integer) task.getVariable("convocationRound")) + 1));
    Mocks.register("recordOpeningCheckAndRecord", nothing);
    Mocks.register("recordPresentationCheckAndRecord", nothing);
    Mocks.register("collectResolutionListener", new CollectResolutionListener());
    Mocks.register("closeSessionCheckAndRecord", nothing);
    Mocks.register("startFollowUpsDelegate", (JavaDelegate) e -> attendanceSeen = String.valueOf(e.getVariable("resolutions")));
    Mocks.register("draftMinutesDelegate", (JavaDelegate) e -> {
      e.setVariable("minutesText", "Minutes of CA-2021-S2");
    });
    Mocks.register("reviewMinutesCheckAndRecord", (TaskListener) task -> reviewedTexts.add((String) task.getVariable("minutesText")));
    Mocks.register("signMinutesCheckAndRecord", new SignMinutesCheckAndRecord(new ApprovalCheck(), documents, chair));
    Mocks.register("distributeMinutesDelegate", (JavaDelegate) e -> minutesSent++);
    Mocks.register("draftPressReleaseDelegate", (JavaDelegate) e -> { });
    Mocks.register("approvePressReleaseCheckAndRecord", new ApprovePressReleaseCheckAndRecord(new ApprovalCheck(), documents));
    Mocks.register("publishPressReleaseDelegate", (JavaDelegate) e -> published++);
  }

  @AfterEach
  void reset() {
    identityService().clearAuthentication();
    Mocks.reset();
    BpmnAwareTests.reset();
  }

  /** The convocation round as the session's row holds it. */
  private void round(int round) {
    org.mockito.Mockito.when(records.proceedings("CA-2021-S2")).thenReturn(java.util.Optional.of(
        new SessionRecords.Proceedings(round, null, null, null, null, null, null, null, null)));
  }

  private void sendConvocations(DelegateExecution execution) {
    minimumNotices.add(execution.getVariable("minimumNoticeDays"));
    if (noticeTooShort && !Boolean.TRUE.equals(execution.getVariable("noticeWaived"))) {
      noticeTooShort = false;
      throw new BpmnError(SessionVariables.ERROR_NOTICE_TOO_SHORT, "too short");
    }
    convocationsSent++;
    StringBuilder members = new StringBuilder("[");
    MEMBERS.forEach(m -> members.append(members.length() > 1 ? "," : "").append('"').append(m).append('"'));
    execution.setVariable("members", SpinValues.jsonValue(members + "]").create());
    execution.setVariable("votingMembers", MEMBERS.size());
    execution.setVariable("replyDeadline", "2021-12-23T10:00");
    execution.setVariable("chairId", "chair");
  }

  static final String AGENDA = "[{\"title\":\"Opening address of the chair\",\"kind\":\"ADDRESS\"},"
      + "{\"title\":\"New generation of services\",\"kind\":\"PRESENTATION\",\"rapporteur\":\"director\"},"
      + "{\"title\":\"Draft action plan 2022\",\"kind\":\"DELIBERATION\",\"subject\":\"ACTION_PLAN\"},"
      + "{\"title\":\"Draft budget 2022\",\"kind\":\"DELIBERATION\",\"subject\":\"BUDGET\"},"
      + "{\"title\":\"Creation of the committee\",\"kind\":\"DELIBERATION\",\"subject\":\"COMMITTEE\"}]";

  private ProcessInstance start() {
    return runtimeService().startProcessInstanceByKey(ProcessKeys.BOARD_SESSION, "CA-2021-S2", Variables.createVariables()
        .putValue("sessionKey", "CA-2021-S2").putValue("bodyCode", "CA").putValue("sessionKind", "ORDINARY")
        .putValue("plannedStart", "2021-12-24T10:00").putValue("voteMode", "TALLY").putValue("convocationRound", 1));
  }

  /** From the request to the chair's approval: agenda, three dossiers, the budget's opinion, the presentation. */
  private void prepare(ProcessInstance session) {
    assertThat(session).isWaitingAt("Task_PrepareAgenda");
    assertThat(task()).hasCandidateGroup(Groups.BOARD_SECRETARIAT);
    complete(task(), withVariables("agenda", SpinValues.jsonValue(AGENDA).create()));
    assertThat(session).as("the items are opened in a job, not in the secretariat's click")
        .isWaitingAt("Gateway_PrepareItems");
    execute(job());
    List<Task> dossiers = taskService().createTaskQuery().taskDefinitionKey("Task_PrepareItemDossier").list();
    Assertions.assertThat(dossiers).hasSize(3);
    assertThat(dossiers.get(0)).hasCandidateGroup(Groups.GENERAL_MANAGEMENT);
    Assertions.assertThat(taskService().createTaskQuery().processDefinitionKey(ProcessKeys.PRESENTATION_REVIEW).count()).isEqualTo(1);
    dossiers.forEach(t -> complete(t, withVariables("draftResolution", "The board approves it")));
    runJobsAt("SubProcess_PrepareDeliberationItem");
    Task opinion = taskService().createTaskQuery().taskDefinitionKey("Task_GiveControllerOpinion").singleResult();
    Assertions.assertThat(opinion).as("only the budget item gets the controller's opinion").isNotNull();
    assertThat(opinion).hasCandidateGroup(Groups.STATE_CONTROLLER);
    complete(opinion, withVariables("controllerOpinion", "FAVOURABLE", "controllerOpinionText", "Sound"));
    runJobsAt("SubProcess_PrepareDeliberationItem", "Gateway_ItemsPrepared");
    assertThat(session).isNotWaitingAt("Task_ApproveConvocation");
    complete(taskService().createTaskQuery().processDefinitionKey(ProcessKeys.PRESENTATION_REVIEW).singleResult());
    assertThat(session).as("the items meet in a job of their own").isNotWaitingAt("Task_ApproveConvocation");
    runJobsAt("CallActivity_ReviewPresentation", "Gateway_ItemsPrepared");
    assertThat(session).isWaitingAt("Task_ApproveConvocation");
    assertThat(task()).hasCandidateGroup(Groups.BOARD_CHAIR);
  }

  private void approveAndConvene(ProcessInstance session) {
    complete(task(), withVariables("approved", true));
    assertThat(session).isWaitingAt("BusinessRule_DetermineNotice");
    execute(job());
  }

  private void reply(Map<String, String> replies) {
    replies.forEach((member, reply) -> complete(taskService().createTaskQuery().taskDefinitionKey("Task_ConfirmAttendance")
        .taskAssignee(member).singleResult(), withVariables("attendanceReply", reply)));
    runJobsAt("Task_ConfirmAttendance");
  }

  /**
   * Runs the asynchronous continuations at these activities (each parallel instance's end, a join) until none is
   * left, as the job executor would: a person's completion commits without them.
   */
  private void runJobsAt(String... activityIds) {
    for (int round = 0; round < 10; round++) {
      List<org.camunda.bpm.engine.runtime.Job> due = new java.util.ArrayList<>();
      for (String activityId : activityIds) {
        due.addAll(managementService().createJobQuery().messages().activityId(activityId).list());
      }
      if (due.isEmpty()) {
        return;
      }
      due.forEach(j -> managementService().executeJob(j.getId()));
    }
  }

  private void sessionDayWithAttendance(ProcessInstance session, String attendance) {
    assertThat(session).isWaitingAt("TimerEvent_SessionDay");
    execute(job());
    assertThat(session).isWaitingAt("Task_RecordAttendance");
    complete(task(), withVariables("attendance", SpinValues.jsonValue(attendance).create()));
  }



  private void holdSession(ProcessInstance session) {
    assertThat(session).isWaitingAt("Task_RecordOpening");
    complete(task(), withVariables("openingSummary", "The minister praised the institution's efforts"));
    assertThat(session).isWaitingAt("Task_RecordPresentation");
    complete(task(), withVariables("presentationRemarks", "Members praised the new approach"));
    for (int i = 1; i <= 3; i++) {
      assertThat(session).isWaitingAt("CallActivity_Deliberate");
      Task deliberation = taskService().createTaskQuery().processDefinitionKey(ProcessKeys.AGENDA_ITEM_DELIBERATION).singleResult();
      complete(deliberation, withVariables("outcome", "ADOPTED", "resolutionNumber", "CA-2021-S2-R0" + i,
          "itemStatus", "ADOPTED"));
    }
    assertThat(session).isWaitingAt("Task_CloseSession");
    complete(task(), withVariables("closedAt", "2021-12-24T12:30"));
    assertThat(session).isWaitingAt("ServiceTask_StartFollowUps");
    execute(job());
    assertThat(session).isWaitingAt("ServiceTask_DraftMinutes");
  }

  /** From the drafted minutes to the published press release, everyone agreeing. */
  private void minutesAndPressRelease(ProcessInstance session) {
    assertThat(session).isWaitingAt("ServiceTask_DraftMinutes");
    execute(job());
    assertThat(session).isWaitingAt("Task_ReviewMinutes");
    assertThat(task()).hasCandidateGroup(Groups.BOARD_SECRETARIAT);
    complete(task(), withVariables("minutesText", "Minutes of CA-2021-S2, reviewed", "minutesTextAr", "محضر"));
    assertThat(session).isWaitingAt("Task_SignMinutes");
    assertThat(task()).isAssignedTo("chair");
    Assertions.assertThat(taskService().getIdentityLinksForTask(task().getId())).extracting(l -> l.getGroupId())
        .contains(Groups.BOARD_CHAIR);
    complete(task(), withVariables("approved", "true"));
    org.mockito.Mockito.verify(documents).signMinutes("CA-2021-S2", "chair");
    assertThat(session).isWaitingAt("ServiceTask_DistributeMinutes");
    execute(job());
    Assertions.assertThat(minutesSent).isEqualTo(1);
    assertThat(session).isWaitingAt("ServiceTask_DraftPressRelease");
    execute(job());
    assertThat(session).isWaitingAt("Task_ApprovePressRelease");
    assertThat(task()).hasCandidateGroup(Groups.COMMUNICATION);
    identityService().setAuthenticatedUserId("press");
    complete(task(), withVariables("approved", true));
    identityService().clearAuthentication();
    org.mockito.Mockito.verify(documents).approvePressReleases(new SessionDocuments.PressReleases(51L, 52L), "press");
    assertThat(session).isWaitingAt("ServiceTask_PublishPressRelease");
    execute(job());
    Assertions.assertThat(published).isEqualTo(1);
    assertThat(session).isEnded().hasPassed("EndEvent_SessionClosed");
  }

  /** A session that has just closed, at its minutes (what the steps before leave for them). */
  private ProcessInstance closedSession() {
    ProcessInstance session = runtimeService().createProcessInstanceByKey(ProcessKeys.BOARD_SESSION)
        .businessKey("CA-2021-S2").startBeforeActivity("ServiceTask_DraftMinutes")
        .setVariables(Variables.createVariables().putValue("sessionKey", "CA-2021-S2").putValue("bodyCode", "CA")
            .putValue("chairId", "chair").putValue("members", SpinValues.jsonValue("[\"chair\",\"member01\"]").create()))
        .execute();
    assertThat(session).isWaitingAt("ServiceTask_DraftMinutes");
    execute(job());
    return session;
  }

  @Test
  void returnedMinutesGoBackToTheSecretariatWithTheChairsRemarksThenAreSigned() {
    ProcessInstance session = closedSession();
    complete(task(), withVariables("minutesText", "Minutes of CA-2021-S2"));
    assertThat(session).isWaitingAt("Task_SignMinutes");
    assertThatThrownBy(() -> complete(task(), withVariables("approved", false)))
        .hasStackTraceContaining("remarks: is required when the work is returned");
    assertThat(session).isWaitingAt("Task_SignMinutes");
    complete(task(), withVariables("approved", false, "remarks", "Member 10 was represented, not absent"));
    org.mockito.Mockito.verify(documents).returnMinutes("CA-2021-S2", "Member 10 was represented, not absent");
    org.mockito.Mockito.verify(documents, org.mockito.Mockito.never()).signMinutes(org.mockito.ArgumentMatchers.anyString(),
        org.mockito.ArgumentMatchers.any());
    assertThat(session).isWaitingAt("Task_ReviewMinutes").hasPassed("Gateway_MinutesSigned").variables()
        .containsEntry("remarks", "Member 10 was represented, not absent").containsEntry("approved", false);
    complete(task(), withVariables("minutesText", "Minutes of CA-2021-S2, member 10 represented"));
    Assertions.assertThat(reviewedTexts).containsExactly("Minutes of CA-2021-S2",
        "Minutes of CA-2021-S2, member 10 represented");
    assertThat(session).isWaitingAt("Task_SignMinutes");
    complete(task(), withVariables("approved", true));
    org.mockito.Mockito.verify(documents).signMinutes("CA-2021-S2", "chair");
    assertThat(session).isWaitingAt("ServiceTask_DistributeMinutes");
  }

  @Test
  void aWithheldPressReleaseEndsTheSessionWithoutPublishingAndKeepsTheRemarks() {
    ProcessInstance session = closedSession();
    complete(task(), withVariables("minutesText", "Minutes of CA-2021-S2"));
    complete(task(), withVariables("approved", true));
    execute(job());
    execute(job());
    assertThat(session).isWaitingAt("Task_ApprovePressRelease");
    identityService().setAuthenticatedUserId("press");
    assertThatThrownBy(() -> complete(task(), withVariables("approved", false)))
        .hasStackTraceContaining("remarks: is required when the work is returned");
    complete(task(), withVariables("approved", false, "remarks", "Wait for the ministry's own release"));
    org.mockito.Mockito.verify(documents).withholdPressReleases(new SessionDocuments.PressReleases(51L, 52L),
        "Wait for the ministry's own release");
    Assertions.assertThat(published).isZero();
    assertThat(session).isEnded().hasPassed("EndEvent_PressReleaseWithheld").hasNotPassed("EndEvent_SessionClosed");
  }

  @Test
  void theSeedSessionRunsFromRequestToClose() {
    ProcessInstance session = start();
    prepare(session);
    approveAndConvene(session);
    Assertions.assertThat(convocationsSent).isEqualTo(1);
    List<Task> confirmations = taskService().createTaskQuery().taskDefinitionKey("Task_ConfirmAttendance").list();
    Assertions.assertThat(confirmations).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(MEMBERS);
    Map<String, String> replies = new java.util.HashMap<>();
    MEMBERS.forEach(m -> replies.put(m, "PRESENT"));
    reply(replies);
    sessionDayWithAttendance(session, attendance(9, 1));
    assertThat(session).variables().containsEntry("quorumReached", true).containsEntry("present", 9)
        .containsEntry("represented", 1);
    holdSession(session);
    Assertions.assertThat(attendanceSeen).contains("CA-2021-S2-R01", "CA-2021-S2-R02", "CA-2021-S2-R03", "BUDGET");
    minutesAndPressRelease(session);
  }

  @Test
  void aReturnedConvocationGoesBackToTheSecretariatWithTheRemarks() {
    ProcessInstance session = start();
    prepare(session);
    assertThatThrownBy(() -> complete(task(), withVariables("approved", false)))
        .hasStackTraceContaining("remarks: is required when the work is returned");
    complete(task(), withVariables("approved", false, "remarks", "Add the minutes of the previous session",
        "reopenItems", SpinValues.jsonValue("[\"3\", 4, 5, 2]").create()));
    assertThat(session).isWaitingAt("Task_PrepareAgenda").variables()
        .containsEntry("remarks", "Add the minutes of the previous session");
    Assertions.assertThat(runtimeService().getVariable(session.getId(), "reopenItems").toString())
        .as("the items to prepare again, as numbers, in agenda order").isEqualTo("[2,3,4,5]");
    prepare(session);
    assertThat(session).isWaitingAt("Task_ApproveConvocation").variables().as("the remarks answered by the new agenda")
        .doesNotContainKey("remarks");
    approveAndConvene(session);
    assertThat(session).isWaitingAt("Task_ConfirmAttendance");
    Assertions.assertThat(runtimeService().getVariable(session.getId(), "reopenItems"))
        .as("an approval leaves no reopened items behind").isNull();
  }

  @Test
  void aReturnReopensOnlyTheItemsTheChairNamesTheOthersCarryOver() {
    ProcessInstance session = start();
    prepare(session);
    // what the first preparation recorded: the three dossiers and the approved presentation of item 2
    for (int index = 3; index <= 5; index++) {
      String subject = index == 3 ? "ACTION_PLAN" : index == 4 ? "BUDGET" : "COMMITTEE";
      org.mockito.Mockito.when(records.dossier("CA-2021-S2", index)).thenReturn(java.util.Optional.of(
          new SessionRecords.Dossier("CA-2021-S2", index, subject, "The board approves it", null, null,
              index == 4 ? "FAVOURABLE" : null, index == 4 ? "Sound" : null)));
    }
    org.mockito.Mockito.when(presentations.findApproved("CA-2021-S2")).thenReturn(List.of(
        new ma.majlis.presentation.ApprovedPresentation(7L, "CA-2021-S2", 2, "New generation of services", 1, "Jisr",
            "Summary", List.of(), null, 30, "secretary", "SECRETARIAT", java.time.Instant.now(), "p1", null)));
    String returned = task().getId();
    for (String refused : new String[] {"[]", "[1]", "[9]", "[\"x\"]", "[4.5]"}) {
      assertThatThrownBy(() -> complete(taskService().createTaskQuery().taskId(returned).singleResult(),
          withVariables("approved", false, "remarks", "Revise the budget",
              "reopenItems", SpinValues.jsonValue(refused).create())))
          .as(refused).hasStackTraceContaining("reopenItems");
    }
    assertThatThrownBy(() -> complete(task(), withVariables("approved", false, "remarks", "Revise the budget")))
        .hasStackTraceContaining("reopenItems: is required when the convocation is returned");
    complete(task(), withVariables("approved", false, "remarks", "Revise the budget",
        "reopenItems", SpinValues.jsonValue("[4]").create()));
    complete(task(), withVariables("agenda", SpinValues.jsonValue(AGENDA).create()));
    assertThat(session).as("the items are opened in a job, not in the secretariat's click")
        .isWaitingAt("Gateway_PrepareItems");
    execute(job());
    List<Task> dossiers = taskService().createTaskQuery().taskDefinitionKey("Task_PrepareItemDossier").list();
    Assertions.assertThat(dossiers).as("only the budget's dossier is prepared again").hasSize(1);
    Assertions.assertThat(taskService().getVariable(dossiers.get(0).getId(), "agendaItem").toString())
        .contains("Draft budget 2022");
    Assertions.assertThat(taskService().createTaskQuery().processDefinitionKey(ProcessKeys.PRESENTATION_REVIEW).count())
        .as("the approved presentation carries over").isZero();
    runJobsAt("CallActivity_ReviewPresentation", "Gateway_ItemsPrepared");
    complete(dossiers.get(0), withVariables("draftResolution", "The board adopts the revised budget"));
    runJobsAt("SubProcess_PrepareDeliberationItem");
    Task opinion = taskService().createTaskQuery().taskDefinitionKey("Task_GiveControllerOpinion").singleResult();
    Assertions.assertThat(opinion).as("the reopened budget gets the controller's opinion again").isNotNull();
    complete(opinion, withVariables("controllerOpinion", "RESERVED", "controllerOpinionText", "Revenue optimistic"));
    runJobsAt("SubProcess_PrepareDeliberationItem", "Gateway_ItemsPrepared");
    assertThat(session).isWaitingAt("Task_ApproveConvocation");
    approveAndConvene(session);
    assertThat(session).isWaitingAt("Task_ConfirmAttendance");
  }

  @Test
  void aReturnNamingAPresentationReviewsItAgainAlone() {
    ProcessInstance session = start();
    prepare(session);
    for (int index = 3; index <= 5; index++) {
      String subject = index == 3 ? "ACTION_PLAN" : index == 4 ? "BUDGET" : "COMMITTEE";
      org.mockito.Mockito.when(records.dossier("CA-2021-S2", index)).thenReturn(java.util.Optional.of(
          new SessionRecords.Dossier("CA-2021-S2", index, subject, "The board approves it", null, null, null, null)));
    }
    org.mockito.Mockito.when(presentations.findApproved("CA-2021-S2")).thenReturn(List.of(
        new ma.majlis.presentation.ApprovedPresentation(7L, "CA-2021-S2", 2, "New generation of services", 1, "Jisr",
            "Summary", List.of(), null, 30, "secretary", "SECRETARIAT", java.time.Instant.now(), "p1", null)));
    complete(task(), withVariables("approved", false, "remarks", "Shorten the presentation",
        "reopenItems", SpinValues.jsonValue("[\"2\"]").create()));
    complete(task(), withVariables("agenda", SpinValues.jsonValue(AGENDA).create()));
    runJobsAt("Gateway_PrepareItems");
    Assertions.assertThat(taskService().createTaskQuery().taskDefinitionKey("Task_PrepareItemDossier").count())
        .as("every dossier carries over").isZero();
    runJobsAt("SubProcess_PrepareDeliberationItem", "Gateway_ItemsPrepared");
    assertThat(session).isNotWaitingAt("Task_ApproveConvocation");
    complete(taskService().createTaskQuery().processDefinitionKey(ProcessKeys.PRESENTATION_REVIEW).singleResult());
    runJobsAt("CallActivity_ReviewPresentation", "Gateway_ItemsPrepared");
    assertThat(session).isWaitingAt("Task_ApproveConvocation");
  }

  @Test
  void theRequiredNoticeIsDecidedFromTheSessionsRowNotFromItsVariables() {
    ProcessInstance session = start();
    prepare(session);
    runtimeService().setVariable(session.getId(), "sessionKind", "EXTRAORDINARY");
    runtimeService().setVariable(session.getId(), "convocationRound", 2);
    approveAndConvene(session);
    Assertions.assertThat(minimumNotices).as("the row says ORDINARY, first convocation").containsExactly(15);
    assertThat(session).variables().containsEntry("minimumNoticeDays", 15);
  }

  @Test
  void aShortNoticeIsWaivedByTheChair() {
    noticeTooShort = true;
    ProcessInstance session = start();
    prepare(session);
    approveAndConvene(session);
    assertThat(session).isWaitingAt("Task_WaiveShortNotice");
    assertThat(task()).hasCandidateGroup(Groups.BOARD_CHAIR);
    complete(task(), withVariables("waiveNotice", true, "waiverReason", "Urgent budget vote"));
    execute(job());
    Assertions.assertThat(convocationsSent).isEqualTo(1);
    assertThat(session).isWaitingAt("Task_ConfirmAttendance");
  }

  @Test
  void aShortNoticeIsAnsweredWithANewDate() {
    noticeTooShort = true;
    ProcessInstance session = start();
    prepare(session);
    approveAndConvene(session);
    complete(task(), withVariables("waiveNotice", false, "plannedStart", "2022-01-20T10:00"));
    assertThat(session).isWaitingAt("BusinessRule_DetermineNotice").variables()
        .containsEntry("plannedStart", "2022-01-20T10:00");
    execute(job());
    Assertions.assertThat(convocationsSent).isEqualTo(1);
  }

  @Test
  void withoutQuorumTheSessionIsConvenedAgainAndDeliberatesWithThreePresent() {
    ProcessInstance session = start();
    prepare(session);
    approveAndConvene(session);
    reply(Map.of("chair", "PRESENT"));
    execute(job(findId("Reply deadline")));
    sessionDayWithAttendance(session, attendance(4, 1));
    assertThat(session).variables().containsEntry("quorumReached", false);
    assertThat(session).isWaitingAt("Task_ScheduleSecondConvocation");
    round(2);
    complete(task(), withVariables("plannedStart", "2021-12-28T10:00"));
    assertThat(session).isWaitingAt("BusinessRule_DetermineNotice").variables().containsEntry("convocationRound", 2);
    execute(job());
    Assertions.assertThat(convocationsSent).isEqualTo(2);
    Assertions.assertThat(minimumNotices).as("an ordinary session: 15 days' notice, 3 for its second convocation")
        .containsExactly(15, 3);
    execute(job(findId("Reply deadline")));
    sessionDayWithAttendance(session, attendance(3, 0));
    assertThat(session).variables().containsEntry("quorumReached", true).containsEntry("quorumRequired", 0);
    holdSession(session);
    minutesAndPressRelease(session);
  }

  @Test
  void theReplyDeadlineClosesTheRepliesStillOpen() {
    ProcessInstance session = start();
    prepare(session);
    approveAndConvene(session);
    reply(Map.of("chair", "PRESENT", "member01", "PRESENT", "member10", "PROXY"));
    Assertions.assertThat(taskService().createTaskQuery().taskDefinitionKey("Task_ConfirmAttendance").count()).isEqualTo(9);
    execute(job(findId("Reply deadline")));
    Assertions.assertThat(taskService().createTaskQuery().taskDefinitionKey("Task_ConfirmAttendance").count()).isZero();
    assertThat(session).isWaitingAt("TimerEvent_SessionDay");
  }

  @Test
  void attendanceWithTwoProxiesForOneHolderIsRefused() {
    ProcessInstance session = start();
    prepare(session);
    approveAndConvene(session);
    execute(job(findId("Reply deadline")));
    execute(job());
    String twoProxies = attendance(10, 0).replace("{\"memberId\":\"member08\",\"status\":\"PRESENT\"}",
        "{\"memberId\":\"member08\",\"status\":\"REPRESENTED\",\"proxyHolder\":\"member01\"}")
        .replace("{\"memberId\":\"member09\",\"status\":\"PRESENT\"}",
            "{\"memberId\":\"member09\",\"status\":\"REPRESENTED\",\"proxyHolder\":\"member01\"}");
    assertThatThrownBy(() -> complete(task(), withVariables("attendance", SpinValues.jsonValue(twoProxies).create())))
        .hasStackTraceContaining("member01 already holds a proxy");
    assertThat(session).isWaitingAt("Task_RecordAttendance");
  }
}
