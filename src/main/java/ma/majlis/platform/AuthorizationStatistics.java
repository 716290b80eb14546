package ma.majlis.platform;


import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives PostgreSQL what it needs to plan Tasklist's queries well. Every task query of a user joins the engine's
 * authorizations and keeps the rows whose permission bits match ({@code PERMS_ & 2 = 2}: READ on a task,
 * {@code PERMS_ & 64 = 64}: READ_TASK on a process definition). PostgreSQL guesses that such a bit test keeps
 * 0.5% of the rows, whereas it keeps nearly all of them: with thousands of open tasks (each with its grant to its
 * assignee or group) it then picks a plan that compares every task with every grant (10,000 open tasks: 370 ms
 * for a member's "my tasks"; with these statistics the plan looks each task's grants up by index: 16 ms). Extended
 * statistics on the two expressions (PostgreSQL 14 and later) correct the guess. Created once, at start, after the
 * engine has created its tables; nothing on H2.
 */
@Component
public class AuthorizationStatistics {

  static final String NAME = "majlis_authorization_perms";
  private static final Logger LOG = LoggerFactory.getLogger(AuthorizationStatistics.class);

  private final DataSource dataSource;

  public AuthorizationStatistics(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  public void create() {
    if (!PostgresVersion.atLeast(dataSource, 14, LOG, "authorization statistics")) {
      return;
    }
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    Integer exists = jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = ?", Integer.class, NAME);
    if (exists == null || exists == 0) {
      jdbc.execute("create statistics if not exists " + NAME + " on (perms_ & 2), (perms_ & 64) from act_ru_authorization");
      jdbc.execute("analyze act_ru_authorization");
      LOG.info("Statistics {} created on act_ru_authorization (Tasklist's authorization checks)", NAME);
    }
  }
}
