package ma.majlis.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
 * Drives a session to its end through the engine's Java API, as its users would: each open step is completed by
 * the user who does it (authenticated, so that the engine checks authorizations as it does for REST calls), with
 * the answer of {@link Payloads}; asynchronous steps are run as the job executor runs them (one transaction per
 * job, no user); the session day comes when the driver fires its timer. The same driver runs the full session
 * and its skeleton, so that the two differ only in what the models call.
 */
final class ApiDriver {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final IdentityService identity;
  private final Timings timings;
  private final Map<String, List<String>> groups = new ConcurrentHashMap<>();
  private final Map<String, String> jobActivities = new ConcurrentHashMap<>();

  ApiDriver(ProcessEngine engine, Timings timings) {
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.management = engine.getManagementService();
    this.identity = engine.getIdentityService();
    this.timings = timings;
  }

  /** Starts the session as the integration portal; returns the instance id. */
  String start(String processKey, Payloads.Session session, Map<String, Object> variables) {
    return as("integration", () -> timings.time("start", () -> runtime.createProcessInstanceByKey(processKey)
        .businessKey(session.key()).setVariables(typed(variables)).execute().getId()));
  }

  /** Runs the session (started) until nothing is left to do: no open step, no due job, no session day to come. */
  void runToEnd(Payloads.Session session, String rootId) {
    for (int round = 0; round < 500; round++) {
      boolean progressed = runJobs() > 0;
      List<Task> open = timings.time("query", () -> tasks.createTaskQuery()
          .processInstanceBusinessKeyIn(session.keys()).list());
      for (Task task : open) {
        complete(session, task);
        progressed = true;
      }
      if (!progressed) {
        Job sessionDay = management.createJobQuery().processInstanceId(rootId).timers()
            .activityId("TimerEvent_SessionDay").singleResult();
        if (sessionDay == null) {
          return;
        }
        timings.time("job:TimerEvent_SessionDay", () -> management.executeJob(sessionDay.getId()));
      }
    }
    throw new IllegalStateException("Session " + session.key() + " does not end");
  }

  private void complete(Payloads.Session session, Task task) {
    String key = task.getTaskDefinitionKey();
    String user = task.getAssignee() != null ? task.getAssignee() : Payloads.actor(key);
    as(user, () -> {
      Map<String, Object> vars = Payloads.of(key, session, name -> {
        Object value = tasks.getVariable(task.getId(), name);
        return value == null ? null : value.toString();
      });
      try {
        timings.time("task:" + key, () -> tasks.complete(task.getId(), typed(vars)));
      } catch (NullValueException gone) {
        // ended by an earlier step of this round (e.g. a boundary event): nothing to do
      }
      return null;
    });
  }

  /** Runs the due jobs, one transaction each, until none is left; returns how many ran. */
  int runJobs() {
    int ran = 0;
    for (int round = 0; round < 100; round++) {
      // the session's jobs: the engine's own housekeeping (the nightly history cleanup, from 22:00) has no job
      // definition and is not the benchmark's work
      List<Job> due = management.createJobQuery().executable().active().list().stream()
          .filter(job -> job.getJobDefinitionId() != null).toList();
      if (due.isEmpty()) {
        return ran;
      }
      for (Job job : due) {
        String name = "job:" + activity(job);
        timings.time(name, () -> management.executeJob(job.getId()));
        ran++;
      }
    }
    throw new IllegalStateException("Jobs keep coming");
  }

  private String activity(Job job) {
    return jobActivities.computeIfAbsent(job.getJobDefinitionId(), id -> {
      JobDefinition def = management.createJobDefinitionQuery().jobDefinitionId(id).singleResult();
      return def == null ? "?" : def.getActivityId() + ("async-after".equals(def.getJobConfiguration()) ? "(after)" : "");
    });
  }

  private <T> T as(String user, java.util.function.Supplier<T> action) {
    identity.setAuthentication(user, groups.computeIfAbsent(user, u -> identity.createGroupQuery().groupMember(u)
        .list().stream().map(Group::getId).toList()));
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  static VariableMap typed(Map<String, Object> variables) {
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

  static Map<String, Object> vars(Object... pairs) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
