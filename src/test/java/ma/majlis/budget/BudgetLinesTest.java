package ma.majlis.budget;

import java.math.BigDecimal;
import java.util.List;

import ma.majlis.platform.InputRejectedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.spin.Spin.JSON;

class BudgetLinesTest {

  private static List<BudgetLine> check(String json) {
    return BudgetLines.check("budgetLines", JSON(json));
  }

  @Test
  void aBalancedBudgetIsAccepted() {
    List<BudgetLine> lines = check("[{\"heading\":\"State subsidy\",\"type\":\"REVENUE\",\"amount\":750000.50},"
        + "{\"heading\":\"Own revenue\",\"type\":\"REVENUE\",\"amount\":\"250,000\"},"
        + "{\"heading\":\"Programmes\",\"type\":\"EXPENDITURE\",\"amount\":1000000.5}]");

    assertThat(lines).hasSize(3);
    assertThat(BudgetLines.total(lines, BudgetLine.Type.REVENUE)).isEqualByComparingTo("1000000.50");
    assertThat(BudgetLines.total(lines, BudgetLine.Type.EXPENDITURE)).isEqualByComparingTo("1000000.50");
  }

  @Test
  void anUnbalancedBudgetIsRefusedWithTheDifference() {
    assertThatThrownBy(() -> check("[{\"heading\":\"Subsidy\",\"type\":\"REVENUE\",\"amount\":1000000},"
        + "{\"heading\":\"Programmes\",\"type\":\"EXPENDITURE\",\"amount\":900000}]"))
        .isInstanceOf(InputRejectedException.class)
        .hasMessage("budgetLines: revenue total 1,000,000.00 MAD and expenditure total 900,000.00 MAD differ by"
            + " 100,000.00 MAD; the budget must balance");
  }

  @Test
  void theDifferenceIsGivenWhenExpenditureExceedsRevenue() {
    assertThatThrownBy(() -> check("[{\"heading\":\"Subsidy\",\"type\":\"REVENUE\",\"amount\":10},"
        + "{\"heading\":\"Programmes\",\"type\":\"EXPENDITURE\",\"amount\":12.345}]"))
        .hasMessage("budgetLines: revenue total 10.00 MAD and expenditure total 12.35 MAD differ by 2.35 MAD;"
            + " the budget must balance");
  }

  @Test
  void eachLineNeedsAHeadingATypeAndANonNegativeAmount() {
    assertThatThrownBy(() -> check("[]")).hasMessage("budgetLines: must have at least one line");
    assertThatThrownBy(() -> check("[{\"type\":\"REVENUE\",\"amount\":1}]"))
        .hasMessage("budgetLines: line 1: heading is required");
    assertThatThrownBy(() -> check("[{\"heading\":\"Subsidy\",\"type\":\"INCOME\",\"amount\":1}]"))
        .hasMessage("budgetLines: line 1 (Subsidy): type must be one of [REVENUE, EXPENDITURE], got 'INCOME'");
    assertThatThrownBy(() -> check("[{\"heading\":\"Subsidy\",\"type\":\"REVENUE\",\"amount\":-5}]"))
        .hasMessage("budgetLines: line 1 (Subsidy): amount must be ≥ 0, got -5.00 MAD");
    assertThatThrownBy(() -> check("[{\"heading\":\"Subsidy\",\"type\":\"REVENUE\"}]"))
        .hasMessage("budgetLines: line 1 (Subsidy): amount is required (a number of MAD ≥ 0)");
    assertThatThrownBy(() -> BudgetLines.check("budgetLines", null))
        .hasMessage("budgetLines: is required (a Json array of {heading, type, amount})");
  }

  @Test
  void theNormalisedLinesKeepTheirAmounts() {
    String json = BudgetLines.toJson(List.of(new BudgetLine("Subsidy", BudgetLine.Type.REVENUE, new BigDecimal("1000.25"))))
        .toString();
    assertThat(json).isEqualTo("[{\"heading\":\"Subsidy\",\"type\":\"REVENUE\",\"amount\":1000.25}]");
  }
}
