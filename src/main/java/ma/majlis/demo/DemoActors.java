package ma.majlis.demo;

import ma.majlis.process.ProcessKeys;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import ma.majlis.platform.EngineClock;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ma.majlis.identity.Groups;

import static org.camunda.spin.Spin.JSON;

/**
 * The demo's people at work on the engine's Java API, as Tasklist and the REST API would have them: each action runs
 * under the user's authentication (so authorizations apply and history and the operation log name the user), a group
 * task is claimed before it is completed (as in Tasklist), and the engine clock says when it happened. Jobs are run
 * as the job executor would, but only those of the plan's own process instances.
 */
final class DemoActors {

  private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

  /** Who of the demo users acts for a group when a task is offered to the group. */
  static final Map<String, String> GROUP_USER = Map.of(
      Groups.BOARD_SECRETARIAT, "secretary",
      Groups.BOARD_CHAIR, "chair",
      Groups.GENERAL_MANAGEMENT, "director",
      Groups.STATE_CONTROLLER, "controller",
      Groups.FINANCE_MINISTRY, "finance",
      Groups.COMMUNICATION, "press");

  private final IdentityService identity;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final DemoPlan plan;
  private final Map<String, List<String>> groupsOf = new HashMap<>();
  private int step;

  DemoActors(ProcessEngine engine, DemoPlan plan) {
    this.identity = engine.getIdentityService();
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.management = engine.getManagementService();
    this.plan = plan;
  }

  /** Moves the engine clock: what follows happens at that moment. */
  void at(LocalDateTime moment) {
    EngineClock.pinTo(Timestamp.valueOf(moment));
  }

  /** One line per step of the load. */
  void log(String what) {
    step++;
    LOG.info("Demo data step {} (engine time {}): {}", step, stamp(), what);
  }

  int steps() {
    return step;
  }

  private static String stamp() {
    return new Timestamp(EngineClock.now().getTime()).toLocalDateTime().withSecond(0).withNano(0).toString();
  }

  /** Runs the action as the user, with the user's groups, as an authenticated request would. */
  <T> T as(String userId, Supplier<T> action) {
    List<String> groups = groupsOf.computeIfAbsent(userId, id -> identity.createGroupQuery().groupMember(id).list()
        .stream().map(Group::getId).toList());
    identity.setAuthentication(userId, groups);
    try {
      return action.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  /** The user starts a board session (Tasklist's start form, or the integration portal over REST). */
  String start(String userId, String businessKey, Map<String, Object> variables) {
    ProcessInstance instance = as(userId, () -> runtime.createProcessInstanceByKey(ProcessKeys.BOARD_SESSION)
        .businessKey(businessKey).setVariables(variables).execute());
    log(userId + " requests session " + businessKey);
    return instance.getId();
  }

  /** The open tasks of a business key (the session's, or of a process it called) with this task id. */
  List<Task> open(String businessKey, String taskDefinitionKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskDefinitionKey)
        .active().orderByTaskCreateTime().asc().list();
  }

  /** Every open task of a business key, oldest first. */
  List<Task> open(String businessKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).active().orderByTaskCreateTime().asc()
        .list();
  }

  /** The single open task; fails, naming it, when there is none or more than one. */
  Task single(String businessKey, String taskDefinitionKey) {
    List<Task> open = open(businessKey, taskDefinitionKey);
    if (open.size() != 1) {
      throw new IllegalStateException("Expected one open " + taskDefinitionKey + " of " + businessKey + ", found "
          + open.size());
    }
    return open.get(0);
  }

  /** The open task of a business key assigned to the user (an attendance reply, a progress report). */
  Task assigned(String userId, String businessKey, String taskDefinitionKey) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskDefinitionKey)
        .taskAssignee(userId).active().singleResult();
    if (task == null) {
      throw new IllegalStateException("No open " + taskDefinitionKey + " of " + businessKey + " for " + userId);
    }
    return task;
  }

  /**
   * The user who does the task in the demo: its assignee, else the demo user of its candidate group (the BPMN says
   * who does what; the loader only picks the person).
   */
  String responsible(Task task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
          && GROUP_USER.containsKey(link.getGroupId())) {
        return GROUP_USER.get(link.getGroupId());
      }
    }
    throw new IllegalStateException("No demo user for " + task.getTaskDefinitionKey() + " (" + task.getName() + ")");
  }

  /** The responsible user claims the task if it is offered to a group, then completes it with the variables. */
  void complete(Task task, Map<String, Object> variables) {
    String userId = responsible(task);
    String businessKey = businessKeyOf(task);
    as(userId, () -> {
      if (task.getAssignee() == null) {
        tasks.claim(task.getId(), userId);
      }
      tasks.complete(task.getId(), variables);
      return null;
    });
    log(userId + " completes \"" + task.getName() + "\" of " + businessKey);
  }

  /** A task variable (as the form shows it), Json as a Spin node. */
  Object variable(Task task, String name) {
    return tasks.getVariable(task.getId(), name);
  }

  SpinJsonNode json(Task task, String name) {
    Object value = variable(task, name);
    if (value == null) {
      return null;
    }
    return value instanceof SpinJsonNode node ? node : JSON(value.toString());
  }

  static JsonValue json(String text) {
    return SpinValues.jsonValue(text).create();
  }

  /**
   * Runs the due jobs of the plan's process instances, as the job executor would at the engine clock, until none is
   * left. A failing job stops the load (the engine has recorded the failure on the job).
   */
  int runDueJobs() {
    int ran = 0;
    for (int round = 0; round < 200; round++) {
      List<Job> due = management.createJobQuery().executable().active().list().stream()
          .filter(job -> job.getProcessInstanceId() != null
              && plan.owns(businessKeyOfInstance(job.getProcessInstanceId())))
          .toList();
      if (due.isEmpty()) {
        if (ran > 0) {
          log("the engine runs " + ran + " due job(s)");
        }
        return ran;
      }
      for (Job job : due) {
        if (management.createJobQuery().jobId(job.getId()).count() == 0) {
          continue; // an earlier job of this round removed it (a deadline closing the replies still open)
        }
        management.executeJob(job.getId());
        ran++;
      }
    }
    throw new IllegalStateException("Jobs keep coming after 200 rounds: a loop in a process?");
  }

  private String businessKeyOfInstance(String processInstanceId) {
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    return instance == null ? null : instance.getBusinessKey();
  }

  String businessKeyOf(Task task) {
    return businessKeyOfInstance(task.getProcessInstanceId());
  }
}
