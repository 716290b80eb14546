package ma.majlis.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The demo's database, as {@code application.yaml} opens it (the default profile, H2 in {@code ./data/}): in a file
 * that survives a restart, and with a query cache large enough for the engine's statements. With H2's default (8
 * statements a connection), every statement the engine sends is parsed again, and the first start's demo data took
 * about a tenth longer (docs/benchmark.md, sixth round: a figure of the benchmark, never a timing asserted here).
 */
class DemoDatabaseTest {

  @TempDir
  Path dir;

  @Test
  void theDemoDatabaseIsAFileWithAQueryCacheForTheEnginesStatements() throws Exception {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yaml"));
    Properties properties = yaml.getObject();
    String url = properties.getProperty("spring.datasource.url");
    assertThat(url).as("the demo's database").startsWith("jdbc:h2:file:./data/majlis;");

    try (Connection connection = DriverManager.getConnection(
        url.replace("./data/majlis", dir.resolve("majlis").toString()), "sa", "");
        Statement statement = connection.createStatement();
        ResultSet setting = statement.executeQuery("select setting_value from information_schema.settings"
            + " where setting_name = 'QUERY_CACHE_SIZE'")) {
      assertThat(setting.next()).as("H2 reports its query cache").isTrue();
      assertThat(Integer.parseInt(setting.getString(1))).as("statements kept parsed per connection")
          .isGreaterThanOrEqualTo(256);
    }
  }
}
