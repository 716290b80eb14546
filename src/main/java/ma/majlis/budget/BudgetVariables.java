package ma.majlis.budget;

/**
 * The variables of the process {@code budget-approval} (its key, message and groups live with every other
 * process's: ProcessKeys, MessageNames, Groups).
 */
public final class BudgetVariables {

  /** Start (message): the adopted resolution, e.g. {@code CA-2021-S2-R02}; also the business key. */
  public static final String RESOLUTION_NUMBER = "resolutionNumber";
  /** Task_ReviewBudget: {@link BudgetDecision}. */
  public static final String DECISION = "decision";
  /** Task_ReviewBudget: the finance ministry's remarks, required for REQUEST_CHANGES. */
  public static final String REMARKS = "remarks";
  /** Task_PrepareAmendedBudget: Json array of {heading, type, amount}. */
  public static final String BUDGET_LINES = "budgetLines";
  /** Task_PrepareAmendedBudget: the draft resolution put to the next session. */
  public static final String DRAFT_RESOLUTION = "draftResolution";
  /** Set by ServiceTask_QueueAmendedBudgetItem: the id of the pending agenda item. */
  public static final String AMENDED_BUDGET_ITEM_ID = "amendedBudgetItemId";

  private BudgetVariables() {
  }
}
