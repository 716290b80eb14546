package ma.majlis.deliberation;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.majlis.documents.DocumentKind;
import ma.majlis.documents.DocumentLanguage;
import ma.majlis.documents.DocumentStore;
import ma.majlis.support.ApplicationTest;
import ma.majlis.support.Jobs;
import ma.majlis.support.Rest.Response;
import ma.majlis.support.RestDelivery;
import ma.majlis.support.SessionDriver;
import ma.majlis.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The record cannot be forged (issue #12), on PostgreSQL: the database itself refuses to change or delete registered
 * resolutions, cast votes and approved documents, except for the few changes the product makes; the register's hash
 * chain is valid after real sessions and shows a row changed behind the triggers' back. Each test has its own
 * session keys (CA-2094 onwards) or its own body (TMPR), so that the other tests' registers are not disturbed.
 */
class RegisterIntegrityTest extends ApplicationTest {

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ResolutionRegister register;
  @Autowired
  VoteBook votes;
  @Autowired
  DocumentStore documents;
  @Autowired
  ManagementService management;

  static Resolution draft(String session, int item, String text) {
    return Resolution.draft(session, item, 1, "Item " + item, "OTHER", text, "TALLY", new VoteTally(9, 1, 0), "[]",
        null, "ADOPTED");
  }

  // --- what the database refuses -----------------------------------------------------------------------------------

  @Test
  void aRegisteredResolutionIsNeitherChangedNorDeletedButItsCorrectionIsLinked() {
    Resolution old = register.register(draft("CA-2094-S1", 1, "The board adopts the plan."));

    assertThatThrownBy(() -> jdbc.update("update resolution set final_text = 'Forged' where number = ?", old.number()))
        .hasMessageContaining("resolution " + old.number() + " is registered and cannot be changed");
    assertThatThrownBy(() -> jdbc.update("update resolution set votes_for = 12, superseded_by = null where number = ?",
        old.number())).hasMessageContaining("cannot be changed");
    assertThatThrownBy(() -> jdbc.update("delete from resolution where number = ?", old.number()))
        .hasMessageContaining("cannot be deleted");
    assertThatThrownBy(() -> jdbc.execute("truncate resolution"))
        .hasMessageContaining("cannot be truncated");

    Resolution correction = register.supersede(old.number(), Resolution.draft("CA-2094-S1", 1, 2, "Item 1", "OTHER",
        "The board adopts the plan, amended.", "TALLY", new VoteTally(10, 0, 0), "[]", null, "ADOPTED"));

    assertThat(register.find(old.number()).orElseThrow().supersededBy()).isEqualTo(correction.number());
    assertThat(register.find(old.number()).orElseThrow().finalText()).isEqualTo("The board adopts the plan.");
    assertThatThrownBy(() -> jdbc.update("update resolution set superseded_by = ? where number = ?",
        old.number(), old.number())).as("superseded_by is set once").hasMessageContaining("cannot be changed");
    assertThat(register.find(old.number()).orElseThrow().supersededBy()).isEqualTo(correction.number());
    assertThat(register.verify("CA").valid()).isTrue();
  }

  @Test
  void aVoteIsCastOnceAndNeitherChangedNorDeleted() {
    votes.issue("CA-2094-S2", 1, 1, List.of(new Ballot("member01", null), new Ballot("member02", null)));
    votes.cast("CA-2094-S2", 1, 1, new Ballot("member01", null), VoteChoice.FOR);
    String where = " where session_key = 'CA-2094-S2' and mandate_id = ?";

    assertThatThrownBy(() -> jdbc.update("update vote set vote = 'AGAINST'" + where, "member01"))
        .hasMessageContaining("ballot member01 of CA-2094-S2 item 1 round 1 cannot be changed");
    assertThatThrownBy(() -> jdbc.update("update vote set voter_id = 'member05'" + where, "member02"))
        .as("a ballot not cast yet is not reassigned").hasMessageContaining("cannot be changed");
    assertThatThrownBy(() -> jdbc.update("delete from vote" + where, "member01"))
        .hasMessageContaining("cannot be deleted");
    assertThatThrownBy(() -> jdbc.update("delete from vote" + where, "member02"))
        .hasMessageContaining("cannot be deleted");

    votes.cast("CA-2094-S2", 1, 1, new Ballot("member02", null), VoteChoice.ABSTAIN);
    assertThat(votes.votesCast("CA-2094-S2", 1, 1)).containsExactlyInAnyOrder(VoteChoice.FOR, VoteChoice.ABSTAIN);
  }

  @Test
  void signedMinutesAreNeitherChangedNorDeletedButAreApprovedByTheBoardOnce() {
    long minutes = documents.save(DocumentKind.MINUTES, DocumentLanguage.FR, "CA-2094-S3", "<p>Procès-verbal</p>");
    documents.recordReviewRemarks(minutes, "Add the attendance.");
    documents.recordReviewRemarks(minutes, "Add the attendance and the quorum.");
    documents.approve(minutes, "chair");

    assertThatThrownBy(() -> jdbc.update("update document set content = '<p>Forged</p>' where id = ?", minutes))
        .hasMessageContaining("cannot be changed: a redraft is a new version");
    assertThatThrownBy(() -> jdbc.update("update document set approved_by = 'member01' where id = ?", minutes))
        .hasMessageContaining("approved_by is recorded once");
    assertThatThrownBy(() -> jdbc.update("update document set approved_at = null where id = ?", minutes))
        .hasMessageContaining("approved_at is recorded once");
    assertThatThrownBy(() -> documents.recordReviewRemarks(minutes, "Too late"))
        .hasMessageContaining("is approved: its review remarks cannot be changed");
    assertThatThrownBy(() -> jdbc.update("delete from document where id = ?", minutes))
        .hasMessageContaining("cannot be deleted");

    assertThat(documents.approveByBoard(minutes, "CA-2094-S4-R01")).isTrue();
    assertThatThrownBy(() -> jdbc.update("update document set board_approval = 'CA-2094-S4-R02' where id = ?",
        minutes)).hasMessageContaining("board_approval is recorded once");
    assertThat(documents.boardApproval(minutes)).contains("CA-2094-S4-R01");
    assertThat(documents.find(minutes).orElseThrow().content()).isEqualTo("<p>Procès-verbal</p>");
    assertThat(documents.reviewRemarks(minutes)).contains("Add the attendance and the quorum.");
  }

  @Test
  void anApprovedPressReleaseIsPublishedOnceAndNotChanged() {
    long release = documents.save(DocumentKind.PRESS_RELEASE, DocumentLanguage.AR, "CA-2094-S3", "<p>بلاغ</p>");
    documents.approve(release, "press");
    documents.publish(release);
    documents.publish(release);

    assertThat(documents.publishedAt(release)).isPresent();
    assertThatThrownBy(() -> jdbc.update("update document set published_at = null where id = ?", release))
        .hasMessageContaining("published_at is recorded once");
    assertThatThrownBy(() -> jdbc.update("update document set version = 7 where id = ?", release))
        .hasMessageContaining("cannot be changed");
  }

  // --- the hash chain ----------------------------------------------------------------------------------------------

  @Test
  void theBoardsRegisterVerifiesAfterARealSession() {
    SessionDriver session = new SessionDriver(new RestDelivery(List.of(rest), new Jobs(management)::runDue,
        Duration.ofSeconds(5), Duration.ofMillis(20)), "CA-2094-S5");
    session.start("ORDINARY", LocalDateTime.now().plusDays(20), "TALLY");
    session.runToEnd("[{\"title\":\"Action plan\",\"kind\":\"DELIBERATION\",\"subject\":\"ACTION_PLAN\"},"
        + "{\"title\":\"Partnership agreement\",\"kind\":\"DELIBERATION\",\"subject\":\"OTHER\"}]");
    assertThat(register.forSession("CA-2094-S5")).extracting(Resolution::number)
        .containsExactly("CA-2094-S5-R01", "CA-2094-S5-R02");
    long registered = jdbc.queryForObject("select count(*) from resolution where body_code = 'CA'", Long.class);

    Response response = rest.get("member03", "/api/resolutions/verification?body=CA");

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    JsonNode result = response.json();
    assertThat(result.path("body").asText()).isEqualTo("CA");
    assertThat(result.path("valid").asBoolean()).as(response.toString()).isTrue();
    assertThat(result.path("checked").asLong()).isGreaterThanOrEqualTo(registered).isGreaterThanOrEqualTo(2);
    assertThat(result.path("firstBroken").isNull()).isTrue();
  }

  @Test
  void aRowChangedBehindTheTriggersBackBreaksTheChainAtThatRow() throws Exception {
    jdbc.update("insert into body (code, name, group_id) select 'TMPR', 'Tamper test committee', 'committee-tmpr'"
        + " where not exists (select 1 from body where code = 'TMPR')");
    for (int item = 1; item <= 3; item++) {
      register.register(draft("TMPR-2094-S1", item, "Text " + item));
    }
    assertThat(rest.get("integration", "/api/resolutions/verification?body=TMPR").json().path("valid").asBoolean())
        .isTrue();

    asSuperuserWithoutTriggers("update resolution set votes_against = 0, votes_for = 10 where number = ?",
        "TMPR-2094-S1-R02");
    try {
      assertThatThrownBy(() -> jdbc.update("update resolution set votes_for = 9 where number = 'TMPR-2094-S1-R02'"))
          .as("the triggers are on again for everyone else").hasMessageContaining("cannot be changed");

      Response response = rest.get("integration", "/api/resolutions/verification?body=TMPR");

      assertThat(response.status()).as(response.toString()).isEqualTo(200);
      assertThat(response.json().path("valid").asBoolean()).isFalse();
      assertThat(response.json().path("checked").asInt()).isEqualTo(3);
      assertThat(response.json().path("firstBroken").asText()).isEqualTo("TMPR-2094-S1-R02");
    } finally {
      asSuperuserWithoutTriggers("update resolution set votes_against = 1, votes_for = 9 where number = ?",
          "TMPR-2094-S1-R02");
    }
    assertThat(rest.get("integration", "/api/resolutions/verification?body=TMPR").json().path("valid").asBoolean())
        .as("restored as registered").isTrue();
  }

  @Test
  void theVerificationNeedsAKnownBodyAndAReader() {
    Response missing = rest.get("integration", "/api/resolutions/verification");
    assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
    assertThat(missing.json().path("parameter").asText()).isEqualTo("body");
    Response unknown = rest.get("integration", "/api/resolutions/verification?body=ZZZ");
    assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
    assertThat(unknown.json().path("message").asText()).contains("ZZZ");
    assertThat(rest.get("integration", "/api/resolutions/verification?body=ca").status()).isEqualTo(400);
    assertThat(rest.get(null, "/api/resolutions/verification?body=CA").status()).isEqualTo(401);
    assertThat(rest.get("admin", "/api/resolutions/verification?body=CA").status())
        .as("the same readers as the register").isEqualTo(rest.get("admin", "/api/resolutions").status());
  }

  /** What a database superuser can do: a statement with the triggers off, on a connection of its own. */
  private static void asSuperuserWithoutTriggers(String sql, String number) throws Exception {
    try (Connection c = DriverManager.getConnection(TestDatabase.URL, TestDatabase.USER, TestDatabase.PASSWORD)) {
      try (Statement s = c.createStatement()) {
        s.execute("set session_replication_role = replica");
      }
      try (PreparedStatement p = c.prepareStatement(sql)) {
        p.setString(1, number);
        assertThat(p.executeUpdate()).isEqualTo(1);
      }
    }
  }
}
