package ma.majlis.platform;

import java.time.LocalDateTime;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.majlis.support.ApplicationTest;
import ma.majlis.support.Engine;
import ma.majlis.support.Jobs;
import ma.majlis.support.Rest.Response;
import ma.majlis.support.SessionDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the processes' expressions, Majlis's beans come before the variables ({@link BeansBeforeVariablesPlugin}): an
 * administrator who adds, in Cockpit, a variable named like a step's listener does not replace the step's code, and
 * the members' replies are checked and recorded as before. Without the plugin, the engine takes the variable for
 * the listener and each reply fails.
 */
class BeansBeforeVariablesTest extends ApplicationTest {

  static final String KEY = "CA-2095-S1";
  static final String AGENDA = "[{\"title\":\"Opening address of the chair\",\"kind\":\"ADDRESS\"}]";

  @Autowired
  ManagementService management;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ApplicationContext context;

  @Test
  void aVariableNamedLikeAStepsListenerDoesNotReplaceIt() {
    SessionDriver session = new SessionDriver(rest, new Jobs(management), KEY);
    session.start("ORDINARY", LocalDateTime.now().plusDays(20), "ROLL_CALL");
    session.convene(AGENDA);

    // what Cockpit's "Add variable" sends, as the administrator
    Response added = new Engine(rest).tasklist().send("admin", "POST", "/process-instance/"
        + session.processInstanceId() + "/variables",
        "{\"modifications\":{\"confirmAttendanceCheckAndRecord\":{\"value\":\"skip the check\",\"type\":\"String\"}}}");
    assertThat(added.status()).as(added.body()).isEqualTo(204);

    session.reply("member01", "PRESENT");
    session.reply("member02", "ABSENT");
    assertThat(jdbc.queryForList("select member_id || ' ' || reply from attendance_reply where session_key = ?"
        + " order by member_id", String.class, KEY)).containsExactly("member01 PRESENT", "member02 ABSENT");
  }

  @Test
  void onlyMajlisBeansComeBeforeTheVariables() {
    assertThat(BeansBeforeVariablesPlugin.isOwnBean(context, "confirmAttendanceCheckAndRecord")).isTrue();
    assertThat(BeansBeforeVariablesPlugin.isOwnBean(context, "sessionMembers")).isTrue();
    // a library's bean still gives way to a variable of its name, and a variable's name is no bean
    assertThat(BeansBeforeVariablesPlugin.isOwnBean(context, "dataSource")).isFalse();
    assertThat(context.containsBean("dataSource")).isTrue();
    assertThat(BeansBeforeVariablesPlugin.isOwnBean(context, "memberId")).isFalse();
    // the names the engine gives the step itself are no bean of Majlis's
    for (String engineName : new String[] {"execution", "task", "authenticatedUserId", "externalTask"}) {
      assertThat(context.containsBean(engineName)).as(engineName).isFalse();
    }
  }
}
