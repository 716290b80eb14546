package ma.majlis.committee;

import java.time.LocalDateTime;

import java.util.List;

import ma.majlis.notification.Outbox;
import ma.majlis.support.H2Database;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommitteeServiceTest {

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

  private final JdbcTemplate jdbc = H2Database.migrated();
  private IdentityService identity;
  private CommitteeService committees;

  private static final CommitteeSetup CQI = new CommitteeSetup("CA-2021-S2-R03", "CQI",
      "Convergence, Quality and Innovation", "Accompany the institution", List.of("member01", "member02", "member03"),
      List.of(new ExternalMember("Amina Alaoui", "ADS", "a.alaoui@ads.ma"),
          new ExternalMember("Karim Bennani", "FM5", "k.bennani@fm5.ma")),
      "member01", "member02", ReportingRhythm.QUARTERLY);

  @BeforeEach
  void setUp() {
    identity = extension.getProcessEngine().getIdentityService();
    committees = new CommitteeService(jdbc, identity, new Outbox(jdbc));
    for (String member : CQI.boardMembers()) {
      identity.saveUser(identity.newUser(member));
    }
  }

  @AfterEach
  void tearDown() {
    List.of("member01", "member02", "member03", "ext-cqi-1", "ext-cqi-2").forEach(identity::deleteUser);
    identity.deleteGroup("committee-cqi");
  }

  @Test
  void theInauguralMeetingIsRecordedWithTheCommitteeItsResolutionCreated() {
    assertThatThrownBy(() -> committees.scheduleInaugural("CA-2021-S2-R03", LocalDateTime.parse("2022-01-20T10:00"),
        "Rabat", MeetingFormat.HYBRID)).hasMessageContaining("No committee created by CA-2021-S2-R03");
    committees.create(CQI);
    assertThat(committees.inauguralMeeting("CA-2021-S2-R03")).as("not scheduled yet").isEmpty();
    committees.scheduleInaugural("CA-2021-S2-R03", LocalDateTime.parse("2022-01-20T10:00"), "Headquarters, Rabat",
        MeetingFormat.HYBRID);
    assertThat(committees.inauguralMeeting("CA-2021-S2-R03")).contains(new CommitteeService.InauguralMeeting("CQI",
        "2022-01-20T10:00", "Headquarters, Rabat", "HYBRID"));
  }

  @Test
  void theCommitteeGetsItsBodyGroupAccountsAndMembershipsOnceEvenWhenCreatedTwice() {
    CreatedCommittee created = committees.create(CQI);
    committees.create(CQI);

    assertThat(created).isEqualTo(new CreatedCommittee("CQI", "committee-cqi", List.of("ext-cqi-1", "ext-cqi-2")));
    assertThat(committees.bodyExists("CQI")).isTrue();
    assertThat(committees.resolutionOf("CQI")).isEqualTo("CA-2021-S2-R03");
    assertThat(jdbc.queryForObject("select group_id from body where code = 'CQI'", String.class)).isEqualTo("committee-cqi");
    assertThat(identity.createGroupQuery().groupId("committee-cqi").singleResult().getType()).isEqualTo("WORKFLOW");
    assertThat(identity.createUserQuery().memberOfGroup("committee-cqi").list()).extracting(User::getId)
        .containsExactlyInAnyOrder("member01", "member02", "member03", "ext-cqi-1", "ext-cqi-2");
    User amina = identity.createUserQuery().userId("ext-cqi-1").singleResult();
    assertThat(amina.getEmail()).isEqualTo("a.alaoui@ads.ma");
    assertThat(amina.getFirstName()).isEqualTo("Amina");
    assertThat(amina.getLastName()).isEqualTo("Alaoui");
  }

  @Test
  void aCodeTakenByAnotherBodyIsAnIncidentWithAClearMessage() {
    assertThatThrownBy(() -> committees.create(new CommitteeSetup("CA-2021-S2-R04", "CA", "x", "y", List.of("member01"),
        List.of(), "member01", "member01", ReportingRhythm.YEARLY)))
        .hasMessage("Committee code CA is already the code of another body; return the proposal of CA-2021-S2-R04"
            + " with another code");
  }

  @Test
  void eachMemberIsNotifiedOnce() {
    List<String> members = List.of("member01", "member02", "ext-cqi-1");
    committees.notifyMembers("CQI", "Convergence", "CA-2021-S2-R03", "CA-2021-S2", "member01", members, List.of("ext-cqi-1"));
    committees.notifyMembers("CQI", "Convergence", "CA-2021-S2-R03", "CA-2021-S2", "member01", members, List.of("ext-cqi-1"));

    assertThat(new Outbox(jdbc).forSession("CA-2021-S2")).extracting(n -> n.recipient())
        .containsExactly("member01", "member02", "ext-cqi-1");
  }
}
