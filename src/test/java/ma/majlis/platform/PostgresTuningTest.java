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
    assertThat(jdbc.queryForObject("select i.indisvalid from pg_class c join pg_index i on i.indexrelid = c.oid"
        + " where c.relname = ?", Boolean.class, PostgresTuning.TASK_READ_GRANTS.name())).isTrue();
    // the lookup of the grants on '*' as the engine writes it for a task list: PostgreSQL must prove from the
    // condition on the resource type that the partial index holds every row the lookup needs, or it cannot use it
    String plan = jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>) connection -> {
      try (java.sql.Statement statement = connection.createStatement()) {
        statement.execute("set enable_seqscan = off");
        StringBuilder lines = new StringBuilder();
        try (java.sql.ResultSet rows = statement.executeQuery("explain select A.* from act_ru_authorization A"
            + " where A.TYPE_ < 2 and (A.USER_ID_ in ('secretary', '*') or A.GROUP_ID_ in ('board-secretariat'))"
            + " and ((A.RESOURCE_TYPE_ = 7 and A.PERMS_ & 2 = 2) or (A.RESOURCE_TYPE_ = 6 and A.PERMS_ & 64 = 64))"
            + " and A.RESOURCE_ID_ = '*'")) {
          while (rows.next()) {
            lines.append(rows.getString(1)).append('\n');
          }
        } finally {
          statement.execute("reset enable_seqscan");
        }
        return lines.toString();
      }
    });
    assertThat(plan).contains(PostgresTuning.TASK_READ_GRANTS.name());
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
