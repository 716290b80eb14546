package ma.majlis.presentation;

import ma.majlis.platform.JsonValues;
import ma.majlis.process.SharedVariables;
import ma.majlis.identity.Groups;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import ma.majlis.platform.EngineClock;
import ma.majlis.support.H2Database;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

import ma.majlis.notification.Outbox;
import ma.majlis.platform.InputRejectedException;

import static ma.majlis.presentation.PresentationVariables.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * {@code presentation-review} on its own: every path of the diagram, with the real checks and delegates; only the
 * database (PresentationService) and the outbox are mocks.
 */
@Deployment(resources = {"processes/presentation-review.bpmn", "forms/draft-presentation.form",
    "forms/review-presentation.form", "forms/arbitrate-presentation.form"})
class PresentationReviewProcessTest {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineCoverageExtension.builder()
      .assertClassCoverageAtLeast(1.0).build();

  private static final String SESSION = "CA-2021-S2";
  private static final String PLANNED_START_TEXT = "2021-12-24T10:00";

  /** The approved versions on the real migrations (H2): the approval records its version, the job returns it. */
  private final org.springframework.jdbc.core.JdbcTemplate h2 = H2Database.migrated();
  private final PresentationService presentations = new PresentationService(h2);
  private final Outbox outbox = mock(Outbox.class);
  private IdentityService identity;

  private String whitelist;

