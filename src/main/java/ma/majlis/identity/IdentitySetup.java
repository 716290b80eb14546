package ma.majlis.identity;

import ma.majlis.process.ProcessKeys;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

/**
 * The groups of the contract, what each may do (authorizations) and the Tasklist filters each sees. Runs at every
 * start in every profile and only adds what is missing, so that an administrator's changes in Camunda Admin stay.
 */
@Component
public class IdentitySetup {

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;

  public IdentitySetup(IdentityService identity, AuthorizationService authorizations, FilterService filters,
                       TaskService tasks) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.filters = filters;
    this.tasks = tasks;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(1)
  public void setUp() {
    for (String group : List.of(Groups.BOARD_SECRETARIAT, Groups.BOARD_CHAIR, Groups.GENERAL_MANAGEMENT,
        Groups.BOARD_MEMBERS, Groups.STATE_CONTROLLER, Groups.FINANCE_MINISTRY, Groups.COMMUNICATION,
        Groups.MANAGERS, Groups.INTEGRATORS)) {
      ensureGroup(group);
    }
    grantAuthorizations();
    createFilters();
    LOG.info("Groups, authorizations and Tasklist filters are in place");
  }

  void ensureGroup(String id) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(Groups.displayName(id));
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
  }

  private void grantAuthorizations() {
    // Staff work in Tasklist: they see process names and start forms, users' names, and their own filters.
    // Tasks themselves are visible only through the engine's per-task grants to the assignee or candidate group.
    for (String group : Groups.STAFF) {
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
      grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
      grant(group, Resources.USER, ANY, Permissions.READ);
      grant(group, Resources.GROUP, ANY, Permissions.READ);
    }
    // Starting a session: the secretariat in Tasklist, integrators over REST.
    for (String group : List.of(Groups.BOARD_SECRETARIAT, Groups.INTEGRATORS)) {
      grant(group, Resources.PROCESS_DEFINITION, ProcessKeys.BOARD_SESSION, Permissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE);
      grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    }
    // Managers and the chair follow everything in Cockpit, read only; managers never work in Tasklist.
    for (String group : List.of(Groups.MANAGERS, Groups.BOARD_CHAIR)) {
      grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grantReadAll(group);
    }
    // Integrators read the instances and history of the processes and evaluate the decisions.
    grantReadAll(Groups.INTEGRATORS);
    grant(Groups.INTEGRATORS, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.CREATE_INSTANCE);
    grant(Groups.INTEGRATORS, Resources.USER, ANY, Permissions.READ);
    grant(Groups.INTEGRATORS, Resources.GROUP, ANY, Permissions.READ);
  }

  private void grantReadAll(String group) {
    grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_INSTANCE,
        Permissions.READ_HISTORY, Permissions.READ_TASK);
    grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
    grant(group, Resources.TASK, ANY, Permissions.READ);
    grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
    grant(group, Resources.BATCH, ANY, Permissions.READ);
  }

  /** Grants the permissions to the group on the resource, adding to an existing grant when there is one. */
  void grant(String group, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(group).resourceType(resource).resourceId(resourceId).singleResult();
    Authorization authorization = existing != null ? existing
        : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    if (existing == null) {
      authorization.setGroupId(group);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    boolean changed = existing == null;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(authorization);
    }
  }

  /**
   * Tasklist opens the filter with the lowest priority among those a user may read, and shows each filter's count.
   * Staff land on their group's tasks (a department's work is offered to the group: -10 onwards); members land on
   * "My tasks" (their replies and votes, assigned to each: 0); the chair's tasks are assigned to him, so his group
   * filter comes after "My tasks" (10).
   */
  private void createFilters() {
    Map<String, Object> mine = properties(0, "Tasks assigned to me: attendance replies, votes, the chair's decisions,"
        + " follow-ups", "filter.mine");
    Filter myTasks = filter("My tasks", tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"), mine);
    for (String group : Groups.STAFF) {
      grant(group, Resources.FILTER, myTasks.getId(), Permissions.READ);
    }
    int priority = -10;
    for (String group : Groups.TASK_GROUPS) {
      int order = Groups.BOARD_CHAIR.equals(group) ? 10 : priority++;
      Filter groupFilter = filter(Groups.displayName(group),
          tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks(),
          properties(order, "Tasks of the " + Groups.displayName(group).toLowerCase() + ", claimed or not",
              "filter.group." + group));
      grant(group, Resources.FILTER, groupFilter.getId(), Permissions.READ);
    }
  }

  /** Creates the filter, or brings an existing one (an older database) to this query and these properties. */
  private Filter filter(String name, TaskQuery query, Map<String, Object> properties) {
    Filter existing = filters.createFilterQuery().filterName(name).singleResult();
    Filter filter = existing != null ? existing : filters.newTaskFilter(name);
    if (existing != null && properties.equals(existing.getProperties())) {
      return existing;
    }
    filter.setQuery(query).setProperties(properties);
    filters.saveFilter(filter);
    return filter;
  }

  /**
   * {@code majlisName}: the filter's name and description in the message files ({@code <key>} and
   * {@code <key>.description}), which Tasklist shows in the reader's language ({@code platform/LocalizingFilter}).
   */
  private static Map<String, Object> properties(int priority, String description, String majlisName) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("majlisName", majlisName);
    properties.put("priority", priority);
    properties.put("description", description);
    properties.put("refresh", true);
    return properties;
  }
}
