package ma.majlis.presentation;

import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;

import ma.majlis.platform.InputRejectedException;
import ma.majlis.support.H2Database;

import static ma.majlis.presentation.PresentationVariables.*;
import static ma.majlis.process.SharedVariables.SESSION_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.spin.Spin.JSON;

/**
 * The input rules of the three presentation steps, and what their forms open with, without an engine; an approval
 * records its version in the real migrations (H2).
 */
class PresentationChecksTest {

  /** The approved versions, on the real migrations (H2): an approval records its version there. */
  private final PresentationService presentations = new PresentationService(H2Database.migrated());
  private final ReviewPresentationCheckAndRecord review = new ReviewPresentationCheckAndRecord(presentations);
  private final ArbitratePresentationCheckAndRecord arbitrate = new ArbitratePresentationCheckAndRecord(presentations);
  private final DraftPresentationCheck draft = new DraftPresentationCheck();
  private final ReviewPresentationPrefill reviewOpens = new ReviewPresentationPrefill();
  private final ArbitratePresentationPrefill arbitrateOpens = new ArbitratePresentationPrefill();
  private final DraftPresentationPrefill draftOpens = new DraftPresentationPrefill();

  private static FakeTask completing() {
    return new FakeTask(TaskListener.EVENTNAME_COMPLETE, "secretary");
  }

  /** A review of session {@code key}'s presentation whose second draft is on the table. */
  private static FakeTask drafted(FakeTask task, String key) {
    return task.with(SESSION_KEY, key).with(ITEM_INDEX, 2).with(PRESENTATION_TITLE, "The year")
        .with(PRESENTATION_SUMMARY, "What was done.").with(KEY_POINTS, JSON("[\"Services\"]"))
        .with(DURATION_MINUTES, 20).with(DRAFT_ROUND, 2);
  }

