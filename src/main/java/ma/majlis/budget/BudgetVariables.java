package ma.majlis.budget;

/** The names of the process {@code budget-approval}: its key, message, groups and variables. */
public final class BudgetVariables {

  public static final String PROCESS_KEY = "budget-approval";
  public static final String MESSAGE_BUDGET_ADOPTED = "BudgetAdopted";
  public static final String GROUP_FINANCE_MINISTRY = "finance-ministry";
  public static final String GROUP_GENERAL_MANAGEMENT = "general-management";

  /** Start (message): the adopted resolution, e.g. {@code CA-2021-S2-R02}; also the business key. */
  public static final String RESOLUTION_NUMBER = "resolutionNumber";
  /** Start (message): the session that adopted it, e.g. {@code CA-2021-S2}. */
  public static final String SESSION_KEY = "sessionKey";
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
