package ma.majlis.platform;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.majlis.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** On PostgreSQL, what Tasklist's authorization-checked queries need to be planned with index lookups. */
class PostgresTuningTest extends ApplicationTest {

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aTasksSubtasksAreFoundByIndex() {
    assertThat(jdbc.queryForObject("select indexdef from pg_indexes where indexname = ?", String.class,
        PostgresTuning.TASK_PARENT.name())).contains("act_ru_task").contains("(parent_task_id_)");
  }

  @Test
  void aTaskListsGrantsAreLookedUpInTheGrantsOnTasksAndDefinitionsOnly() {
    // the lookup of the grants on '*' as the engine writes it for a task list: PostgreSQL must prove from the
    // condition on the resource type that the partial index holds every row the lookup needs, or it cannot use it
    assertPlannedWith(PostgresTuning.TASK_READ_GRANTS, "explain select A.* from act_ru_authorization A"
        + " where A.TYPE_ < 2 and (A.USER_ID_ in ('secretary', '*') or A.GROUP_ID_ in ('board-secretariat'))"
        + " and ((A.RESOURCE_TYPE_ = 7 and A.PERMS_ & 2 = 2) or (A.RESOURCE_TYPE_ = 6 and A.PERMS_ & 64 = 64))"
        + " and A.RESOURCE_ID_ = '*'");
  }

  @Test
  void aUsersGrantsAreReadByIndexWhenTheEngineChecksATaskList() {
    // the grants of the user and his groups, as the engine's check selects them for a task list (the list
    // PostgreSQL hashes once per query); the engine's own index on the user comes after the type, which
    // TYPE_ < 2 cannot narrow: without this index the plan reads the grants of the user through the whole table
    // planned as the engine's statement is kept (for any parameters, the resource types among them), with a node's
    // grants: 6,000 on tasks, each to one of 500 users or 5 groups (rolled back with their statistics)
    assertPlannedWith(PostgresTuning.USER_GRANTS,
        "insert into act_ru_authorization (id_, rev_, type_, user_id_, group_id_, resource_type_, resource_id_, perms_)"
        + " select 'tuning-test-' || g, 1, 1, case when g % 3 = 0 then null else 'tuning-user-'"
        + " || (g % 500) end, case when g % 3 = 0 then 'tuning-group-' || (g % 5) end, 7, 'tuning-task-' || g, 2"
        + " from generate_series(1, 6000) g",
        "analyze act_ru_authorization",
        "set local plan_cache_mode = force_generic_plan",
        "prepare user_grants (varchar, varchar, int, int, int, int) as select A.RESOURCE_ID_"
        + " from act_ru_authorization A where A.TYPE_ < 2 and (A.USER_ID_ in ($1, '*') or A.GROUP_ID_ in ($2))"
        + " and ((A.RESOURCE_TYPE_ = $3 and A.PERMS_ & $4 = $4) or (A.RESOURCE_TYPE_ = $5 and A.PERMS_ & $6 = $6))",
        "explain execute user_grants ('tuning-user-1', 'tuning-group-1', 7, 2, 6, 64)");
  }

  /** The index is built and valid, and the plan that the last of {@code sql} explains ({@link #explain}) uses it. */
  private void assertPlannedWith(PostgresTuning.Index index, String... sql) {
    assertThat(jdbc.queryForObject("select i.indisvalid from pg_class c join pg_index i on i.indexrelid = c.oid"
        + " where c.relname = ?", Boolean.class, index.name())).isTrue();
    assertThat(explain(sql)).contains(index.name());
  }

  /**
   * The plan that the last of {@code sql} explains, after the others, in a transaction rolled back (what they wrote
   * and analyzed is gone after, the tables analyzed again), where PostgreSQL can read a table by any index rather than
   * whole.
   */
  private String explain(String... sql) {
    return jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>) connection -> {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (java.sql.Statement statement = connection.createStatement()) {
        statement.execute("set local enable_seqscan = off");
        for (int i = 0; i < sql.length - 1; i++) {
          statement.execute(sql[i]);
        }
        StringBuilder lines = new StringBuilder();
        try (java.sql.ResultSet rows = statement.executeQuery(sql[sql.length - 1])) {
          while (rows.next()) {
            lines.append(rows.getString(1)).append('\n');
          }
        }
        return lines.toString();
      } finally {
        connection.rollback();
        connection.setAutoCommit(autoCommit);
        try (java.sql.Statement statement = connection.createStatement()) {
          statement.execute("deallocate all");
          // ANALYZE writes a table's row count in place, kept after the rollback: counted again on what is left
          for (String each : sql) {
            if (each.startsWith("analyze ")) {
              statement.execute(each);
            }
          }
        }
      }
    });
  }

  @Test
  void aServerWithoutAutovacuumIsReportedAtStart() {
    // this project's machines run PostgreSQL with autovacuum = off (conf.d/90-ci.conf); production keeps the default
    boolean on = "on".equals(jdbc.queryForObject("show autovacuum", String.class));
    java.util.Optional<String> warning = PostgresTuning.autovacuumWarning(jdbc);
    if (on) {
      assertThat(warning).isEmpty();
    } else {
      assertThat(warning).get(org.assertj.core.api.InstanceOfAssertFactories.STRING).contains("autovacuum = off")
          .contains("Turn autovacuum on");
    }
  }

  @Test
  void theAuthorizationsHaveStatisticsOnTheirPermissionBits() {
    assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = ?", Integer.class,
        PostgresTuning.STATISTICS)).isEqualTo(1);
  }

  @Test
  void connectionsCostRandomReadsAsOnSsdStorageAndKeepPostgresqlsPlanCache() {
    assertThat(jdbc.queryForObject("show random_page_cost", String.class)).isEqualTo("1.1");
    // the task query's EXISTS check is on: a statement run five times may keep its generic plan
    // (CustomPlansWithoutExistsCheckTest: each run planned anew when it is off)
    assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("auto");
    // a task list's grants are looked up by index, not held in a list compared with every task
    assertThat(jdbc.queryForObject("show enable_material", String.class)).isEqualTo("off");
    // no query of a node is compiled to machine code: the compilation costs more than any task list takes
    assertThat(jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
  }
}
