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
        TaskSubtaskIndex.NAME)).contains("act_ru_task").contains("(parent_task_id_)");
  }

  @Test
  void theAuthorizationsHaveStatisticsOnTheirPermissionBits() {
    assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = ?", Integer.class,
        AuthorizationStatistics.NAME)).isEqualTo(1);
  }

  @Test
  void connectionsCostRandomReadsAsOnSsdStorageAndPlanEachQueryWithItsValues() {
    assertThat(jdbc.queryForObject("show random_page_cost", String.class)).isEqualTo("1.1");
    assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
  }
}
