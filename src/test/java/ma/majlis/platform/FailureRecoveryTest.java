package ma.majlis.platform;

import ma.majlis.identity.Groups;
import ma.majlis.process.MessageNames;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.majlis.support.ApplicationTest;
import ma.majlis.support.Jobs;
import ma.majlis.support.RestDelivery;
import ma.majlis.support.SessionDriver;

import static ma.majlis.support.Engine.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each step with side effects, made to fail by a real cause that an operator can fix: its job is retried, then
 * waits in an incident whose message says which step of which session failed and what to do; once the cause is
 * fixed and the job retried, the effect exists exactly once, and running the step again (an operator's
 * modification in Cockpit) adds nothing. The database failures are a trigger that refuses writes to one table,
 * created and dropped by the test.
 */
class FailureRecoveryTest extends ApplicationTest {

  static final String ONE_ITEM = "[{\"title\":\"Partnership agreement\",\"kind\":\"DELIBERATION\",\"subject\":\"OTHER\"}]";

  @Autowired
  ManagementService management;
  @Autowired
  RuntimeService runtime;
  @Autowired
  IdentityService identity;
  @Autowired
  JdbcTemplate jdbc;

  Jobs jobs;

  @BeforeEach
  void setUp() {
    jobs = new Jobs(management);
  }

  SessionDriver flow(String key) {
    return new SessionDriver(new RestDelivery(List.of(rest), jobs::runDue, Duration.ofSeconds(5), Duration.ofMillis(20)), key);
  }

  @Test
  void convocationsWaitForTheBoardsMembersThenGoOutOncePerMember() {
    String key = "CA-2091-S1";
    SessionDriver session = flow(key);
    session.start("ORDINARY", LocalDateTime.now().plusDays(20), "TALLY");
    session.agenda(ONE_ITEM);
    session.prepare();

    Job job;
    try {
      SessionDriver.MEMBERS.forEach(member -> identity.deleteMembership(member, Groups.BOARD_MEMBERS));
      session.approveConvocation();
      job = job(session.processInstanceId(), "BusinessRule_DetermineNotice"); // the job decides the notice, then sends
      Incident incident = failUntilIncident(job);
      assertThat(incident.getIncidentMessage()).contains("\"Send the convocations\"", key, "no voting members",
          Groups.BOARD_MEMBERS, "retry");
      assertThat(convocations(key)).isEmpty();
    } finally {
      SessionDriver.MEMBERS.forEach(member -> identity.createMembership(member, Groups.BOARD_MEMBERS));
    }

    retry(job);
    jobs.runDue();
    assertThat(runtime.createIncidentQuery().processInstanceId(session.processInstanceId()).count()).isZero();
    List<String> expected = new java.util.ArrayList<>(SessionDriver.MEMBERS);
    expected.add("controller");
    assertThat(convocations(key)).containsExactlyInAnyOrderElementsOf(expected);
    // the letter is written once per language and kind, then addressed to each: its own key and its own invitation
    List<java.util.Map<String, Object>> letters = jdbc.queryForList("select recipient, dedup_key, language, body,"
        + " attachment from notification_outbox where session_key = ? and dedup_key like ?", key,
        key + "/convocation/1/%");
    java.util.Map<Object, java.util.Set<Object>> memberLetters = letters.stream()
        .filter(l -> !"controller".equals(l.get("recipient")))
        .collect(java.util.stream.Collectors.groupingBy(l -> l.get("language"),
            java.util.stream.Collectors.mapping(l -> l.get("body"), java.util.stream.Collectors.toSet())));
    assertThat(memberLetters.values()).allSatisfy(bodies -> assertThat(bodies).hasSize(1));
    assertThat(letters).allSatisfy(l -> {
      assertThat((String) l.get("dedup_key")).endsWith("/" + l.get("recipient"));
      assertThat((String) l.get("attachment")).contains("BEGIN:VCALENDAR");
    });
    Object controllerLetter = letters.stream().filter(l -> "controller".equals(l.get("recipient"))).findFirst()
        .orElseThrow().get("body");
    assertThat(memberLetters.values().stream().flatMap(java.util.Set::stream)).as("the advisory attendee's letter")
        .doesNotContain(controllerLetter);

    // An operator runs the step again (Cockpit, modification): nobody is convened twice.
    runtime.createProcessInstanceModification(session.processInstanceId())
        .cancelAllForActivity("Task_ConfirmAttendance").startBeforeActivity("BusinessRule_DetermineNotice").execute();
    jobs.runDue();
    assertThat(convocations(key)).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(session.awaitTasks("admin", key, "Task_ConfirmAttendance", 12, false)).hasSize(12);
  }

