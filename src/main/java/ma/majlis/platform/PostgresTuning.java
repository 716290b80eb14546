package ma.majlis.platform;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
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
 * What PostgreSQL needs, beside the engine's own schema, to plan the engine's queries well as tasks and grants pile
 * up (issue #17): three indexes the schema lacks and statistics on the authorizations' permission bits. Created once,
 * at start, after the engine has created its tables; the indexes without locking their table ({@code concurrently}:
 * the nodes keep working while one is built). Nothing on H2.
 */
@Component
public class PostgresTuning {

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

  /**
   * The same check keeps, of the grants on tasks and definitions, those of the user and of his groups: {@code
   * AUTH.USER_ID_ in (?, '*') or AUTH.GROUP_ID_ in (...)}, a list PostgreSQL builds once per query and hashes. The
   * engine's schema indexes the group ({@code ACT_IDX_AUTH_GROUP_ID}) but the user only after the grant's type
   * ({@code ACT_UNIQ_AUTH_USER}: type, user, ...), which the check's {@code TYPE_ < 2} cannot use: PostgreSQL read
   * every grant of the node (10,000 open tasks: 10,500 rows) to build that list, on each page and on each count.
   * With the user's grants by index, a member's "my tasks" as Tasklist asks for it (its page and its count): 56 to 32
   * ms at the median (docs/benchmark.md, seventeenth round). Not partial: the engine passes the resource types as
   * parameters, and PostgreSQL cannot prove a partial index's condition in a plan it keeps for any parameters.
   */
  static final Index USER_GRANTS = new Index("majlis_idx_auth_user", "act_ru_authorization (user_id_)",
      "the task lists' authorization checks, a user's own grants");

  static final List<Index> INDEXES = List.of(TASK_PARENT, TASK_READ_GRANTS, USER_GRANTS);

  /**
   * Every task query of a user joins the engine's authorizations and keeps the rows whose permission bits match
   * ({@code PERMS_ & 2 = 2}: READ on a task, {@code PERMS_ & 64 = 64}: READ_TASK on a process definition). PostgreSQL
   * guesses that such a bit test keeps 0.5% of the rows, whereas it keeps nearly all of them: with thousands of open
   * tasks (each with its grant to its assignee or group) it then picked a plan that compares every task with every
   * grant (10,000 open tasks: 370 ms for a member's "my tasks"; with these statistics the plan looks each task's grants
   * up by index: 16 ms). Extended statistics on the two expressions (PostgreSQL 14 and later) correct the guess.
   */
  static final String STATISTICS = "majlis_authorization_perms";

  private static final Logger LOG = LoggerFactory.getLogger(PostgresTuning.class);

  private final DataSource dataSource;

  public PostgresTuning(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  public void create() {
    int major = postgresMajorVersion();
    if (major == 0) {
      return;
    }
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    INDEXES.forEach(index -> createIndex(jdbc, index));
    if (major >= 14) {
      createStatistics(jdbc);
    }
    autovacuumWarning(jdbc).ifPresent(LOG::warn);
  }

  /**
   * A warning when the server runs without autovacuum (PostgreSQL's default is on). The plans above rest on current
   * statistics, which autovacuum keeps: without it the engine's tables keep the statistics of when they were last
   * analyzed, and their dead rows. The benchmark measured it (docs/benchmark.md, ninth round): after a load, a
   * group's 186 open tasks planned as 1, its task list 150 to 250 ms in PostgreSQL instead of a few.
   */
  static java.util.Optional<String> autovacuumWarning(JdbcTemplate jdbc) {
    String autovacuum = jdbc.queryForObject("show autovacuum", String.class);
    if ("on".equals(autovacuum)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of("PostgreSQL runs without autovacuum (autovacuum = " + autovacuum + "): the"
        + " engine's tables will keep stale statistics and their dead rows, and Tasklist's queries will slow down."
        + " Turn autovacuum on (PostgreSQL's default), or analyze and vacuum the database regularly.");
  }

  /** PostgreSQL's major version; 0 on any other database, and when the database cannot say (logged). */
  private int postgresMajorVersion() {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData db = connection.getMetaData();
      return "PostgreSQL".equals(db.getDatabaseProductName()) ? db.getDatabaseMajorVersion() : 0;
    } catch (SQLException e) {
      LOG.warn("Could not read the database's product and version; indexes {} and statistics {} not created",
          INDEXES.stream().map(Index::name).toList(), STATISTICS, e);
      return 0;
    }
  }

  private static void createIndex(JdbcTemplate jdbc, Index index) {
    List<Boolean> valid = jdbc.queryForList("select i.indisvalid from pg_class c join pg_index i"
        + " on i.indexrelid = c.oid where c.relname = ?", Boolean.class, index.name());
    if (valid.contains(Boolean.TRUE)) {
      return;
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

  private static void createStatistics(JdbcTemplate jdbc) {
    Integer exists = jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = ?", Integer.class,
        STATISTICS);
    if (exists == null || exists == 0) {
      jdbc.execute("create statistics if not exists " + STATISTICS
          + " on (perms_ & 2), (perms_ & 64) from act_ru_authorization");
      jdbc.execute("analyze act_ru_authorization");
      LOG.info("Statistics {} created on act_ru_authorization (Tasklist's authorization checks)", STATISTICS);
    }
  }
}
