package ma.majlis.process;

/** The names of the BPMN messages that start a process when a session adopts a resolution. */
public final class MessageNames {

  /** Starts {@code budget-approval}. */
  public static final String BUDGET_ADOPTED = "BudgetAdopted";
  /** Starts {@code committee-establishment}. */
  public static final String COMMITTEE_CREATION_APPROVED = "CommitteeCreationApproved";
  /** Starts {@code resolution-follow-up}. */
  public static final String RESOLUTION_ADOPTED = "ResolutionAdopted";

  private MessageNames() {
  }
}