  @Test
  void aResolutionTheDatabaseRefusesWaitsInAnIncidentAndIsRegisteredOnceAfterTheRetry() {
    String key = "CA-2091-S2";
    SessionDriver session = flow(key);
    session.start("ORDINARY", LocalDateTime.now().plusDays(20), "TALLY");
    session.agenda(ONE_ITEM);
    session.prepare();
    session.approveConvocation();
    session.replyAllPresent();
    session.sessionDay();
    session.recordAttendance();
    session.open();
    session.debate();

    Job job;
    refuseWrites("resolution");
    try {
      session.tally(12, 0, 0);
      String item = runtime.createProcessInstanceQuery().superProcessInstanceId(session.processInstanceId())
          .singleResult().getId();
      job = job(item, "ServiceTask_RegisterResolution");
      Incident incident = failUntilIncident(job);
      assertThat(incident.getIncidentMessage()).contains("\"Register the resolution\"", key,
          "the database refused the change", "table resolution refuses writes", "retry the job");
      assertThat(resolutions(key)).isEmpty();
      assertThat(session.awaitTasks("secretary", key, "Task_RecordVoteTally", 0, false))
          .as("the secretary's tally is kept: the task is done").isEmpty();
    } finally {
      allowWrites("resolution");
    }

    retry(job);
    session.close();
    session.minutesAndPressRelease();
    session.awaitCompleted();
    assertThat(resolutions(key)).containsExactly(key + "-R01 ADOPTED 12-0-0");
  }

  @Test
  void aCommitteeIsCreatedOnceAndItsMembersToldOnceThroughFailuresAndARerun() {
    String resolution = "CA-2091-S3-R01";
    String instance = runtime.createMessageCorrelation(MessageNames.COMMITTEE_CREATION_APPROVED)
        .processInstanceBusinessKey(resolution).setVariable("resolutionNumber", resolution)
        .setVariable("sessionKey", "CA-2091-S3").correlateStartMessage().getId();
    SessionDriver committee = flow(resolution);
    committee.complete("secretary", committee.awaitTask("secretary", "Task_ProposeCommitteeMembers"), Map.of(
        "committeeCode", "RLB", "committeeName", "Reliability", "mandate", "Watch over the board's tools",
        "boardMembers", json("[\"member01\",\"member02\",\"member03\"]"),
        "externalMembers", json("[{\"name\":\"Amina Expert\",\"organisation\":\"ADS\",\"email\":\"amina@ads.example\"},"
            + "{\"name\":\"Karim Expert\",\"organisation\":\"ONDH\",\"email\":\"karim@ondh.example\"}]"),
        "committeeChair", "member01", "rapporteur", "member02", "reportingRhythm", "QUARTERLY"));

    Job create;
    refuseWrites("committee");
    try {
      committee.complete("chair", committee.awaitTask("chair", "Task_AppointCommittee"), Map.of("approved", true));
      create = job(instance, "ServiceTask_CreateCommittee");
      Incident incident = failUntilIncident(create);
      assertThat(incident.getIncidentMessage()).contains("\"Create the committee, its group and accounts\"",
          resolution, "the database refused the change", "table committee refuses writes", "retry the job");
      assertThat(count("select count(*) from body where code = 'RLB'")).isZero();
      assertThat(identity.createGroupQuery().groupId("committee-rlb").count()).isZero();
    } finally {
      allowWrites("committee");
    }

    Job notify;
    refuseWrites("notification_outbox");
    try {
      retry(create);
      management.executeJob(create.getId());
      assertCommitteeSetUpOnce();
      notify = job(instance, "ServiceTask_NotifyCommitteeMembers");
      Incident incident = failUntilIncident(notify);
      assertThat(incident.getIncidentMessage()).contains("\"Notify the committee members\"", resolution,
          "table notification_outbox refuses writes", "retry the job");
      assertThat(appointmentNotices(resolution)).isEmpty();
    } finally {
      allowWrites("notification_outbox");
    }

    retry(notify);
    jobs.runDue();
    List<String> members = List.of("member01", "member02", "member03", "ext-rlb-1", "ext-rlb-2");
    committee.awaitTask("secretary", "Task_ScheduleInauguralMeeting");
    assertCommitteeSetUpOnce();
    assertThat(appointmentNotices(resolution)).containsExactlyInAnyOrderElementsOf(members);

    // An operator runs the whole setting-up again (Cockpit, modification): nothing is created or sent twice.
    runtime.createProcessInstanceModification(instance).cancelAllForActivity("Task_ScheduleInauguralMeeting")
        .startBeforeActivity("ServiceTask_CreateCommittee").execute();
    jobs.runDue();
    committee.awaitTask("secretary", "Task_ScheduleInauguralMeeting");
    assertCommitteeSetUpOnce();
    assertThat(appointmentNotices(resolution)).hasSize(5);
  }