  @BeforeEach
  void setUp() {
    init(extension.getProcessEngine());
    // group ids with a hyphen, as the application allows (generalResourceWhitelistPattern in application.yaml)
    var configuration = (ProcessEngineConfigurationImpl) extension.getProcessEngine().getProcessEngineConfiguration();
    whitelist = configuration.getGeneralResourceWhitelistPattern();
    configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9-]+|camunda-admin");
    identity = extension.getProcessEngine().getIdentityService();
    EngineClock.pinTo(date(LocalDateTime.of(2021, 12, 1, 9, 0)));
    Mocks.register("initialisePresentationReviewListener", new InitialisePresentationReviewListener("P7D"));
    Mocks.register("draftPresentationPrefill", new DraftPresentationPrefill());
    Mocks.register("draftPresentationCheck", new DraftPresentationCheck());
    Mocks.register("reviewPresentationPrefill", new ReviewPresentationPrefill());
    Mocks.register("reviewPresentationCheck", new ReviewPresentationCheckAndRecord(presentations));
    Mocks.register("arbitratePresentationPrefill", new ArbitratePresentationPrefill());
    Mocks.register("arbitratePresentationCheck", new ArbitratePresentationCheckAndRecord(presentations));
    Mocks.register("recordApprovedPresentationDelegate", new RecordApprovedPresentationDelegate(presentations));
    Mocks.register("remindGeneralManagementDelegate",
        new RemindGeneralManagementDelegate(new PresentationReminderService(outbox)));
    when(outbox.enqueue(anyString(), anyString(), any(), anyString())).thenReturn(true);
  }

  @AfterEach
  void tearDown() {
    identity.clearAuthentication();
    for (String user : List.of("director", "deputy")) {
      identity.deleteUser(user);
    }
    identity.deleteGroup(Groups.GENERAL_MANAGEMENT);
    ((ProcessEngineConfigurationImpl) extension.getProcessEngine().getProcessEngineConfiguration())
        .setGeneralResourceWhitelistPattern(whitelist);
    EngineClock.reset();
    Mocks.reset();
    reset();
  }

  @Test
  void presentationApprovedAtOnceIsRecordedAsVersionOneBySecretary() {
    ProcessInstance pi = start(1);
    assertThat(pi).isWaitingAt("Task_DraftPresentation");
    assertThat(task(pi)).hasCandidateGroup("general-management");

    draftByRest(pi, "New generation of services", "Project Jisr", "Digitisation and the green approach");
    assertThat(pi).isWaitingAt("Task_ReviewPresentation");
    assertThat(task(pi)).hasCandidateGroup("board-secretariat");
    review(pi, "APPROVE", null);
    // what was approved, by whom, is recorded by the approval: variables forged before the job change nothing
    runtimeService().setVariable(pi.getId(), APPROVED_BY, "member01");
    runtimeService().setVariable(pi.getId(), PRESENTATION_TITLE, "Forged after the approval");

    ApprovedPresentation recorded = recordAndEnd(pi);
    assertThat(pi).hasPassed("Gateway_ReviewDecision").hasNotPassed("Task_ArbitratePresentation");
    org.assertj.core.api.Assertions.assertThat(recorded.title()).isEqualTo("New generation of services");
    org.assertj.core.api.Assertions.assertThat(recorded.version()).isEqualTo(1);
    org.assertj.core.api.Assertions.assertThat(recorded.approvedBy()).isEqualTo("secretary");
    org.assertj.core.api.Assertions.assertThat(recorded.approvedByRole()).isEqualTo("SECRETARIAT");
    org.assertj.core.api.Assertions.assertThat(recorded.sessionKey()).isEqualTo(SESSION);
    org.assertj.core.api.Assertions.assertThat(recorded.itemIndex()).isEqualTo(1);
    org.assertj.core.api.Assertions.assertThat(recorded.itemTitle()).isEqualTo("New generation of services");
    org.assertj.core.api.Assertions.assertThat(recorded.keyPoints())
        .containsExactly("Project Jisr", "Digitisation and the green approach");
    org.assertj.core.api.Assertions.assertThat(recorded.durationMinutes()).isEqualTo(30);
    org.assertj.core.api.Assertions.assertThat(recorded.approvedAt())
        .isEqualTo(date(LocalDateTime.of(2021, 12, 1, 9, 0)).toInstant());
    // the session's form reads the approved version from the record (PresentationCaptions): the review leaves no copy
    org.assertj.core.api.Assertions.assertThat(extension.getProcessEngine().getHistoryService()
        .createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableNameIn("presentationId", APPROVED_PRESENTATION).count()).isZero();
    SpinJsonNode approved = PresentationCaptions.summary(recorded);
    org.assertj.core.api.Assertions.assertThat(approved.prop("id").numberValue().longValue()).isEqualTo(recorded.id());
    org.assertj.core.api.Assertions.assertThat(approved.prop("version").numberValue().intValue()).isEqualTo(1);
    org.assertj.core.api.Assertions.assertThat(approved.prop("summary").stringValue()).isEqualTo("Summary for the board");
    org.assertj.core.api.Assertions.assertThat(approved.prop("title").stringValue())
        .isEqualTo("New generation of services");
    org.assertj.core.api.Assertions.assertThat(approved.prop("approvedBy").stringValue()).isEqualTo("secretary");
  }

  @Test
  void oneRevisionShowsTheRemarksAndTheFormsKeyPointsBecomeVersionTwo() {
    ProcessInstance pi = start(1);
    draftByRest(pi, "New generation of services", "Project Jisr");
    review(pi, "REVISE", "Add the multi-purpose spaces for women");

    assertThat(pi).isWaitingAt("Task_DraftPresentation");
    Task redraft = task(pi);
    Map<String, Object> formView = taskService().getVariables(redraft.getId());
    org.assertj.core.api.Assertions.assertThat(formView)
        .containsEntry(LAST_REMARKS, "Add the multi-purpose spaces for women")
        .containsEntry(LAST_REMARKS_BY, "Board secretariat")
        .containsEntry(PRESENTATION_TITLE, "New generation of services")
        .containsEntry(DRAFT_ROUND, 1)
        .containsEntry(REVISION_ROUND, 1);
    // the dynamic list is offered the previous key points as objects
    org.assertj.core.api.Assertions.assertThat(formView.get(KEY_POINTS).toString()).isEqualTo("[{\"point\":\"Project Jisr\"}]");

    // Tasklist submits the form: the dynamic list as objects, over the offered list
    extension.getProcessEngine().getFormService().submitTaskForm(redraft.getId(), Variables.createVariables()
        .putValue(PRESENTATION_TITLE, "New generation of services")
        .putValue(PRESENTATION_SUMMARY, "Summary for the board")
        .putValue(KEY_POINTS, SpinValues.jsonValue(
            "[{\"point\":\"Project Jisr\"},{\"point\":\"Multi-purpose spaces for women in every province\"}]").create())
        .putValue(DURATION_MINUTES, 40L));
    org.assertj.core.api.Assertions.assertThat(runtimeService().getVariable(pi.getId(), KEY_POINTS).toString())
        .isEqualTo("[\"Project Jisr\",\"Multi-purpose spaces for women in every province\"]");
    review(pi, "APPROVE", null);

    ApprovedPresentation recorded = recordAndEnd(pi);
    org.assertj.core.api.Assertions.assertThat(recorded.version()).isEqualTo(2);
    org.assertj.core.api.Assertions.assertThat(recorded.durationMinutes()).isEqualTo(40);
    org.assertj.core.api.Assertions.assertThat(recorded.keyPoints())
        .containsExactly("Project Jisr", "Multi-purpose spaces for women in every province");
    assertThat(pi).hasNotPassed("Task_ArbitratePresentation");
  }

  @Test
  void keyPointsSentOverRestInTheListsShapeAreNormalisedToStrings() {
    ProcessInstance pi = start(1);
    taskService().complete(task(pi).getId(), Variables.createVariables()
        .putValue(PRESENTATION_TITLE, "Title")
        .putValue(PRESENTATION_SUMMARY, "Summary")
        .putValue(KEY_POINTS, SpinValues.jsonValue("[{\"point\":\" One \"},{\"point\":\"Two\"}]").create())
        .putValue(DURATION_MINUTES, 20));
    org.assertj.core.api.Assertions.assertThat(runtimeService().getVariable(pi.getId(), KEY_POINTS).toString())
        .isEqualTo("[\"One\",\"Two\"]");

    review(pi, "REVISE", "More");
    // second round over REST: keyPoints replace the previous ones although the form was offered them
    draftByRest(pi, "Title", "Three");
    org.assertj.core.api.Assertions.assertThat(runtimeService().getVariable(pi.getId(), KEY_POINTS).toString())
        .isEqualTo("[\"Three\"]");
  }

  @Test
  void thirdRevisionGoesToTheChairWhoApprovesTheCurrentVersion() {
    ProcessInstance pi = start(1);
    reviseThreeTimes(pi);
    assertThat(pi).isWaitingAt("Task_ArbitratePresentation");
    assertThat(task(pi)).hasCandidateGroup("board-chair");
    org.assertj.core.api.Assertions.assertThat(((SpinJsonNode) runtimeService().getVariable(pi.getId(), REMARKS_HISTORY))
        .elements()).hasSize(3);

    identity.setAuthenticatedUserId("chair");
    // the form's radio submits "true" as text; the check writes a Boolean for the gateway
    taskService().complete(task(pi).getId(), Variables.createVariables().putValue(APPROVED, "true"));

    ApprovedPresentation recorded = recordAndEnd(pi);
    org.assertj.core.api.Assertions.assertThat(recorded.version()).isEqualTo(3);
    org.assertj.core.api.Assertions.assertThat(recorded.approvedBy()).isEqualTo("chair");
    org.assertj.core.api.Assertions.assertThat(recorded.approvedByRole()).isEqualTo("CHAIR");
    org.assertj.core.api.Assertions.assertThat(recorded.title()).isEqualTo("Draft 3");
  }

  @Test
  void chairReturnsTheDraftThenTheSecretariatApprovesTheNextVersion() {
    ProcessInstance pi = start(1);
    reviseThreeTimes(pi);
    arbitrate(pi, false, "Keep the green approach, shorten the rest");

    assertThat(pi).isWaitingAt("Task_DraftPresentation");
    org.assertj.core.api.Assertions.assertThat(taskService().getVariables(task(pi).getId()))
        .containsEntry(LAST_REMARKS, "Keep the green approach, shorten the rest")
        .containsEntry(LAST_REMARKS_BY, "Board chair");
    draftByRest(pi, "Draft 4", "Green approach");
    review(pi, "APPROVE", null);

    ApprovedPresentation recorded = recordAndEnd(pi);
    org.assertj.core.api.Assertions.assertThat(recorded.version()).isEqualTo(4);
    org.assertj.core.api.Assertions.assertThat(recorded.approvedByRole()).isEqualTo("SECRETARIAT");
  }

  @Test
  void afterTheChairReturnedItAFurtherRevisionGoesStraightBackToTheChair() {
    ProcessInstance pi = start(1);
    reviseThreeTimes(pi);
    arbitrate(pi, false, "Shorter");
    draftByRest(pi, "Draft 4", "Green approach");
    review(pi, "REVISE", "Still too long");

    assertThat(pi).isWaitingAt("Task_ArbitratePresentation");
    arbitrate(pi, true, null);
    ApprovedPresentation recorded = recordAndEnd(pi);
    org.assertj.core.api.Assertions.assertThat(recorded.version()).isEqualTo(4);
    org.assertj.core.api.Assertions.assertThat(recorded.approvedByRole()).isEqualTo("CHAIR");
  }

  @Test
  void reviseWithoutRemarksIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance pi = start(1);
    draftByRest(pi, "Draft 1", "Point");
    review(pi, "REVISE", "First remarks");
    draftByRest(pi, "Draft 2", "Point");
    String reviewTask = task(pi).getId();

    // the first round's remarks must not count for this round
    assertThatThrownBy(() -> taskService().complete(reviewTask, Variables.createVariables().putValue(DECISION, "REVISE")))
        .hasMessageContaining("remarks: is required when decision is REVISE")
        .satisfies(e -> org.assertj.core.api.Assertions.assertThat(rootRejection(e).getVariable()).isEqualTo(REMARKS));
    assertThat(pi).isWaitingAt("Task_ReviewPresentation");
    org.assertj.core.api.Assertions.assertThat(task(pi).getId()).isEqualTo(reviewTask);
  }

  @Test
  void chairReturningWithoutRemarksIsRefused() {
    ProcessInstance pi = start(1);
    reviseThreeTimes(pi);
    String arbitration = task(pi).getId();
    assertThatThrownBy(() -> taskService().complete(arbitration, Variables.createVariables().putValue(APPROVED, false)))
        .hasMessageContaining("remarks: is required when the work is returned");
    assertThat(pi).isWaitingAt("Task_ArbitratePresentation");
  }

  @Test
  void reminderSevenDaysBeforeTheSessionNotifiesEveryUserOfGeneralManagement() {
    identity.saveGroup(identity.newGroup(Groups.GENERAL_MANAGEMENT));
    for (String user : List.of("director", "deputy")) {
      identity.saveUser(identity.newUser(user));
      identity.createMembership(user, Groups.GENERAL_MANAGEMENT);
    }
    ProcessInstance pi = start(null);
    Job timer = jobQuery().timers().singleResult();
    org.assertj.core.api.Assertions.assertThat(timer.getDuedate()).isEqualTo(date(LocalDateTime.of(2021, 12, 17, 10, 0)));
    assertThat(pi).variables().containsEntry(REMINDER_DATE, date(LocalDateTime.of(2021, 12, 17, 10, 0)));

    EngineClock.pinTo(date(LocalDateTime.of(2021, 12, 17, 10, 0)));
    execute(timer);
    assertThat(pi).isWaitingAt("Task_DraftPresentation", "ServiceTask_RemindGeneralManagement");
    execute(jobQuery().activityId("ServiceTask_RemindGeneralManagement").singleResult());

    @SuppressWarnings("unchecked")
    ArgumentCaptor<java.util.function.Function<ma.majlis.language.Language, ma.majlis.notification.Mail>> written =
        ArgumentCaptor.forClass(java.util.function.Function.class);
    verify(outbox).enqueue(eq(SESSION + "/presentation-reminder/deputy"), eq("deputy"), written.capture(), eq(SESSION));
    verify(outbox).enqueue(eq(SESSION + "/presentation-reminder/director"), eq("director"), any(), eq(SESSION));
    org.assertj.core.api.Assertions.assertThat(written.getValue().apply(ma.majlis.language.Language.EN).text())
        .contains("New generation of services").contains("Friday 24 December 2021 at 10:00");
    assertThat(pi).hasPassed("EndEvent_Reminded").isWaitingAt("Task_DraftPresentation");

    // the review goes on after the reminder
    draftByRest(pi, "Draft 1", "Point");
    review(pi, "APPROVE", null);
    recordAndEnd(pi);
  }

  @Test
  void noReminderOnceThePresentationIsApproved() {
    ProcessInstance pi = start(1);
    draftByRest(pi, "Draft 1", "Point");
    review(pi, "APPROVE", null);
    org.assertj.core.api.Assertions.assertThat(jobQuery().timers().count()).isZero();
    recordAndEnd(pi);
    verify(outbox, never()).enqueue(any());
  }

  // --- helpers: the users' actions ---

  @Test
  void aReviewApprovedBeforeTheApprovalRecordedItsVersionIsRecordedByTheJobFromItsVariables() {
    // such a review waits at the job with its approval in variables, as the approval then wrote it
    Date approvedAt = date(LocalDateTime.of(2021, 12, 2, 11, 0));
    ProcessInstance pi = runtimeService().createProcessInstanceByKey("presentation-review").businessKey(SESSION)
        .startBeforeActivity("ServiceTask_RecordApprovedPresentation")
        .setVariables(Variables.createVariables()
            .putValue(AGENDA_ITEM, SpinValues.jsonValue("{\"title\":\"New generation of services\","
                + "\"kind\":\"PRESENTATION\",\"rapporteur\":\"director\"}").create())
            .putValue(PLANNED_START, PLANNED_START_TEXT).putValue(SharedVariables.SESSION_KEY, SESSION)
            .putValue(ITEM_INDEX, 3).putValue(PRESENTATION_TITLE, "The year before")
            .putValue(PRESENTATION_SUMMARY, "Summary").putValue(KEY_POINTS, SpinValues.jsonValue("[\"Services\"]").create())
            .putValue(DURATION_MINUTES, 20).putValue(DRAFT_ROUND, 2)
            .putValue(APPROVED_BY, "chair").putValue(APPROVED_BY_ROLE, "CHAIR").putValue(APPROVED_AT, approvedAt))
        .execute();
    org.assertj.core.api.Assertions.assertThat(presentations.findByReview(pi.getId())).isEmpty();
    execute(jobQuery().activityId("ServiceTask_RecordApprovedPresentation").singleResult());
    assertThat(pi).isEnded().hasPassed("EndEvent_PresentationApproved");
    ApprovedPresentation recorded = presentations.findByReview(pi.getId()).orElseThrow();
    org.assertj.core.api.Assertions.assertThat(List.of(recorded.approvedBy(), recorded.approvedByRole(),
        recorded.title())).containsExactly("chair", "CHAIR", "The year before");
    org.assertj.core.api.Assertions.assertThat(recorded.approvedAt()).isEqualTo(approvedAt.toInstant());
    org.assertj.core.api.Assertions.assertThat(recorded.version()).isEqualTo(2);
  }

  private ProcessInstance start(Integer itemIndex) {
    var variables = Variables.createVariables()
        .putValue(AGENDA_ITEM, SpinValues.jsonValue("{\"title\":\"New generation of services\",\"kind\":\"PRESENTATION\","
            + "\"rapporteur\":\"director\"}").create())
        .putValue(PLANNED_START, PLANNED_START_TEXT)
        .putValue(SharedVariables.SESSION_KEY, SESSION);
    if (itemIndex != null) {
      variables.putValue(ITEM_INDEX, itemIndex);
    }
    return runtimeService().startProcessInstanceByKey("presentation-review", SESSION, variables);
  }

  private void draftByRest(ProcessInstance pi, String title, String... keyPoints) {
    assertThat(pi).isWaitingAt("Task_DraftPresentation");
    identity.setAuthenticatedUserId("director");
    taskService().complete(task(pi).getId(), Variables.createVariables()
        .putValue(PRESENTATION_TITLE, title)
        .putValue(PRESENTATION_SUMMARY, "Summary for the board")
        .putValue(KEY_POINTS, SpinValues.jsonValue(JsonValues.stringArray(List.of(keyPoints)).toString()).create())
        .putValue(DOCUMENT_REF, "DG/2021/114")
        .putValue(DURATION_MINUTES, 30));
  }

  private void review(ProcessInstance pi, String decision, String remarks) {
    assertThat(pi).isWaitingAt("Task_ReviewPresentation");
    identity.setAuthenticatedUserId("secretary");
    taskService().complete(task(pi).getId(), Variables.createVariables()
        .putValue(DECISION, decision).putValue(REMARKS, remarks));
  }

  private void arbitrate(ProcessInstance pi, boolean approved, String remarks) {
    assertThat(pi).isWaitingAt("Task_ArbitratePresentation");
    identity.setAuthenticatedUserId("chair");
    taskService().complete(task(pi).getId(), Variables.createVariables()
        .putValue(APPROVED, approved).putValue(REMARKS, remarks));
  }

  private void reviseThreeTimes(ProcessInstance pi) {
    for (int round = 1; round <= 3; round++) {
      draftByRest(pi, "Draft " + round, "Point " + round);
      review(pi, "REVISE", "Remarks " + round);
    }
  }

  /** Runs the asynchronous recording step and returns what was stored. */
  /**
   * The approval recorded the approved version (before the job: who approved and what is the record from the
   * approval on, no variable carries it); the job returns it to the session, and the review ends.
   */
  private ApprovedPresentation recordAndEnd(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("ServiceTask_RecordApprovedPresentation");
    ApprovedPresentation recorded = presentations.findByReview(pi.getId()).orElseThrow();
    org.assertj.core.api.Assertions.assertThat(runtimeService().getVariables(pi.getId()))
        .as("no variable carries the approval").doesNotContainKeys(APPROVED_BY_ROLE, APPROVED_AT);
    execute(jobQuery().activityId("ServiceTask_RecordApprovedPresentation").singleResult());
    assertThat(pi).isEnded().hasPassed("EndEvent_PresentationApproved");
    org.assertj.core.api.Assertions.assertThat(h2.queryForObject(
        "select count(*) from presentation where process_instance_id = ?", Integer.class, pi.getId()))
        .as("one version per review").isEqualTo(1);
    return recorded;
  }

  private static InputRejectedException rootRejection(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof InputRejectedException rejected) {
        return rejected;
      }
    }
    throw new AssertionError("no InputRejectedException in " + thrown);
  }

  private static Date date(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
  }
}
