package ma.majlis.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import ma.majlis.language.Language;

/**
 * The values a task's form shows, computed when its variables are read ({@link ShownValues}): the task found in one
 * statement, then each {@link ShownValues} bean asked, whatever the reader may see of users or processes (the
 * engine has already decided that he may read the task's variables: {@link LocalizingFilter} adds the values only to
 * its 200 answer).
 */
@Component
public class ShownTasks {

  private static final Logger LOG = LoggerFactory.getLogger(ShownTasks.class);

  private final ObjectProvider<ShownValues> values;
  private final JdbcTemplate jdbc;
  private final TaskService tasks;
  private final IdentityService identity;

  public ShownTasks(ObjectProvider<ShownValues> values, JdbcTemplate jdbc, TaskService tasks,
      IdentityService identity) {
    this.values = values;
    this.jdbc = jdbc;
    this.tasks = tasks;
    this.identity = identity;
  }

  /**
   * The open task (empty: no such task, or it could not be read: the form then opens without these values), with its
   * step, assignee and process's business key, in one statement on the engine's tables
   * (the engine's task query would cost a transaction of its own, and a second query for the business key).
   */
  public Optional<ShownTask> find(String taskId) {
    try {
      return lookup(taskId);
    } catch (org.springframework.dao.DataAccessException e) {
      LOG.warn("Task {} could not be read to show its form's values: {}", taskId, e.toString());
      return Optional.empty();
    }
  }

  private Optional<ShownTask> lookup(String taskId) {
    return jdbc.query("select t.task_def_key_, t.assignee_, p.business_key_ from act_ru_task t"
            + " left join act_ru_execution p on p.id_ = t.proc_inst_id_ where t.id_ = ?",
        (rs, i) -> new ShownTask(taskId, rs.getString(1), rs.getString(2), rs.getString(3),
            name -> tasks.getVariable(taskId, name)), taskId).stream().findFirst();
  }

  /** What the task's form shows, in {@code language}; empty when no bean knows the task or a value failed. */
  public Map<String, TypedValue> valuesOf(ShownTask task, Language language) {
    Map<String, TypedValue> shown = new LinkedHashMap<>();
    try {
      WithoutAuthorization.asEngine(identity, () -> {
        values.orderedStream().forEach(v -> v.addTo(shown, task, language));
        return null;
      });
    } catch (RuntimeException e) {
      // a value that cannot be computed leaves the form without it, never the task without its form
      LOG.warn("The values shown on task {} ({}) could not be computed: {}", task.id(), task.definitionKey(),
          e.toString());
      return Map.of();
    }
    return shown;
  }
}
