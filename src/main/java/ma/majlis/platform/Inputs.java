package ma.majlis.platform;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

import static org.camunda.spin.Spin.JSON;

/**
 * Reads and checks the variables that users submit, whatever their wire type (Tasklist sends numbers as
 * Long or Double, integrators may send Json as a String), and writes them back in the contract's type.
 * Every refusal is an {@link InputRejectedException} that names the variable and the rule.
 */
public final class Inputs {

  private final VariableScope scope;

  private Inputs(VariableScope scope) {
    this.scope = scope;
  }

  public static Inputs of(VariableScope scope) {
    return new Inputs(scope);
  }

  public boolean isPresent(String name) {
    Object value = scope.getVariable(name);
    return value != null && !(value instanceof String s && s.isBlank());
  }

  public String requiredString(String name) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      throw new InputRejectedException(name, "is required and must not be blank");
    }
    if (!(value instanceof String)) {
      throw new InputRejectedException(name, "must be a text (String), got " + value.getClass().getSimpleName());
    }
    return ((String) value).trim();
  }

  public String optionalString(String name) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    return value.toString().trim();
  }

  /** A required text of at most {@code maxLength} characters (trimmed), e.g. to fit its column. */
  public String requiredString(String name, int maxLength) {
    return atMost(name, requiredString(name), maxLength);
  }

  /** An optional text of at most {@code maxLength} characters (trimmed); null when absent or blank. */
  public String optionalString(String name, int maxLength) {
    return atMost(name, optionalString(name), maxLength);
  }

  private static String atMost(String name, String value, int maxLength) {
    if (value != null && value.length() > maxLength) {
      throw new InputRejectedException(name, "must be at most " + maxLength + " characters, got " + value.length());
    }
    return value;
  }

  public <E extends Enum<E>> E requiredEnum(String name, Class<E> type) {
    String value = requiredString(name);
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new InputRejectedException(name, "must be one of " + names(type) + ", got '" + value + "'");
    }
  }

  public int requiredInteger(String name, int min, int max) {
    Object value = scope.getVariable(name);
    if (value == null || (value instanceof String s && s.isBlank())) {
      throw new InputRejectedException(name, "is required (a whole number from " + min + " to " + max + ")");
    }
    long number;
    if (value instanceof Number n) {
      if (n.doubleValue() != Math.rint(n.doubleValue())) {
        throw new InputRejectedException(name, "must be a whole number, got " + value);
      }
      number = n.longValue();
    } else if (value instanceof String s && s.trim().matches("-?\\d{1,10}")) {
      number = Long.parseLong(s.trim());
    } else {
      throw new InputRejectedException(name, "must be a whole number, got '" + value + "'");
    }
    if (number < min || number > max) {
      throw new InputRejectedException(name, "must be from " + min + " to " + max + ", got " + number);
    }
    return (int) number;
  }

  public Boolean requiredBoolean(String name) {
    Object value = scope.getVariable(name);
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof String s && (s.equals("true") || s.equals("false"))) {
      return Boolean.valueOf(s);
    }
    throw new InputRejectedException(name, value == null ? "is required (true or false)"
        : "must be true or false, got '" + value + "'");
  }

  public LocalDateTime requiredDateTime(String name) {
    String value = requiredString(name);
    try {
      return LocalDateTime.parse(value);
    } catch (DateTimeParseException e) {
      throw new InputRejectedException(name,
          "must be an ISO-8601 local date-time such as 2021-12-24T10:00, got '" + value + "'");
    }
  }

  public LocalDate requiredDate(String name) {
    String value = requiredString(name);
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InputRejectedException(name, "must be an ISO-8601 date such as 2022-06-30, got '" + value + "'");
    }
  }

  /** A Json value (Spin), or a String holding Json text; null when absent. */
  public SpinJsonNode optionalJson(String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    if (value instanceof SpinJsonNode node) {
      return node;
    }
    if (value instanceof String s) {
      if (s.isBlank()) {
        return null;
      }
      try {
        return JSON(s);
      } catch (RuntimeException e) {
        throw new InputRejectedException(name, "must be valid Json, could not parse '" + abbreviate(s) + "'");
      }
    }
    try {
      return JSON(value);
    } catch (RuntimeException e) {
      throw new InputRejectedException(name, "must be Json, got " + value.getClass().getSimpleName());
    }
  }

  public SpinJsonNode requiredJsonArray(String name) {
    SpinJsonNode node = optionalJson(name);
    if (node == null) {
      throw new InputRejectedException(name, "is required (a Json array)");
    }
    if (!node.isArray()) {
      throw new InputRejectedException(name, "must be a Json array");
    }
    return node;
  }

  /** Writes a normalised value back, so that later steps and Cockpit see the contract's type. */
  public void setInteger(String name, int value) {
    scope.setVariable(name, value);
  }

  public void setJson(String name, SpinJsonNode value) {
    scope.setVariable(name, SpinValues.jsonValue(value.toString()).create());
  }

  /** Reads a text field of a Json object, null when absent or blank. */
  public static String text(SpinJsonNode object, String field) {
    if (object == null || !object.isObject() || !object.hasProp(field)) {
      return null;
    }
    SpinJsonNode prop = object.prop(field);
    if (prop.isNull()) {
      return null;
    }
    String value = prop.isString() ? prop.stringValue() : prop.toString();
    return value.isBlank() ? null : value.trim();
  }

  public static String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
