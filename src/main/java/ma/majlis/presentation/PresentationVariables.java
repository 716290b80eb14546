package ma.majlis.presentation;

/**
 * The variables of {@code presentation-review} (see the contract). The only place where their names are
 * written in Java.
 */
public final class PresentationVariables {

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
  /** User id of whoever approved (the reviewer, or the chair when arbitrating). */
  public static final String APPROVED_BY = "approvedBy";
  /** SECRETARIAT or CHAIR. */
  public static final String APPROVED_BY_ROLE = "approvedByRole";
  /** Date of the approval. */
  public static final String APPROVED_AT = "approvedAt";

  // Returned to the caller.
  /** Long: id of the approved version in table {@code presentation}. */
  public static final String PRESENTATION_ID = "presentationId";
  /** Json object {id, version, title, summary, keyPoints, documentRef, durationMinutes, approvedBy, approvedAt}. */
  public static final String APPROVED_PRESENTATION = "approvedPresentation";

  private PresentationVariables() {
  }
}
