package ma.majlis.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Runs {@link ProcessModelChecker} over every deployed BPMN at start-up, once all beans exist, and stops the
 * application with the list of problems when there is any: a broken model fails fast, not at 3 a.m. in a job.
 */
@Component
public class ProcessModelCheck implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(ProcessModelCheck.class);

  private final ApplicationContext context;

  public ProcessModelCheck(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public void afterSingletonsInstantiated() {
    List<String> problems = run(context::containsBean);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("The process models are not consistent with the application:\n  - "
          + String.join("\n  - ", problems));
    }
    LOG.info("Process models checked: delegates, forms, history time to live, names and diagrams are in place");
  }

  /** Checks every BPMN on the classpath under processes/ against the forms under forms/. */
  public static List<String> run(java.util.function.Predicate<String> beanExists) {
    try {
      PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
      ProcessModelChecker checker = new ProcessModelChecker(formIds(resolver.getResources("classpath*:forms/**/*.form")),
          beanExists);
      List<String> problems = new ArrayList<>();
      for (Resource bpmn : resolver.getResources("classpath*:processes/**/*.bpmn")) {
        try (InputStream in = bpmn.getInputStream()) {
          problems.addAll(checker.check("processes/" + bpmn.getFilename(), in));
        }
      }
      return problems;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the process models: " + e.getMessage(), e);
    }
  }

  /** The ids of Camunda Forms, which camunda:formRef refers to. */
  public static List<String> formIds(Resource[] forms) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> ids = new ArrayList<>();
    for (Resource form : forms) {
      try (InputStream in = form.getInputStream()) {
        JsonNode id = json.readTree(in).get("id");
        if (id != null && id.isTextual()) {
          ids.add(id.asText());
        }
      }
    }
    return ids;
  }
}
