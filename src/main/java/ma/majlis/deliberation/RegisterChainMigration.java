package ma.majlis.deliberation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Flyway migration V10: chains the resolutions registered before the register had a hash chain (V9 added the
 * columns, V11 makes them required). Each body's rows, in order of registration (time, then number), get positions
 * 1, 2, 3 ... and their hashes ({@link RegisterChain}). In Java because the hash must be the one the register
 * computes; in the migration, not at start-up, so that it runs once, before the columns are required and before
 * PostgreSQL's triggers (V12) freeze the rows. A Spring bean: Spring Boot's Flyway takes every
 * {@link JavaMigration} bean (the tests' H2 support passes it to the unit tests' Flyway).
 */
@Component
public class RegisterChainMigration implements JavaMigration {

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("10");
  }

  @Override
  public String getDescription() {
    return "chain the registered resolutions";
  }

  @Override
  public Integer getChecksum() {
    return 10;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) {
    JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
    chain(jdbc);
  }

  /** Chains every row without a hash, after the chained rows of its body; returns how many were chained. */
  static int chain(JdbcTemplate jdbc) {
    Map<String, List<RegisterChain.Link>> byBody = new LinkedHashMap<>();
    for (RegisterChain.Link row : jdbc.query("select * from resolution where chain_hash is null"
        + " order by registered_at, number", RegisterChain.LINK)) {
      byBody.computeIfAbsent(RegisterChain.bodyOf(row.resolution().sessionKey()), b -> new ArrayList<>()).add(row);
    }
    int chained = 0;
    for (Map.Entry<String, List<RegisterChain.Link>> body : byBody.entrySet()) {
      List<RegisterChain.Link> head = jdbc.query("select * from resolution where body_code = ? and chain_hash is not"
          + " null order by chain_seq desc limit 1", RegisterChain.LINK, body.getKey());
      long seq = head.isEmpty() ? 0 : head.get(0).chainSeq();
      String previous = head.isEmpty() ? RegisterChain.GENESIS : head.get(0).chainHash();
      for (RegisterChain.Link row : body.getValue()) {
        seq++;
        String hash = RegisterChain.hash(row.resolution(), body.getKey(), seq, row.registeredAt(), previous);
        jdbc.update("update resolution set body_code = ?, chain_seq = ?, chain_hash = ? where number = ?",
            body.getKey(), seq, hash, row.resolution().number());
        previous = hash;
        chained++;
      }
    }
    return chained;
  }
}
