package ma.majlis.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariDataSource;

import ma.majlis.support.TestDatabase;

/** With the engine's own authorization join, PostgreSQL plans each query with its values (issue #17). */
class CustomPlansWithoutExistsCheckTest {

  private static final String CONFIGURED = "SET random_page_cost = 1.1; SET enable_material = off; SET jit = off";

  @Test
  void withoutTheExistsCheckEachConnectionPlansEveryRunOnPostgresql() {
    try (HikariDataSource pool = pool(TestDatabase.URL, CONFIGURED + ";")) {
      new CustomPlansWithoutExistsCheck(false).postProcessAfterInitialization(pool, "dataSource");
      assertThat(pool.getConnectionInitSql()).isEqualTo(CONFIGURED + "; " + CustomPlansWithoutExistsCheck.SETTING);
      JdbcTemplate jdbc = new JdbcTemplate(pool);
      assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
      // the settings configured before it still hold
      assertThat(jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
    }
  }

  @Test
  void withTheExistsCheckPostgresqlKeepsItsDefault() {
    try (HikariDataSource pool = pool(TestDatabase.URL, CONFIGURED)) {
      new CustomPlansWithoutExistsCheck(true).postProcessAfterInitialization(pool, "dataSource");
      assertThat(pool.getConnectionInitSql()).isEqualTo(CONFIGURED);
      assertThat(new JdbcTemplate(pool).queryForObject("show plan_cache_mode", String.class)).isEqualTo("auto");
    }
  }

  @Test
  void aPoolWithoutInitialisationGetsTheSettingAloneAndOtherDatabasesNothing() {
    try (HikariDataSource postgres = pool(TestDatabase.URL, null);
        HikariDataSource h2 = pool("jdbc:h2:mem:plans", null)) {
      new CustomPlansWithoutExistsCheck(false).postProcessAfterInitialization(postgres, "dataSource");
      new CustomPlansWithoutExistsCheck(false).postProcessAfterInitialization(h2, "other");
      assertThat(postgres.getConnectionInitSql()).isEqualTo(CustomPlansWithoutExistsCheck.SETTING);
      assertThat(h2.getConnectionInitSql()).isNull();
    }
  }

  private static HikariDataSource pool(String url, String initSql) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(url);
    if (url.startsWith("jdbc:postgresql:")) {
      pool.setUsername(TestDatabase.USER);
      pool.setPassword(TestDatabase.PASSWORD);
    }
    pool.setMaximumPoolSize(1);
    pool.setConnectionInitSql(initSql);
    return pool;
  }
}
