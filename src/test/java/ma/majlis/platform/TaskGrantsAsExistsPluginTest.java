package ma.majlis.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

import ma.majlis.support.StatementLog;
import ma.majlis.support.TestDatabase;

/**
 * The engine's task query with its authorization check written as {@code EXISTS} ({@link TaskGrantsAsExistsPlugin})
 * shows every reader exactly the tasks, the counts and the pages the engine's own query shows: two engines on one
 * database, one with the plugin and one without, asked the same queries by the same readers, for every kind of grant
 * (on the task, on its process definition, on {@code '*'}, to the user, to a group, to everyone; without the
 * permission the check needs; revoked), for process tasks and stand-alone tasks, with CMMN on (the engine's left join)
 * and off, on H2 and on PostgreSQL. The statements each engine sends show that the two checks differ, so that the
 * comparison compares something.
 */
class TaskGrantsAsExistsPluginTest {

  @Test
  void onH2WithCmmn() throws Exception {
    String url = "jdbc:h2:mem:task-grants-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    compare(h2(url), true);
  }

  @Test
  void onH2WithoutCmmn() throws Exception {
    String url = "jdbc:h2:mem:task-grants-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    compare(h2(url), false);
  }

  @Test
  void onPostgres() throws Exception {
    String name = "majlis_task_grants";
    String admin = TestDatabase.URL.substring(0, TestDatabase.URL.lastIndexOf('/') + 1) + "postgres";
    try (Connection c = DriverManager.getConnection(admin, TestDatabase.USER, TestDatabase.PASSWORD);
         Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
        if (!rs.next()) {
          s.execute("create database " + name);
        }
      }
    }
    org.postgresql.ds.PGSimpleDataSource postgres = new org.postgresql.ds.PGSimpleDataSource();
    postgres.setURL(TestDatabase.URL.substring(0, TestDatabase.URL.lastIndexOf('/') + 1) + name);
    postgres.setUser(TestDatabase.USER);
    postgres.setPassword(TestDatabase.PASSWORD);
    try (Connection c = postgres.getConnection(); Statement s = c.createStatement()) {
      s.execute("drop schema public cascade");
      s.execute("create schema public");
    }
    compare(postgres, false);
  }

  @Test
  void theChangedMappingKeepsTheEnginesOtherPaths() {
    String mapper = TaskGrantsAsExistsPlugin.mapper();
    // the engine's join stays for the checks the EXISTS form does not cover, and its own check there
    assertThat(mapper).contains("AUTH ON").contains(TaskGrantsAsExistsPlugin.ENGINE_AUTHORIZATION_NAMESPACE
        + ".contextualAuthorizationCheck");
    assertThat(mapper).contains("selectTaskByQueryCriteria_grantsAsExists")
        .contains("selectTaskCountByQueryCriteria_grantsAsExists")
        .contains(TaskGrantsAsExistsPlugin.NAMESPACE + ".authorizationCheck");
    assertThat(mapper).doesNotContain("refid=\"selectTaskByQueryCriteriaSql\"").doesNotContain("refid=\"columnSelection\"");
  }

  @Test
  void anEngineWithTheSettingOffKeepsItsOwnQuery() {
    String url = "jdbc:h2:mem:task-grants-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    ProcessEngine engine = engine("off", h2(url), false, new TaskGrantsAsExistsPlugin(false));
    try {
      assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDbSqlSessionFactory()
          .mapStatement("selectTaskByQueryCriteria")).isEqualTo("selectTaskByQueryCriteria");
    } finally {
      engine.close();
    }
  }

  @Test
  void anEngineMappingWithoutTheExpectedElementsStopsTheEngineRatherThanRunAnotherCheck() throws Exception {
    String engineMapping;
    try (var in = TaskGrantsAsExistsPlugin.class.getClassLoader()
        .getResourceAsStream(TaskGrantsAsExistsPlugin.ENGINE_TASK_MAPPING)) {
      engineMapping = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    String join = TaskGrantsAsExistsPlugin.ENGINE_AUTHORIZATION_NAMESPACE + ".authCheckJoinWithoutOnClause";
    String check = TaskGrantsAsExistsPlugin.ENGINE_AUTHORIZATION_NAMESPACE + ".contextualAuthorizationCheck";
    assertThat(engineMapping).contains(join).contains(check);

    assertThatThrownBy(() -> TaskGrantsAsExistsPlugin.mapper(stream(engineMapping.replace(join, join + "Renamed"))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no <include refid=\"" + join + "\">")
        .hasMessageContaining("majlis.engine.task-grants-as-exists=false");
    String twice = engineMapping.replace("<include refid=\"" + check + "\" />",
        "<include refid=\"" + check + "\" /> <include refid=\"" + check + "\" />");
    assertThat(twice).isNotEqualTo(engineMapping);
    assertThatThrownBy(() -> TaskGrantsAsExistsPlugin.mapper(stream(twice)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("more than once");
    assertThatThrownBy(() -> TaskGrantsAsExistsPlugin.mapper(stream(engineMapping.replace("AUTH ON", "AUTH2 ON"))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("AUTH ON");
  }

  private static java.io.InputStream stream(String text) {
    return new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  // ---------------------------------------------------------------------------------------------------------------

  private record Reader(String user, List<String> groups) {
  }

  private static final Map<String, Reader> READERS = new LinkedHashMap<>();

  static {
    READERS.put("task grant to the user", new Reader("u-task", List.of()));
    READERS.put("task grant to a group", new Reader("u-group", List.of("g-task", "g-nothing")));
    READERS.put("definition grant to the user", new Reader("u-def", List.of()));
    READERS.put("definition grant to a group", new Reader("u-defgroup", List.of("g-def")));
    READERS.put("'*' task grant to the user", new Reader("u-star-task", List.of()));
    READERS.put("'*' definition grant to a group", new Reader("u-star-def", List.of("g-star-def")));
    READERS.put("grants without the permission", new Reader("u-weak", List.of("g-weak")));
    READERS.put("no grant of his own", new Reader("u-none", List.of()));
    READERS.put("no grant, no group", new Reader("u-none", List.of("g-nothing")));
  }

  private void compare(DataSource database, boolean cmmn) throws Exception {
    StatementLog withLog = StatementLog.of(database);
    StatementLog withoutLog = StatementLog.of(database);
    ProcessEngine with = engine("with-" + System.nanoTime(), withLog.dataSource(), cmmn,
        new TaskGrantsAsExistsPlugin());
    ProcessEngine without = engine("without-" + System.nanoTime(), withoutLog.dataSource(), cmmn);
    try {
      Map<String, String> tasks = createTasksAndGrants(with);

      // both checks are what they say: the EXISTS form on one engine, the engine's join on the other
      withLog.clear();
      withoutLog.clear();
      as(with, READERS.get("task grant to the user"), engine -> engine.getTaskService().createTaskQuery().count());
      as(without, READERS.get("task grant to the user"), engine -> engine.getTaskService().createTaskQuery().count());
      assertThat(taskQueries(withLog)).singleElement().satisfies(sql -> assertThat(sql.toLowerCase())
          .contains("exists").doesNotContain("auth on"));
      assertThat(taskQueries(withoutLog)).singleElement().satisfies(sql -> assertThat(sql.toLowerCase())
          .contains("auth on").doesNotContain("exists"));

      // what each reader sees, as the engine decides it (so that the comparison below compares something)
      assertThat(visible(with, "task grant to the user")).containsExactlyInAnyOrder(tasks.get("p1-0"),
          tasks.get("alone-0"), tasks.get("p2-5"));
      assertThat(visible(with, "task grant to a group")).containsExactlyInAnyOrder(tasks.get("p1-1"),
          tasks.get("p2-1"), tasks.get("p2-5"));
      assertThat(visible(with, "definition grant to the user")).hasSize(8).contains(tasks.get("p1-3"), tasks.get("alone-2"));
      assertThat(visible(with, "'*' task grant to the user")).hasSize(tasks.size());
      // the engine matches a grant on '*' whatever the task's kind: stand-alone tasks too
      assertThat(visible(with, "'*' definition grant to a group")).hasSize(tasks.size());
      assertThat(visible(with, "grants without the permission")).containsExactly(tasks.get("p2-5"));
      assertThat(visible(with, "no grant of his own")).containsExactly(tasks.get("p2-5"));

      assertSameAnswers(with, without);

      // a revoked grant: the engine checks revocations its own way (no EXISTS form), still the same answers
      revoke(with, "u-star-task", Resources.TASK, tasks.get("p1-2"), Permissions.READ);
      assertThat(visible(with, "'*' task grant to the user")).hasSize(tasks.size() - 1)
          .doesNotContain(tasks.get("p1-2"));
      assertSameAnswers(with, without);
    } finally {
      with.close();
      without.close();
    }
  }

  /** Every reader, every query form: the same tasks in the same order, the same counts. */
  private void assertSameAnswers(ProcessEngine with, ProcessEngine without) {
    Map<String, Function<ProcessEngine, Object>> queries = new LinkedHashMap<>();
    queries.put("all", engine -> ids(engine.getTaskService().createTaskQuery().orderByTaskName().asc().list()));
    queries.put("count", engine -> engine.getTaskService().createTaskQuery().count());
    queries.put("a group's first page, as Tasklist asks", engine -> ids(engine.getTaskService().createTaskQuery()
        .taskCandidateGroup("clerks").includeAssignedTasks().orderByTaskName().desc().listPage(0, 4)));
    queries.put("its second page", engine -> ids(engine.getTaskService().createTaskQuery()
        .taskCandidateGroup("clerks").includeAssignedTasks().orderByTaskName().desc().listPage(4, 4)));
    queries.put("its count", engine -> engine.getTaskService().createTaskQuery().taskCandidateGroup("clerks")
        .includeAssignedTasks().count());
    queries.put("by definition", engine -> ids(engine.getTaskService().createTaskQuery()
        .processDefinitionKey("p2").orderByTaskName().asc().list()));
    queries.put("an or query", engine -> ids(engine.getTaskService().createTaskQuery().or().taskName("alone-2")
        .processDefinitionKey("p1").endOr().orderByTaskName().asc().list()));
    queries.put("case-insensitive name", engine -> ids(engine.getTaskService().createTaskQuery()
        .taskNameLike("P2-%").orderByTaskNameCaseInsensitive().asc().list()));
    queries.put("a filter's list", engine -> {
      Filter filter = engine.getFilterService().createFilterQuery().filterName("clerks").singleResult();
      return ids(engine.getFilterService().<Task>list(filter.getId()));
    });
    queries.put("a filter's count", engine -> {
      Filter filter = engine.getFilterService().createFilterQuery().filterName("clerks").singleResult();
      return engine.getFilterService().count(filter.getId());
    });
    List<Reader> readers = new ArrayList<>(READERS.values());
    readers.add(new Reader("an-admin", List.of(Groups.CAMUNDA_ADMIN)));
    for (Reader reader : readers) {
      for (Map.Entry<String, Function<ProcessEngine, Object>> query : queries.entrySet()) {
        assertThat(as(with, reader, query.getValue()))
            .as("%s for %s %s", query.getKey(), reader.user(), reader.groups())
            .isEqualTo(as(without, reader, query.getValue()));
      }
    }
    for (Map.Entry<String, Function<ProcessEngine, Object>> query : queries.entrySet()) {
      if (!query.getKey().startsWith("a filter")) { // a filter is read with the reader's authorization only
        assertThat(query.getValue().apply(with)).as("%s without authentication", query.getKey())
            .isEqualTo(query.getValue().apply(without));
      }
    }
  }

  private Map<String, String> createTasksAndGrants(ProcessEngine engine) {
    Map<String, String> tasks = new LinkedHashMap<>();
    for (String key : List.of("p1", "p2")) {
      BpmnModelInstance model = Bpmn.createExecutableProcess(key).startEvent().userTask("task")
          .name("${name}").camundaCandidateGroups("clerks").endEvent().done();
      engine.getRepositoryService().createDeployment().addModelInstance(key + ".bpmn", model).deploy();
      for (int i = 0; i < 6; i++) {
        String name = key + "-" + i;
        String instance = engine.getRuntimeService().startProcessInstanceByKey(key, Map.of("name", name)).getId();
        tasks.put(name, engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId());
      }
    }
    for (int i = 0; i < 3; i++) {
      Task alone = engine.getTaskService().newTask();
      alone.setName("alone-" + i);
      engine.getTaskService().saveTask(alone);
      engine.getTaskService().addCandidateGroup(alone.getId(), "clerks");
      tasks.put(alone.getName(), alone.getId());
    }
    engine.getTaskService().setAssignee(tasks.get("p1-4"), "someone"); // an assigned task in the group's page

    grant(engine, "u-task", null, Resources.TASK, tasks.get("p1-0"), Permissions.READ);
    grant(engine, "u-task", null, Resources.TASK, tasks.get("alone-0"), Permissions.READ);
    grant(engine, null, "g-task", Resources.TASK, tasks.get("p1-1"), Permissions.READ);
    grant(engine, null, "g-task", Resources.TASK, tasks.get("p2-1"), Permissions.ALL);
    grant(engine, "u-def", null, Resources.PROCESS_DEFINITION, "p1", ProcessDefinitionPermissions.READ_TASK);
    grant(engine, "u-def", null, Resources.TASK, tasks.get("alone-2"), Permissions.READ);
    grant(engine, null, "g-def", Resources.PROCESS_DEFINITION, "p2", ProcessDefinitionPermissions.READ_TASK);
    grant(engine, "u-star-task", null, Resources.TASK, "*", Permissions.READ);
    grant(engine, null, "g-star-def", Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ_TASK);
    // without the permission the check needs: UPDATE on a task, READ (not READ_TASK) on a definition
    grant(engine, null, "g-weak", Resources.TASK, tasks.get("p1-5"), Permissions.UPDATE);
    grant(engine, "u-weak", null, Resources.PROCESS_DEFINITION, "p1", Permissions.READ);
    grant(engine, null, "g-weak", Resources.PROCESS_DEFINITION, "*", Permissions.READ);
    // to everyone
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization global = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    global.setResource(Resources.TASK);
    global.setResourceId(tasks.get("p2-5"));
    global.addPermission(Permissions.READ);
    authorizations.saveAuthorization(global);
    // Tasklist's kind of filter, readable by everyone
    Filter filter = engine.getFilterService().newTaskFilter("clerks")
        .setQuery(engine.getTaskService().createTaskQuery().taskCandidateGroup("clerks").includeAssignedTasks()
            .orderByTaskName().asc());
    engine.getFilterService().saveFilter(filter);
    Authorization filterRead = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    filterRead.setResource(Resources.FILTER);
    filterRead.setResourceId(filter.getId());
    filterRead.addPermission(Permissions.READ);
    authorizations.saveAuthorization(filterRead);
    return tasks;
  }

  private static void grant(ProcessEngine engine, String user, String group, Resource resource, String id,
      Permission permission) {
    authorize(engine, Authorization.AUTH_TYPE_GRANT, user, group, resource, id, permission);
  }

  private static void revoke(ProcessEngine engine, String user, Resource resource, String id, Permission permission) {
    authorize(engine, Authorization.AUTH_TYPE_REVOKE, user, null, resource, id, permission);
  }

  private static void authorize(ProcessEngine engine, int type, String user, String group, Resource resource,
      String id, Permission permission) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization authorization = authorizations.createNewAuthorization(type);
    authorization.setUserId(user);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(id);
    if (type == Authorization.AUTH_TYPE_REVOKE) {
      authorization.removePermission(permission);
    } else {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }

  private List<String> visible(ProcessEngine engine, String reader) {
    return as(engine, READERS.get(reader), e -> ids(e.getTaskService().createTaskQuery().list()));
  }

  private static <T> T as(ProcessEngine engine, Reader reader, Function<ProcessEngine, T> query) {
    engine.getIdentityService().setAuthentication(reader.user(), reader.groups());
    try {
      return query.apply(engine);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static List<String> ids(List<Task> tasks) {
    return tasks.stream().map(Task::getId).toList();
  }

  private static List<String> taskQueries(StatementLog log) {
    return log.statements().stream().filter(sql -> sql.contains("ACT_RU_TASK RES")).toList();
  }

  private static DataSource h2(String url) {
    org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
    h2.setURL(url);
    h2.setUser("sa");
    return h2;
  }

  private static ProcessEngine engine(String name, DataSource database, boolean cmmn,
      TaskGrantsAsExistsPlugin... plugins) {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setDataSource(database);
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setAuthorizationEnabled(true);
    configuration.setJobExecutorActivate(false);
    configuration.setCmmnEnabled(cmmn);
    configuration.setDmnEnabled(false);
    configuration.setHistory("none");
    configuration.setProcessEnginePlugins(List.of(plugins));
    return configuration.buildProcessEngine();
  }
}
