package ma.majlis.platform;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An index the engine's task table lacks (issue #17). Every task completion asks for the task's subtasks
 * ({@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?}), and the engine's schema has no index on that column:
 * PostgreSQL reads the whole table of open tasks each time, about 8 ms with 10,000 open tasks, on each member's reply
 * and vote. Created once, at start, after the engine has created its tables, without locking the table
 * ({@code concurrently}: the nodes keep working while it is built); nothing on H2.
 */
@Component
public class TaskSubtaskIndex {

  static final String NAME = "majlis_idx_task_parent";
  private static final Logger LOG = LoggerFactory.getLogger(TaskSubtaskIndex.class);

  private final DataSource dataSource;

  public TaskSubtaskIndex(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  public void create() {
    if (!PostgresVersion.atLeast(dataSource, 1, LOG, "index " + NAME)) {
      return;
    }
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    Integer exists = jdbc.queryForObject("select count(*) from pg_indexes where indexname = ?", Integer.class, NAME);
    if (exists != null && exists > 0) {
      return;
    }
    try {
      jdbc.execute("create index concurrently if not exists " + NAME + " on act_ru_task (parent_task_id_)");
      LOG.info("Index {} created on act_ru_task (each completion looks up the task's subtasks)", NAME);
    } catch (DataAccessException anotherNodeBuildsIt) {
      // two nodes starting at once: one builds it; the other's attempt fails and the next start finds it
      LOG.warn("Index {} not created on this start: {}", NAME, anotherNodeBuildsIt.getMostSpecificCause().getMessage());
    }
  }
}