  private void assertCommitteeSetUpOnce() {
    assertThat(count("select count(*) from body where code = 'RLB'")).isEqualTo(1);
    assertThat(count("select count(*) from committee where code = 'RLB'")).isEqualTo(1);
    assertThat(identity.createGroupQuery().groupId("committee-rlb").count()).isEqualTo(1);
    assertThat(identity.createUserQuery().memberOfGroup("committee-rlb").count()).isEqualTo(5);
  }

  /** What an operator does in Cockpit once the cause is fixed: the incident's Retry, due now. */
  private void retry(Job job) {
    management.setJobRetries(1).jobId(job.getId()).dueDate(new java.util.Date()).execute();
  }

  /** Runs the job until its retries are spent (R3/PT1M: three attempts) and returns its incident. */
  private Incident failUntilIncident(Job job) {
    for (int attempt = 0; attempt < 5; attempt++) {
      Job current = management.createJobQuery().jobId(job.getId()).singleResult();
      assertThat(current).as("job " + job.getId() + " of " + job.getProcessInstanceId()).isNotNull();
      if (current.getRetries() == 0) {
        break;
      }
      try {
        management.executeJob(job.getId());
      } catch (RuntimeException expected) {
        // the engine records the failure on the job, as the job executor does
      }
    }
    Incident incident = runtime.createIncidentQuery().configuration(job.getId()).singleResult();
    assertThat(incident).as("an incident for the failed job " + job.getId()).isNotNull();
    return incident;
  }

  private Job job(String processInstanceId, String activityId) {
    Job job = management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).singleResult();
    assertThat(job).as("the job of " + activityId).isNotNull();
    return job;
  }

  /** A fault the database administrator can fix: every insert or update on the table is refused. */
  private void refuseWrites(String table) {
    jdbc.execute("create or replace function majlis_refuse_writes() returns trigger language plpgsql as"
        + " $$ begin raise exception 'table % refuses writes (failure test)', tg_table_name; end $$");
    jdbc.execute("create trigger majlis_refuse_writes before insert or update on " + table
        + " for each row execute function majlis_refuse_writes()");
  }

  private void allowWrites(String table) {
    jdbc.execute("drop trigger if exists majlis_refuse_writes on " + table);
  }

  private List<String> convocations(String key) {
    return jdbc.queryForList("select recipient from notification_outbox where session_key = ? and dedup_key like ?",
        String.class, key, key + "/convocation/1/%");
  }

  private List<String> resolutions(String key) {
    return jdbc.query("select number, outcome, votes_for, votes_against, votes_abstain from resolution"
            + " where session_key = ? order by number",
        (rs, i) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3) + "-" + rs.getInt(4) + "-"
            + rs.getInt(5), key);
  }

  private List<String> appointmentNotices(String resolution) {
    return jdbc.queryForList("select recipient from notification_outbox where dedup_key like ?", String.class,
        resolution + "/committee-appointment/%");
  }

  private int count(String sql) {
    return jdbc.queryForObject(sql, Integer.class);
  }
}
