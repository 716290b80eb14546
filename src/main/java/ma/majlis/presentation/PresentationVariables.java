package ma.majlis.presentation;

import ma.majlis.platform.TypedVariables;

import ma.majlis.platform.JsonValues;

import static ma.majlis.process.SharedVariables.SESSION_KEY;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

import ma.majlis.platform.Inputs;

import static org.camunda.spin.Spin.JSON;

/**
 * The variables of {@code presentation-review} (see the contract), and typed access to them over a task or an
 * execution ({@code PresentationVariables.of(scope)}). The only place where their names are written in Java.
 */
public final class PresentationVariables extends TypedVariables {

  // Received from the calling session (call activity "in" mappings).
  /** Json object {title, kind, subject, rapporteur, ...}: the PRESENTATION item of the agenda. */
  public static final String AGENDA_ITEM = "agendaItem";
  /** ISO-8601 local date-time of the session, e.g. 2021-12-24T10:00. */
  public static final String PLANNED_START = "plannedStart";
  /** Optional: position of the item in the agenda (the call activity's loopCounter). */
  public static final String ITEM_INDEX = "itemIndex";

  // Computed at the start.
  /** Date: when general management is reminded if the presentation is still not approved. */
  public static final String REMINDER_DATE = "reminderDate";

  // Task_DraftPresentation.
  public static final String PRESENTATION_TITLE = "presentationTitle";
  public static final String PRESENTATION_SUMMARY = "presentationSummary";
  /**
   * Json array of strings (the contract's type); the draft form's dynamic list edits it as an array of
   * {@code {"point": "..."}}, which the check normalises back to strings.
   */
  public static final String KEY_POINTS = "keyPoints";
  /** The field of each entry of the form's list of {@link #KEY_POINTS}. */
  public static final String KEY_POINT_FIELD = "point";
  public static final String DOCUMENT_REF = "documentRef";
  public static final String DURATION_MINUTES = "durationMinutes";

  // Task_ReviewPresentation.
  /** APPROVE or REVISE. */
  public static final String DECISION = "decision";
  public static final String REMARKS = "remarks";

  // Task_ArbitratePresentation.
  public static final String APPROVED = "approved";

  // Kept by the checks.
  /** Integer: drafts submitted so far; the approved draft's number is its version. */
  public static final String DRAFT_ROUND = "draftRound";
  /** Integer: revisions the secretariat asked so far; from the third on, the chair arbitrates. */
  public static final String REVISION_ROUND = "revisionRound";
  /** The remarks that sent the last draft back, shown on the drafting form. */
  public static final String LAST_REMARKS = "lastRemarks";
  /** Who wrote {@link #LAST_REMARKS}, in words ("Board secretariat", "Board chair"). */
  public static final String LAST_REMARKS_BY = "lastRemarksBy";
  /** Json array of {version, by (SECRETARIAT or CHAIR), userId, decision, remarks, at}: every review. */
  public static final String REMARKS_HISTORY = "remarksHistory";
  // Written by the approval of a review started before the approval recorded its version itself (read only then).
  /** User id of whoever approved (the reviewer, or the chair when arbitrating). */
  public static final String APPROVED_BY = "approvedBy";
  /** SECRETARIAT or CHAIR. */
  public static final String APPROVED_BY_ROLE = "approvedByRole";
  /** Date of the approval. */
  public static final String APPROVED_AT = "approvedAt";

  /**
   * Shown, not stored ({@link PresentationCaptions}, on the session's "Record the presentation"): Json object {id,
   * version, title, summary, keyPoints, documentRef, durationMinutes, approvedBy, approvedAt} of the approved version.
   */
  public static final String APPROVED_PRESENTATION = "approvedPresentation";

  private PresentationVariables(VariableScope scope) {
    super(scope);
  }

  public static PresentationVariables of(VariableScope scope) {
    return new PresentationVariables(scope);
  }

  // ---- read

  /** The agenda item's title, null when the caller passed none. */
  public String agendaItemTitle() {
    return Inputs.text(Inputs.of(scope).optionalJson(AGENDA_ITEM), "title");
  }

  /** The session's start, checked: the caller must pass an ISO-8601 local date-time. */
  public LocalDateTime plannedStart() {
    return Inputs.of(scope).requiredDateTime(PLANNED_START);
  }

  /** The session's start as the caller wrote it. */
  public String plannedStartText() {
    return Inputs.of(scope).requiredString(PLANNED_START);
  }

  public boolean hasSessionKey() {
    return Inputs.of(scope).isPresent(SESSION_KEY);
  }

  /** The session's key: the variable, else the business key inherited from the session. */
  public String sessionKey() {
    String key = Inputs.of(scope).optionalString(SESSION_KEY);
    return key != null ? key : businessKey();
  }

  /** The item's position in the agenda; null when the caller did not say. */
  public Integer itemIndex() {
    return scope.getVariable(ITEM_INDEX) instanceof Number n ? n.intValue() : null;
  }

  /** The draft's title; null while nothing is drafted. */
  public String presentationTitle() {
    return Inputs.of(scope).optionalString(PRESENTATION_TITLE);
  }

