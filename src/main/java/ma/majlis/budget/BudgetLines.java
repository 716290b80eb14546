package ma.majlis.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ma.majlis.platform.InputRejectedException;
import ma.majlis.platform.Inputs;
import org.camunda.spin.json.SpinJsonNode;

import static org.camunda.spin.Spin.JSON;

/**
 * The rules of a budget's lines: at least one line, each with a heading, a type (REVENUE or EXPENDITURE) and an
 * amount in MAD that is a number ≥ 0; and the budget balances (revenue total = expenditure total). A refusal
 * names the variable, the line and the rule; an unbalanced budget says by how much it is off.
 */
public final class BudgetLines {

  private BudgetLines() {
  }

  public static List<BudgetLine> check(String variable, SpinJsonNode lines) {
    if (lines == null || !lines.isArray()) {
      throw InputRejectedException.of(variable, "error.budget.linesRequired", "{heading, type, amount}");
    }
    List<SpinJsonNode> elements = lines.elements();
    if (elements.isEmpty()) {
      throw InputRejectedException.of(variable, "error.budget.noLine");
    }
    List<BudgetLine> result = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      SpinJsonNode line = elements.get(i);
      String where = String.valueOf(i + 1);
      if (!line.isObject()) {
        throw InputRejectedException.of(variable, "error.budget.lineShape", where, "{heading, type, amount}");
      }
      String heading = Inputs.text(line, "heading");
      if (heading == null) {
        throw InputRejectedException.of(variable, "error.budget.headingRequired", where);
      }
      String type = Inputs.text(line, "type");
      BudgetLine.Type lineType;
      try {
        lineType = BudgetLine.Type.valueOf(type == null ? "" : type);
      } catch (IllegalArgumentException e) {
        throw InputRejectedException.of(variable, "error.budget.lineType", where, heading,
            Inputs.names(BudgetLine.Type.class), Inputs.quoted(type));
      }
      BigDecimal amount = amount(line);
      if (amount == null) {
        throw InputRejectedException.of(variable, "error.budget.amountRequired", where, heading);
      }
      if (amount.signum() < 0) {
        throw InputRejectedException.of(variable, "error.budget.amountNegative", where, heading, mad(amount));
      }
      result.add(new BudgetLine(heading, lineType, amount));
    }
    BigDecimal revenue = total(result, BudgetLine.Type.REVENUE);
    BigDecimal expenditure = total(result, BudgetLine.Type.EXPENDITURE);
    if (revenue.compareTo(expenditure) != 0) {
      throw InputRejectedException.of(variable, "error.budget.unbalanced", mad(revenue), mad(expenditure),
          mad(revenue.subtract(expenditure).abs()));
    }
    return result;
  }

  public static BigDecimal total(List<BudgetLine> lines, BudgetLine.Type type) {
    return lines.stream().filter(l -> l.type() == type).map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The lines as Json, amounts as numbers: what later steps and Cockpit see. */
  public static SpinJsonNode toJson(List<BudgetLine> lines) {
    SpinJsonNode array = JSON("[]");
    for (BudgetLine line : lines) {
      SpinJsonNode node = JSON("{}");
      node.prop("heading", line.heading());
      node.prop("type", line.type().name());
      node.prop("amount", line.amount());
      array.append(node);
    }
    return array;
  }

  /** An amount as a secretary reads it: {@code 1,000,000.00 MAD}. */
  public static String mad(BigDecimal amount) {
    DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
    return format.format(amount.setScale(2, RoundingMode.HALF_UP)) + " MAD";
  }

  private static BigDecimal amount(SpinJsonNode line) {
    if (!line.hasProp("amount") || line.prop("amount").isNull()) {
      return null;
    }
    SpinJsonNode amount = line.prop("amount");
    String text = amount.isString() ? amount.stringValue().trim().replace(",", "") : amount.toString();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
