package ma.majlis.board;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ma.majlis.support.ApplicationTest;

/** {@link AttendanceRepliesTest} on PostgreSQL, the production database (its MERGE, its casts). */
class AttendanceRepliesOnPostgresTest extends ApplicationTest {

  @Autowired
  DataSource dataSource;

  @Test
  void aReplyIsOneStatementAndReplacesTheMembersEarlierReplyInItsRound() {
    AttendanceRepliesTest.check(dataSource, "CA-2096-S1");
  }
}
