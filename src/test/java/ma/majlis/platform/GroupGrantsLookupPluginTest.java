package ma.majlis.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine without its per-request scan of the groups that hold grants ({@link GroupGrantsLookupPlugin}) decides
 * every task's visibility as the engine does: a person sees the tasks granted to him or to one of his groups, whether
 * or not his other groups hold any grant, and nothing else.
 */
class GroupGrantsLookupPluginTest {

  private ProcessEngine engine;

  @BeforeEach
  void startEngine() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:group-grants-" + System.nanoTime());
    configuration.setProcessEngineName("group-grants-" + System.nanoTime());
    configuration.setAuthorizationEnabled(true);
    configuration.setJobExecutorActivate(false);
    configuration.setProcessEnginePlugins(List.of(new GroupGrantsLookupPlugin()));
    engine = configuration.buildProcessEngine();
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  @Test
  void theEngineUsesTheManagerWithoutTheScan() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
        .getProcessEngineConfiguration();
    Object manager = configuration.getCommandExecutorTxRequired().execute(context -> context
        .getSession(AuthorizationManager.class));
    assertThat(manager).isInstanceOf(GroupGrantsLookupPlugin.WithoutGroupScan.class);
  }

  @Test
  void aPersonSeesTheTasksOfHisGroupsAndOnlyThose() {
    Task secretariat = task("prepare the agenda");
    Task finance = task("review the budget");
    Task nobody = task("nobody's");
    grantRead("board-secretariat", secretariat.getId());
    grantRead("finance-ministry", finance.getId());

    // "committee-x" holds no grant at all: the engine would have left it out; kept, it changes nothing
    assertThat(visibleTo("secretary", List.of("committee-x", "board-secretariat")))
        .containsExactly("prepare the agenda");
    assertThat(visibleTo("controller", List.of("finance-ministry"))).containsExactly("review the budget");
    assertThat(visibleTo("member01", List.of("committee-x"))).isEmpty();
    assertThat(visibleTo("member01", List.of())).isEmpty();
    assertThat(nobody.getId()).isNotNull();
  }

  private Task task(String name) {
    Task task = engine.getTaskService().newTask();
    task.setName(name);
    engine.getTaskService().saveTask(task);
    return task;
  }

  private void grantRead(String group, String taskId) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(group);
    grant.setResource(Resources.TASK);
    grant.setResourceId(taskId);
    grant.addPermission(Permissions.READ);
    authorizations.saveAuthorization(grant);
  }

  private List<String> visibleTo(String user, List<String> groups) {
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      return engine.getTaskService().createTaskQuery().list().stream().map(Task::getName).sorted().toList();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
