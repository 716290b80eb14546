package ma.majlis.budget;

import java.math.BigDecimal;

/** One line of a budget, amounts in MAD. */
public record BudgetLine(String heading, Type type, BigDecimal amount) {

  public enum Type {
    REVENUE, EXPENDITURE
  }
}
