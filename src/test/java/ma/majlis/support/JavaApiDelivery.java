package ma.majlis.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
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

import ma.majlis.support.Engine.Json;

/**
 * Delivers the answers through the engine's Java API, in the application's JVM: each step is completed as the user
 * who does it (authenticated, so that the engine checks authorizations as it does for REST calls; no form, no REST
 * input guard), each due job runs as the job executor runs it (one transaction per job, no user), a timer comes due
 * when its job is executed. Every call is timed by the {@link StepTimer} (the benchmark's timings).
 */
public final class JavaApiDelivery implements Delivery {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final IdentityService identity;
  private final StepTimer timer;
  private final Map<String, List<String>> groups = new ConcurrentHashMap<>();
  private final Map<String, String> jobActivities = new ConcurrentHashMap<>();

  public JavaApiDelivery(ProcessEngine engine, StepTimer timer) {
    this.runtime = engine.getRuntimeService();
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
      return (assignedToUser ? query.taskAssignee(user) : query).list().stream().map(JavaApiDelivery::open).toList();
    }));
  }

  @Override
  public List<OpenTask> allOpen(String... businessKeys) {
    return timer.time("query", () -> tasks.createTaskQuery().processInstanceBusinessKeyIn(businessKeys).list()
        .stream().map(JavaApiDelivery::open).toList());
  }

  @Override
  public String read(String user, OpenTask task, String variable) {
    return as(user, () -> {
      Object value = tasks.getVariable(task.id(), variable);
      return value == null ? null : value.toString();
    });
  }

  @Override
  public void complete(String user, OpenTask task, Map<String, Object> answer) {
    as(user, () -> {
      try {
        timer.time("task:" + task.taskKey(), () -> {
          tasks.complete(task.id(), typed(answer));
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

  private static OpenTask open(Task task) {
    return new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getAssignee());
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
