package ma.majlis.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * PostgreSQL plans each query with its values again ({@code plan_cache_mode = force_custom_plan}) when the engine's
 * task query keeps its own authorization check ({@code majlis.engine.task-grants-as-exists=false}, issue #17).
 *
 * <p>The engine's own check joins each task to the reader's grants on {@code AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_,
 * '*')} with permission-bit tests on parameters ({@code PERMS_ & ? = ?}). Planned once for any values (the generic plan
 * PostgreSQL keeps for a statement after five runs, {@code plan_cache_mode = auto}, its default) it compared every
 * task with every grant: 370 ms for a member's "my tasks" with 10,000 open tasks. The {@code EXISTS} form
 * ({@link TaskGrantsAsExistsPlugin}, on by default) keeps the same plan either way, so the connections leave PostgreSQL
 * its default and no longer plan every statement anew at each run, which cost a page of Tasklist about 6 ms of its
 * 40 (docs/benchmark.md, thirteenth round). Turning the {@code EXISTS} form off brings back the per-run planning
 * with it: this adds the setting to the pool's {@code connection-init-sql}, after the settings configured there.
 */
@Component
public class CustomPlansWithoutExistsCheck implements BeanPostProcessor {

  private static final Logger LOG = LoggerFactory.getLogger(CustomPlansWithoutExistsCheck.class);

  static final String SETTING = "SET plan_cache_mode = force_custom_plan";

  private final boolean existsCheck;

  public CustomPlansWithoutExistsCheck(@Value(TaskGrantsAsExistsPlugin.SWITCH) boolean existsCheck) {
    this.existsCheck = existsCheck;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (!existsCheck && bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
        && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
      String configured = pool.getConnectionInitSql();
      pool.setConnectionInitSql(configured == null || configured.isBlank() ? SETTING
          : configured.strip().replaceAll(";+$", "") + "; " + SETTING);
      LOG.info("Each connection plans every query with its values (majlis.engine.task-grants-as-exists=false)");
    }
    return bean;
  }
}