  public String requiredPresentationTitle() {
    return Inputs.of(scope).requiredString(PRESENTATION_TITLE);
  }

  public String presentationSummary() {
    return Inputs.of(scope).requiredString(PRESENTATION_SUMMARY);
  }

  /** The key points as the draft's check normalised them (strings), or as the form's list edits them. */
  public SpinJsonNode keyPointsJson() {
    return Inputs.of(scope).optionalJson(KEY_POINTS);
  }

  /** The key points, in either shape, normalised to strings; refused when not a Json array. */
  public List<String> keyPoints() {
    return DraftPresentationCheck.normalise(KEY_POINTS, Inputs.of(scope).requiredJsonArray(KEY_POINTS));
  }

  public String documentRef() {
    return Inputs.of(scope).optionalString(DOCUMENT_REF);
  }

  public int durationMinutes() {
    return scope.getVariable(DURATION_MINUTES) instanceof Number n ? n.intValue() : missing(DURATION_MINUTES);
  }

  /** Drafts submitted so far; 0 before the first. */
  public int draftRound() {
    return integer(DRAFT_ROUND, 0);
  }

  /** Revisions the secretariat asked so far; 0 before the first. */
  public int revisionRound() {
    return integer(REVISION_ROUND, 0);
  }

  /** Every review so far (a Json array), empty before the first. */
  public SpinJsonNode remarksHistory() {
    SpinJsonNode history = Inputs.of(scope).optionalJson(REMARKS_HISTORY);
    return history == null || !history.isArray() ? JSON("[]") : history;
  }

  public String approvedBy() {
    return Inputs.of(scope).optionalString(APPROVED_BY);
  }

  public String approvedByRole() {
    return Inputs.of(scope).requiredString(APPROVED_BY_ROLE);
  }

  /** When the draft was approved; null when no check recorded it. */
  public Date approvedAt() {
    return scope.getVariable(APPROVED_AT) instanceof Date d ? d : null;
  }

  // ---- write

  public void setReminderDate(Date reminderDate) {
    scope.setVariable(REMINDER_DATE, reminderDate);
  }

  public void setSessionKey(String sessionKey) {
    scope.setVariable(SESSION_KEY, sessionKey);
  }

  /** The counters at the start of a review: no draft, no revision. */
  public void resetRounds() {
    scope.setVariable(DRAFT_ROUND, 0);
    scope.setVariable(REVISION_ROUND, 0);
  }

  public void setDraftRound(int round) {
    scope.setVariable(DRAFT_ROUND, round);
  }

  public void setRevisionRound(int round) {
    scope.setVariable(REVISION_ROUND, round);
  }

  /** A submitted draft, normalised: key points as a Json array of strings, the duration an Integer. */
  public void setDraft(String title, String summary, List<String> keyPoints, String documentRef, int durationMinutes) {
    scope.setVariable(PRESENTATION_TITLE, title);
    scope.setVariable(PRESENTATION_SUMMARY, summary);
    Inputs.of(scope).setJson(KEY_POINTS, JsonValues.stringArray(keyPoints));
    scope.setVariable(DOCUMENT_REF, documentRef);
    Inputs.of(scope).setInteger(DURATION_MINUTES, durationMinutes);
  }

  /** The key points in the shape of the draft form's dynamic list, {@code [{"point": "..."}]}. */
  public void setKeyPointsForForm(SpinJsonNode list) {
    Inputs.of(scope).setJson(KEY_POINTS, list);
  }

  public void setDecision(ReviewDecision decision) {
    scope.setVariable(DECISION, decision.name());
  }

  /** The chair's answer, a Boolean for the gateway. */
  public void setApproved(boolean approved) {
    scope.setVariable(APPROVED, approved);
  }

  /** Forgets the previous round's decision and remarks (they stay in the history), so that the form opens blank. */
  public void forgetReview() {
    scope.removeVariable(DECISION);
    scope.removeVariable(REMARKS);
  }

  /** Forgets an earlier arbitration and the secretariat's remarks (they stay in the history). */
  public void forgetArbitration() {
    scope.removeVariable(APPROVED);
    scope.removeVariable(REMARKS);
  }

  public void setRemarksHistory(SpinJsonNode history) {
    Inputs.of(scope).setJson(REMARKS_HISTORY, history);
  }

  /** The remarks that send the draft back, and who wrote them in words. */
  public void setLastRemarks(String remarks, String by) {
    scope.setVariable(LAST_REMARKS, remarks);
    scope.setVariable(LAST_REMARKS_BY, by);
  }

  private int missing(String name) {
    throw new IllegalStateException(name + ": the presentation review has no value for it; the draft's check sets it"
        + " when the draft is submitted");
  }

  private String businessKey() {
    if (scope instanceof DelegateExecution execution) {
      return execution.getProcessBusinessKey();
    }
    if (scope instanceof DelegateTask task && task.getExecution() != null) {
      return task.getExecution().getProcessBusinessKey();
    }
    return null;
  }
}
