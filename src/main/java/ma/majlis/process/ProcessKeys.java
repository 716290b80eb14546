package ma.majlis.process;

/** The keys of Majlis's processes, each the id of the process in its BPMN file (processes/KEY.bpmn). */
public final class ProcessKeys {

  public static final String BOARD_SESSION = "board-session";
  public static final String AGENDA_ITEM_DELIBERATION = "agenda-item-deliberation";
  public static final String PRESENTATION_REVIEW = "presentation-review";
  public static final String BUDGET_APPROVAL = "budget-approval";
  public static final String COMMITTEE_ESTABLISHMENT = "committee-establishment";
  public static final String RESOLUTION_FOLLOW_UP = "resolution-follow-up";

  /** All of them: what Majlis's own listeners apply to. */
  public static final java.util.Set<String> ALL = java.util.Set.of(BOARD_SESSION, AGENDA_ITEM_DELIBERATION,
      PRESENTATION_REVIEW, BUDGET_APPROVAL, COMMITTEE_ESTABLISHMENT, RESOLUTION_FOLLOW_UP);

  private ProcessKeys() {
  }
}
