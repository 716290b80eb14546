package ma.majlis.platform;

import java.util.List;

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
 * Indexes the engine's schema lacks for Majlis's queries (issue #17). Created once, at start, after the engine has
 * created its tables, without locking the table ({@code concurrently}: the nodes keep working while one is built);
 * nothing on H2.
 */
@Component
public class EngineIndexes {

  /** One index: its name, what follows {@code on} in its definition, and what it serves (for the log). */
  record Index(String name, String definition, String serves) {
  }

  /**
   * Every task completion asks for the task's subtasks ({@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?}),
   * and the engine's schema has no index on that column: PostgreSQL read the whole table of open tasks each time,
   * about 8 ms with 10,000 open tasks, on each member's reply and vote.
   */
  static final Index TASK_PARENT = new Index("majlis_idx_task_parent", "act_ru_task (parent_task_id_)",
      "each completion looks up the task's subtasks");

  /**
   * A user's task list (Tasklist's filters, {@code GET /task}) joins each task to the grants that let the user read it:
   * {@code AUTH.RESOURCE_ID_ in (RES.ID_, D.KEY_, '*')}, the grants kept being those on tasks ({@code RESOURCE_TYPE_}
   * 7) and on process definitions (6). With the engine's index on the resource id alone, each task's lookup also
   * reads every grant on {@code '*'}, of any resource (72 in Majlis, 14 of them on tasks or definitions), and drops
   * them one by one: with a group's 2,000 open tasks, 144,000 rows read for nothing. PostgreSQL proves from the query's
   * own condition on the resource type that this partial index holds every row it needs (a group's first page: 22 to
   * 15 ms, docs/benchmark.md).
   */
  static final Index TASK_READ_GRANTS = new Index("majlis_idx_auth_task_read",
      "act_ru_authorization (resource_id_) where resource_type_ in (6, 7)", "the task lists' authorization checks");

  static final List<Index> ALL = List.of(TASK_PARENT, TASK_READ_GRANTS);

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

  private final DataSource dataSource;

  public EngineIndexes(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  public void create() {
    if (!PostgresVersion.atLeast(dataSource, 1, LOG, "indexes " + ALL.stream().map(Index::name).toList())) {
      return;
    }
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    for (Index index : ALL) {
      List<Boolean> valid = jdbc.queryForList("select i.indisvalid from pg_class c join pg_index i"
          + " on i.indexrelid = c.oid where c.relname = ?", Boolean.class, index.name());
      if (valid.contains(Boolean.TRUE)) {
        continue;
      }
      try {
        if (!valid.isEmpty()) {
          // a build that stopped half-way (the node stopped, or another's build failed) leaves an invalid index
          jdbc.execute("drop index concurrently if exists " + index.name());
        }
        jdbc.execute("create index concurrently if not exists " + index.name() + " on " + index.definition());
        LOG.info("Index {} created on {} ({})", index.name(), index.definition(), index.serves());
      } catch (DataAccessException anotherNodeBuildsIt) {
        // two nodes starting at once: one builds it; the other's attempt fails and the next start finds it
        LOG.warn("Index {} not created on this start: {}", index.name(),
            anotherNodeBuildsIt.getMostSpecificCause().getMessage());
      }
    }
  }
}