  @Test
  void reviseWithoutRemarksIsRefusedNamingRemarks() {
    FakeTask task = completing().with(DECISION, "REVISE").with(REMARKS, "  ");
    assertThatThrownBy(() -> review.notify(task.task))
        .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.getVariable()).isEqualTo(REMARKS))
        .hasMessage("remarks: is required when decision is REVISE");
    assertThat(task.variables).doesNotContainKeys(REVISION_ROUND, LAST_REMARKS);
  }

  @Test
  void unknownDecisionIsRefusedNamingTheChoices() {
    assertThatThrownBy(() -> review.notify(completing().with(DECISION, "MAYBE").task))
        .hasMessage("decision: must be one of [APPROVE, REVISE], got 'MAYBE'");
    assertThatThrownBy(() -> review.notify(completing().task)).hasMessageStartingWith("decision: is required");
  }

  @Test
  void reviseCountsTheRoundAndKeepsTheRemarksForTheDrafter() {
    FakeTask task = completing().with(DECISION, " REVISE ").with(REMARKS, "Add figures")
        .with(REVISION_ROUND, 2).with(DRAFT_ROUND, 3);
    review.notify(task.task);
    assertThat(task.variables).containsEntry(DECISION, "REVISE").containsEntry(REVISION_ROUND, 3)
        .containsEntry(LAST_REMARKS, "Add figures").containsEntry(LAST_REMARKS_BY, "Board secretariat")
        .doesNotContainKey(APPROVED_BY_ROLE);
    assertThat(task.variables.get(REMARKS_HISTORY).toString())
        .contains("\"version\":3", "\"by\":\"SECRETARIAT\"", "\"userId\":\"secretary\"", "\"remarks\":\"Add figures\"");
  }

  @Test
  void approveRecordsTheApprovedVersionAndTheReviewerWithoutNeedingRemarks() {
    FakeTask task = drafted(completing(), "CA-2021-S2").with(DECISION, "APPROVE");
    review.notify(task.task);
    // who approved what is Majlis's record from the approval on, not variables a later step would read
    assertThat(task.variables).doesNotContainKeys(APPROVED_BY, APPROVED_BY_ROLE, APPROVED_AT, REVISION_ROUND);
    List<ApprovedPresentation> approved = presentations.findApproved("CA-2021-S2");
    assertThat(approved).singleElement().satisfies(p -> {
      assertThat(List.of(p.approvedBy(), p.approvedByRole(), p.title(), p.summary()))
          .containsExactly("secretary", "SECRETARIAT", "The year", "What was done.");
      assertThat(List.of(p.version(), p.itemIndex(), p.durationMinutes())).containsExactly(2, 2, 20);
      assertThat(p.keyPoints()).containsExactly("Services");
    });
  }

  @Test
  void reviewTaskCreationForgetsThePreviousRoundsAnswer() {
    FakeTask task = new FakeTask(TaskListener.EVENTNAME_CREATE, null).with(DECISION, "REVISE").with(REMARKS, "old")
        .with(REMARKS_HISTORY, JSON("[{\"remarks\":\"old\"}]"));
    reviewOpens.notify(task.task);
    assertThat(task.variables).doesNotContainKeys(DECISION, REMARKS).containsKey(REMARKS_HISTORY);
  }

  @Test
  void arbitrationTaskCreationForgetsAnEarlierAnswerAndTheSecretariatsRemarks() {
    FakeTask task = new FakeTask(TaskListener.EVENTNAME_CREATE, null).with(APPROVED, false).with(REMARKS, "Third")
        .with(LAST_REMARKS, "Third");
    arbitrateOpens.notify(task.task);
    assertThat(task.variables).doesNotContainKeys(APPROVED, REMARKS).containsEntry(LAST_REMARKS, "Third");
  }

  @Test
  void chairReturningWithoutRemarksIsRefused() {
    assertThatThrownBy(() -> arbitrate.notify(completing().with(APPROVED, false).task))
        .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.getVariable()).isEqualTo(REMARKS));
    assertThatThrownBy(() -> arbitrate.notify(completing().with(APPROVED, "perhaps").task))
        .hasMessageStartingWith("approved: must be true or false");
  }

  @Test
  void chairApprovalFromTheFormsTextIsWrittenBackAsBooleanAndRecordsTheVersion() {
    FakeTask task = drafted(new FakeTask(TaskListener.EVENTNAME_COMPLETE, "chair"), "CA-2021-S3")
        .with(APPROVED, "true");
    arbitrate.notify(task.task);
    assertThat(task.variables).containsEntry(APPROVED, true).doesNotContainKeys(APPROVED_BY, APPROVED_BY_ROLE);
    assertThat(presentations.findApproved("CA-2021-S3")).singleElement()
        .satisfies(p -> assertThat(List.of(p.approvedBy(), p.approvedByRole())).containsExactly("chair", "CHAIR"));
  }

  @Test
  void draftIsNormalisedAndCounted() {
    FakeTask task = completing().with(PRESENTATION_TITLE, " Title ").with(PRESENTATION_SUMMARY, "Summary")
        .with(KEY_POINTS, JSON("[\" a \", {\"point\": \"b\"}]")).with(DURATION_MINUTES, 45L).with(DRAFT_ROUND, 1);
    draft.notify(task.task);
    assertThat(task.variables).containsEntry(PRESENTATION_TITLE, "Title").containsEntry(DURATION_MINUTES, 45)
        .containsEntry(DRAFT_ROUND, 2);
    assertThat(task.variables.get(KEY_POINTS).toString()).isEqualTo("[\"a\",\"b\"]");
  }

  @Test
  void draftRulesNameTheVariable() {
    record Case(String variable, Object value, String message) { }
    for (Case c : List.of(
        new Case(PRESENTATION_TITLE, "", "presentationTitle: is required and must not be blank"),
        new Case(PRESENTATION_TITLE, "x".repeat(301), "presentationTitle: must be at most 300 characters"),
        new Case(PRESENTATION_SUMMARY, null, "presentationSummary: is required and must not be blank"),
        new Case(KEY_POINTS, JSON("[]"), "keyPoints: must contain at least one key point"),
        new Case(KEY_POINTS, JSON("[\"a\", \" \"]"), "keyPoints: key point 2 must not be blank"),
        new Case(KEY_POINTS, JSON("[3]"), "keyPoints: key point 1 must be a text or an object with a 'point' text"),
        new Case(KEY_POINTS, JSON("{}"), "keyPoints: must be a Json array"),
        new Case(DURATION_MINUTES, 0, "durationMinutes: must be from 1 to 240, got 0"),
        new Case(DURATION_MINUTES, 241, "durationMinutes: must be from 1 to 240, got 241"),
        new Case(DURATION_MINUTES, 12.5, "durationMinutes: must be a whole number, got 12.5"))) {
      FakeTask task = completing().with(PRESENTATION_TITLE, "Title").with(PRESENTATION_SUMMARY, "Summary")
          .with(KEY_POINTS, JSON("[\"a\"]")).with(DURATION_MINUTES, 30).with(c.variable(), c.value());
      assertThatThrownBy(() -> draft.notify(task.task)).as(c.toString())
          .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.getVariable()).isEqualTo(c.variable()))
          .hasMessage(c.message());
    }
  }

  @Test
  void draftTaskCreationOffersThePreviousKeyPointsToTheFormsList() {
    FakeTask task = new FakeTask(TaskListener.EVENTNAME_CREATE, null).with(KEY_POINTS, JSON("[\"a\",\"b\"]"));
    draftOpens.notify(task.task);
    assertThat(task.variables.get(KEY_POINTS).toString()).isEqualTo("[{\"point\":\"a\"},{\"point\":\"b\"}]");
  }

  @Test
  void theFormsListOfKeyPointsIsNormalisedToStrings() {
    FakeTask task = completing().with(PRESENTATION_TITLE, "Title").with(PRESENTATION_SUMMARY, "Summary")
        .with(KEY_POINTS, JSON("[{\"point\":\"a\"},{\"point\":\" c \"}]")).with(DURATION_MINUTES, 30);
    draft.notify(task.task);
    assertThat(task.variables.get(KEY_POINTS).toString()).isEqualTo("[\"a\",\"c\"]");
  }
}
