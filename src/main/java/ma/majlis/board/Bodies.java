package ma.majlis.board;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The bodies known to Majlis (table {@code body}); a body's voting members are its Camunda group's members. */
@Repository
public class Bodies {

  private static final RowMapper<Body> MAPPER = (rs, i) -> new Body(rs.getString("code"), rs.getString("name"),
      rs.getString("group_id"));

  private final JdbcTemplate jdbc;

  public Bodies(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Body> find(String code) {
    return jdbc.query("select code, name, group_id from body where code = ?", MAPPER, code).stream().findFirst();
  }

  /** A committee's chair, as appointed (table committee). */
  public Optional<String> chairOf(String code) {
    return jdbc.queryForList("select chair from committee where code = ?", String.class, code).stream().findFirst();
  }

  public List<Body> all() {
    return jdbc.query("select code, name, group_id from body order by code", MAPPER);
  }
}
