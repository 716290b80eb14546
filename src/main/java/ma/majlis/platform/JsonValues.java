package ma.majlis.platform;

import java.util.Collection;

import org.camunda.spin.json.SpinJsonNode;

import static org.camunda.spin.Spin.JSON;

/** Json values that steps write as variables or columns: one way to turn a list into a Json array. */
public final class JsonValues {

  private JsonValues() {
  }

  /** The values, in their order, as a Json array of strings: {@code ["member01","member02"]}. */
  public static SpinJsonNode stringArray(Collection<String> values) {
    SpinJsonNode array = JSON("[]");
    values.forEach(array::append);
    return array;
  }
}
