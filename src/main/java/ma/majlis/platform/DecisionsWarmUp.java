package ma.majlis.platform;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Text;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The first decision's FEEL engine (its parser and interpreter, hundreds of classes: 0.4 s of the first convocation's
 * step): every decision model Majlis deploys ({@code processes/*.dmn} of the classpath) parsed and evaluated once by a
 * DMN engine of the warm-up's own (so nothing reaches the engine's history), on sample values. An input gets a value
 * of its type ({@code typeRef}); any other name its expressions read (the quorum's {@code present},
 * {@code votingMembers}) the number 1.
 */
@Order(1)
class DecisionsWarmUp implements WarmUp {

  /** The models the engine deploys (the starter's auto-deployment reads the same folder). */
  static final String MODELS = "classpath*:processes/*.dmn";
  /** A name in a FEEL expression: not in a string, not a function's (followed by "("). */
  private static final Pattern NAME = Pattern.compile("\"[^\"]*\"|\\b([A-Za-z_][A-Za-z0-9_]*)\\b(?!\\s*\\()");
  private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "not", "and", "or", "in", "between",
      "if", "then", "else", "for", "return", "some", "every", "satisfies", "instance", "of", "function");

  @Override
  public String name() {
    return "decisions";
  }

  @Override
  public void run() throws Exception {
    DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    for (Resource resource : new PathMatchingResourcePatternResolver(DecisionsWarmUp.class.getClassLoader())
        .getResources(MODELS)) {
      DmnModelInstance model;
      try (InputStream in = resource.getInputStream()) {
        model = Dmn.readModelFromStream(in);
      }
      Map<String, Object> sample = sample(model);
      for (DmnDecision decision : dmn.parseDecisions(model)) {
        dmn.evaluateDecision(decision, sample);
      }
    }
  }

  /** A value for each name the model's expressions read. */
  static Map<String, Object> sample(DmnModelInstance model) {
    Map<String, Object> values = new HashMap<>();
    for (Text text : model.getModelElementsByType(Text.class)) {
      Matcher m = NAME.matcher(text.getTextContent());
      while (m.find()) {
        if (m.group(1) != null && !KEYWORDS.contains(m.group(1))) {
          values.putIfAbsent(m.group(1), 1);
        }
      }
    }
    for (Input input : model.getModelElementsByType(Input.class)) {
      String name = input.getInputExpression().getText().getTextContent().trim();
      values.put(name, valueOf(input.getInputExpression().getTypeRef()));
      if (input.getCamundaInputVariable() != null) {
        values.remove(input.getCamundaInputVariable());
      }
    }
    return values;
  }

  private static Object valueOf(String typeRef) {
    return switch (typeRef == null ? "" : typeRef) {
      case "string" -> "sample";
      case "boolean" -> Boolean.TRUE;
      case "double" -> 1.0d;
      case "long" -> 1L;
      default -> 1;
    };
  }
}
