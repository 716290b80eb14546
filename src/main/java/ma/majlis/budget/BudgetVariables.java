package ma.majlis.budget;

import ma.majlis.platform.TypedVariables;

import ma.majlis.process.MessageNames;

import static ma.majlis.process.SharedVariables.SESSION_KEY;

import ma.majlis.platform.Inputs;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The process {@code budget-approval}: the names of its key, message, groups and variables, and typed access to
 * those variables over a task or an execution ({@code BudgetVariables.of(scope)}); the only place that reads or
 * writes them by name.
 */
public final class BudgetVariables extends TypedVariables {

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

  private BudgetVariables(VariableScope scope) {
    super(scope);
  }

  public static BudgetVariables of(VariableScope scope) {
    return new BudgetVariables(scope);
  }

  public String resolutionNumber() {
    return required(RESOLUTION_NUMBER);
  }

  public String sessionKey() {
    return text(SESSION_KEY);
  }

  /** The ministry's remarks; null when it gave none. */
  public String remarks() {
    return text(REMARKS);
  }

  public String draftResolution() {
    return text(DRAFT_RESOLUTION);
  }

  /** The checked lines as Json text, as the pending agenda item keeps them; "null" when absent. */
  public String budgetLinesJson() {
    return String.valueOf(scope.getVariable(BUDGET_LINES));
  }

  /** The decision as the gateway reads it. */
  public void setDecision(BudgetDecision decision) {
    scope.setVariable(DECISION, decision.name());
  }

  /** The remarks, or null to say there are none (an earlier round's remarks do not stay). */
  public void setRemarks(String remarks) {
    scope.setVariable(REMARKS, remarks);
  }

  public void setDraftResolution(String draft) {
    scope.setVariable(DRAFT_RESOLUTION, draft);
  }

  public void setBudgetLines(SpinJsonNode lines) {
    Inputs.of(scope).setJson(BUDGET_LINES, lines);
  }

  public void setAmendedBudgetItemId(long itemId) {
    scope.setVariable(AMENDED_BUDGET_ITEM_ID, itemId);
  }

  private String required(String name) {
    return required(name, "the budget approval was started without it; start it with the message "
        + MessageNames.BUDGET_ADOPTED + " and its variables");
  }
}
