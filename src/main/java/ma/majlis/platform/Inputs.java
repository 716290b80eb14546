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
      throw InputRejectedException.of(name, "error.input.required");
    }
    if (!(value instanceof String)) {
      throw InputRejectedException.of(name, "error.input.notText", value.getClass().getSimpleName());
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
      throw InputRejectedException.of(name, "error.input.tooLong", String.valueOf(maxLength),
          String.valueOf(value.length()));
    }
    return value;
  }

  public <E extends Enum<E>> E requiredEnum(String name, Class<E> type) {
    String value = requiredString(name);
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw InputRejectedException.of(name, "error.input.oneOf", names(type), quoted(value));
    }
  }

  public int requiredInteger(String name, int min, int max) {
    Object value = scope.getVariable(name);
    if (value == null || (value instanceof String s && s.isBlank())) {
      throw InputRejectedException.of(name, "error.input.wholeNumberRequired", String.valueOf(min),
          String.valueOf(max));
    }
    long number;
    if (value instanceof Number n) {
      if (n.doubleValue() != Math.rint(n.doubleValue())) {
        throw InputRejectedException.of(name, "error.input.wholeNumber", String.valueOf(value));
      }
      number = n.longValue();
    } else if (value instanceof String s && s.trim().matches("-?\\d{1,10}")) {
      number = Long.parseLong(s.trim());
    } else {
      throw InputRejectedException.of(name, "error.input.wholeNumber", quoted(value));
    }
    if (number < min || number > max) {
      throw InputRejectedException.of(name, "error.input.range", String.valueOf(min), String.valueOf(max),
          String.valueOf(number));
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
    throw (value == null ? InputRejectedException.of(name, "error.input.booleanRequired")
        : InputRejectedException.of(name, "error.input.boolean", quoted(value)));
  }

  public LocalDateTime requiredDateTime(String name) {
    String value = requiredString(name);
    try {
      return LocalDateTime.parse(value);
    } catch (DateTimeParseException e) {
      throw InputRejectedException.of(name, "error.input.dateTime", quoted(value));
    }
  }

  public LocalDate requiredDate(String name) {
    String value = requiredString(name);
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw InputRejectedException.of(name, "error.input.date", quoted(value));
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
        throw InputRejectedException.of(name, "error.input.jsonInvalid", quoted(abbreviate(s)));
      }
    }
    try {
      return JSON(value);
    } catch (RuntimeException e) {
      throw InputRejectedException.of(name, "error.input.notJson", value.getClass().getSimpleName());
    }
  }

  public SpinJsonNode requiredJsonArray(String name) {
    SpinJsonNode node = optionalJson(name);
    if (node == null) {
      throw InputRejectedException.of(name, "error.input.jsonArrayRequired");
    }
    if (!node.isArray()) {
      throw InputRejectedException.of(name, "error.input.jsonArray");
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

  /**
   * A value the person gave, between quotes, as a rule's argument: the message files cannot hold the ASCII quote
   * (MessageFormat), and the quoted value reads the same in every language.
   */
  public static String quoted(Object value) {
    return "'" + value + "'";
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
