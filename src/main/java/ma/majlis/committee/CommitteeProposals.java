package ma.majlis.committee;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import ma.majlis.platform.EngineClock;
import ma.majlis.platform.JsonValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import static org.camunda.spin.Spin.JSON;

/**
 * A committee's composition as the secretariat proposed it and the chair decided on it (table
 * {@code committee_proposal}): each proposal is recorded by its own completion ({@link
 * ProposeCommitteeMembersCheckAndRecord}), the chair's decision by his ({@link AppointCommitteeCheckAndRecord}); the
 * committee is created and its members told from the appointed proposal ({@link #toSetUp}), and the chair's form shows
 * the proposal from here ({@link CommitteeProposalCaptions}). Nothing of it rests on the variables that route the
 * process, which an administrator can change in Cockpit between the chair's click and the jobs after it.
 */
@Service
public class CommitteeProposals {

  private static final Logger LOG = LoggerFactory.getLogger(CommitteeProposals.class);

  /** The chair's decision on a proposal. */
  public enum Decision { APPOINTED, RETURNED }

  /** One proposal: its round (1, then one more after each return), what it proposes, and the chair's decision. */
  public record Proposal(int round, CommitteeSetup setup, String proposedBy, Instant proposedAt, Decision decision,
                         String decidedBy, Instant decidedAt, String remarks) {
  }

  private final JdbcTemplate jdbc;

  public CommitteeProposals(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Records a proposal for the committee {@code setup}'s resolution creates, as the next round; returns the round. */
  public int propose(CommitteeSetup setup, String proposedBy) {
    Integer last = jdbc.queryForObject("select max(round) from committee_proposal where resolution_number = ?",
        Integer.class, setup.resolutionNumber());
    int round = last == null ? 1 : last + 1;
    jdbc.update("insert into committee_proposal (resolution_number, round, code, name, mandate, board_members,"
            + " external_members, chair, rapporteur, reporting_rhythm, proposed_by, proposed_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        setup.resolutionNumber(), round, setup.code(), setup.name(), setup.mandate(),
        JsonValues.stringArray(setup.boardMembers()).toString(),
        CommitteeMembers.externalsToJson(setup.externalMembers()).toString(), setup.chair(), setup.rapporteur(),
        setup.reportingRhythm().name(), proposedBy, now());
    return round;
  }

  /**
   * Records the chair's decision on the proposal waiting for it (the latest, undecided); false when there is none: a
   * proposal made before proposals were recorded, whose committee is then created from its variables.
   */
  public boolean decide(String resolutionNumber, Decision decision, String remarks, String decidedBy) {
    int updated = jdbc.update("update committee_proposal set decision = ?, decided_by = ?, decided_at = ?, remarks = ?"
            + " where resolution_number = ? and decision is null"
            + " and round = (select max(round) from committee_proposal where resolution_number = ?)",
        decision.name(), decidedBy, now(), remarks, resolutionNumber, resolutionNumber);
    if (updated == 0) {
      LOG.warn("No proposal of the committee of {} waits for the chair's decision ({} not recorded): a proposal made"
          + " before proposals were recorded", resolutionNumber, decision);
    }
    return updated > 0;
  }

  /** The latest proposal for the committee a resolution creates; empty when none was recorded. */
  public Optional<Proposal> latest(String resolutionNumber) {
    return jdbc.query("select * from committee_proposal where resolution_number = ? order by round desc",
        (rs, i) -> proposal(rs), resolutionNumber).stream().findFirst();
  }

  /**
   * The committee to set up: the latest proposal, which the chair appointed (or, for a decision made before decisions
   * were recorded, which the process went on from); empty when no proposal was recorded (one made before this record,
   * whose variables then say). Refused when the chair returned it: the process went on against his decision.
   */
  public Optional<CommitteeSetup> toSetUp(String resolutionNumber) {
    Optional<Proposal> latest = latest(resolutionNumber);
    latest.filter(p -> p.decision() == Decision.RETURNED).ifPresent(p -> {
      throw new IllegalStateException("The chair returned proposal " + p.round() + " of the committee of "
          + resolutionNumber + " (" + p.decidedBy() + "): no committee is set up from it; the secretariat proposes"
          + " again");
    });
    return latest.map(Proposal::setup);
  }

  private static Proposal proposal(ResultSet rs) throws SQLException {
    String resolution = rs.getString("resolution_number");
    CommitteeSetup setup = new CommitteeSetup(resolution, rs.getString("code"), rs.getString("name"),
        rs.getString("mandate"),
        CommitteeMembers.ids(CommitteeVariables.BOARD_MEMBERS, JSON(rs.getString("board_members"))),
        CommitteeMembers.externals(CommitteeVariables.EXTERNAL_MEMBERS, JSON(rs.getString("external_members"))),
        rs.getString("chair"), rs.getString("rapporteur"), ReportingRhythm.valueOf(rs.getString("reporting_rhythm")));
    String decision = rs.getString("decision");
    Timestamp decidedAt = rs.getTimestamp("decided_at");
    return new Proposal(rs.getInt("round"), setup, rs.getString("proposed_by"),
        rs.getTimestamp("proposed_at").toInstant(), decision == null ? null : Decision.valueOf(decision),
        rs.getString("decided_by"), decidedAt == null ? null : decidedAt.toInstant(), rs.getString("remarks"));
  }

  private static Timestamp now() {
    return new Timestamp(EngineClock.now().getTime());
  }
}
