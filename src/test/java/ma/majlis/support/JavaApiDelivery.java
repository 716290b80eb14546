package ma.majlis.support;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

import ma.majlis.platform.TaskContracts;
import ma.majlis.support.Engine.Json;
import org.camunda.bpm.model.bpmn.instance.BaseElement;

/**
 * Delivers the answers through the engine's Java API, in the application's JVM: each step is completed as the user
 * who does it (authenticated, so that the engine checks authorizations as it does for REST calls; no form, no REST
 * input guard), each due job runs as the job executor runs it (one transaction per job, no user), a timer comes due
 * when its job is executed. The variables that Majlis's guard sends to the engine as transient variables, for Tasklist
 * and REST alike (the task's {@code majlis.secretVariables} and {@code majlis.transientVariables}), are delivered
 * transient too, so that the engine receives what it receives from those clients (a process without the properties,
 * such as the benchmark's skeleton, gets them stored). Every call is timed by the {@link StepTimer} (the benchmark's
 * timings).
 */
public final class JavaApiDelivery implements Delivery {

  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final TaskService tasks;
  private final ManagementService management;
  private final IdentityService identity;
  private final StepTimer timer;
  private final java.util.function.BiFunction<String, String, Object> form;
  private final Map<String, List<String>> groups = new ConcurrentHashMap<>();
  private final Map<String, String> jobActivities = new ConcurrentHashMap<>();
  /** Each open task's process definition, as the task queries found it; and each task's transient variables. */
  private final Map<String, String> taskDefinitions = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> transients = new ConcurrentHashMap<>();

  public JavaApiDelivery(ProcessEngine engine, StepTimer timer) {
    this(engine, timer, null);
  }

  /**
   * With {@code form}, what a task's form shows (its id, the value's name; null when it shows none), read when the
   * task holds no variable of that name: the values Majlis computes for a form without storing them.
   */
  public JavaApiDelivery(ProcessEngine engine, StepTimer timer,
      java.util.function.BiFunction<String, String, Object> form) {
    this.form = form;
    this.runtime = engine.getRuntimeService();
    this.repository = engine.getRepositoryService();
    this.tasks = engine.getTaskService();
    this.management = engine.getManagementService();
    this.identity = engine.getIdentityService();
    this.timer = timer;
  }

  @Override
  public String start(String user, String processKey, String businessKey, Map<String, Object> variables) {
    return as(user, () -> timer.time("start", () -> runtime.createProcessInstanceByKey(processKey)
        .businessKey(businessKey).setVariables(typed(variables)).execute().getId()));
  }

  @Override
  public List<OpenTask> tasks(String user, String businessKey, String taskKey, boolean assignedToUser) {
    return as(user, () -> timer.time("query", () -> {
      var query = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey);
      return (assignedToUser ? query.taskAssignee(user) : query).list().stream().map(this::open).toList();
    }));
  }

  @Override
  public List<OpenTask> allOpen(String... businessKeys) {
    return timer.time("query", () -> tasks.createTaskQuery().processInstanceBusinessKeyIn(businessKeys).list()
        .stream().map(this::open).toList());
  }

  @Override
  public String read(String user, OpenTask task, String variable) {
    return as(user, () -> {
      Object value = tasks.getVariable(task.id(), variable);
      if (value == null && form != null) {
        // a value the form shows without the process holding it (platform/ShownValues: the minutes' texts)
        value = form.apply(task.id(), variable);
      }
      return value == null ? null : value.toString();
    });
  }

  @Override
  public void complete(String user, OpenTask task, Map<String, Object> answer) {
    VariableMap variables = typed(answer, transientsOf(task));
    as(user, () -> {
      try {
        timer.time("task:" + task.taskKey(), () -> {
          tasks.complete(task.id(), variables);
          return null;
        });
      } catch (NullValueException gone) {
        // ended by an earlier step of the same round (e.g. a boundary event): nothing to do
      }
      return null;
    });
  }

  /** Runs the due jobs, one transaction each, until none is left; returns how many ran. */
  @Override
  public int settle() {
    int ran = 0;
    for (int round = 0; round < 100; round++) {
      // the session's jobs: the engine's own housekeeping (the nightly history cleanup, from 22:00) has no job
      // definition and is not the sessions' work
      List<Job> due = management.createJobQuery().executable().active().list().stream()
          .filter(job -> job.getJobDefinitionId() != null).toList();
      if (due.isEmpty()) {
        return ran;
      }
      for (Job job : due) {
        timer.time("job:" + activity(job), () -> {
          management.executeJob(job.getId());
          return null;
        });
        ran++;
      }
    }
    throw new IllegalStateException("Jobs keep coming");
  }

  @Override
  public boolean fireTimer(String processInstanceId, String activityId) {
    Job job = management.createJobQuery().processInstanceId(processInstanceId).timers().activityId(activityId)
        .singleResult();
    if (job == null) {
      return false;
    }
    timer.time("job:" + activityId, () -> {
      management.executeJob(job.getId());
      return null;
    });
    return true;
  }

  @Override
  public boolean ended(String processInstanceId) {
    return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0;
  }

  private String activity(Job job) {
    return jobActivities.computeIfAbsent(job.getJobDefinitionId(), id -> {
      JobDefinition def = management.createJobDefinitionQuery().jobDefinitionId(id).singleResult();
      return def == null ? "?" : def.getActivityId() + ("async-after".equals(def.getJobConfiguration()) ? "(after)" : "");
    });
  }

  private <T> T as(String user, Supplier<T> action) {
    identity.setAuthentication(user, groups.computeIfAbsent(user, u -> identity.createGroupQuery().groupMember(u)
        .list().stream().map(Group::getId).toList()));
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  private OpenTask open(Task task) {
    if (task.getProcessDefinitionId() != null) {
      taskDefinitions.put(task.getId(), task.getProcessDefinitionId());
    }
    return new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getAssignee());
  }

  /** The variables of a task that Majlis's guard would send as transient ones (none for a task not seen open). */
  private Set<String> transientsOf(OpenTask task) {
    String definition = taskDefinitions.remove(task.id());
    if (definition == null) {
      return Set.of();
    }
    return transients.computeIfAbsent(definition + "#" + task.taskKey(), k -> {
      BaseElement element = repository.getBpmnModelInstance(definition).getModelElementById(task.taskKey());
      return element == null ? Set.of() : TaskContracts.transientIn(element);
    });
  }

  /** The answer as engine variables, those named in {@code transientNames} as transient ones. */
  static VariableMap typed(Map<String, ?> variables, Set<String> transientNames) {
    VariableMap map = typed(variables);
    for (String name : transientNames) {
      if (map.containsKey(name) && map.getValueTyped(name) != null) {
        TypedValue value = map.getValueTyped(name);
        map.putValueTyped(name, transientCopy(value));
      }
    }
    return map;
  }

  private static TypedValue transientCopy(TypedValue value) {
    if (value.isTransient()) {
      return value;
    }
    Object plain = value.getValue();
    if (plain instanceof String text) {
      return Variables.stringValue(text, true);
    }
    return Variables.untypedValue(plain, true);
  }

  /** The answer as engine variables: a {@link Json} as a Spin Json value, a typed value as it is. */
  public static VariableMap typed(Map<String, ?> variables) {
    VariableMap map = Variables.createVariables();
    variables.forEach((name, value) -> {
      if (value instanceof Json json) {
        map.putValueTyped(name, SpinValues.jsonValue(json.text()).create());
      } else if (value instanceof TypedValue typed) {
        map.putValueTyped(name, typed);
      } else {
        map.putValue(name, value);
      }
    });
    return map;
  }
}
