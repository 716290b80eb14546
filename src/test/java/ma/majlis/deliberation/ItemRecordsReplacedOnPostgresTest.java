package ma.majlis.deliberation;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ma.majlis.support.ApplicationTest;

/** {@link ItemRecordsReplacedTest} on PostgreSQL, the production database (its MERGE, its casts). */
class ItemRecordsReplacedOnPostgresTest extends ApplicationTest {

  @Autowired
  DataSource dataSource;

  @Test
  void eachRecordIsOneStatementAndWritingItAgainReplacesIt() {
    ItemRecordsReplacedTest.check(dataSource, "CA-2079-S1");
  }
}
