package ma.majlis.committee;

import java.time.LocalDateTime;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import ma.majlis.notification.Mail;
import ma.majlis.notification.Outbox;
import ma.majlis.platform.WithoutAuthorization;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import ma.majlis.platform.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Sets up the committees the board creates: the body (table {@code body}), what the resolution decided (table
 * {@code committee}), the Camunda group {@code committee-<code>} whose members are the committee's voting
 * members, and accounts for the external members. Every write is idempotent: a re-executed step creates
 * nothing twice.
 */
@Service
public class CommitteeService implements BodyRegistry {

  private static final Logger LOG = LoggerFactory.getLogger(CommitteeService.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcTemplate jdbc;
  private final IdentityService identity;
  private final Outbox outbox;

  public CommitteeService(JdbcTemplate jdbc, IdentityService identity, Outbox outbox) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.outbox = outbox;
  }

  @Override
  public boolean bodyExists(String code) {
    Integer count = jdbc.queryForObject("select count(*) from body where code = ?", Integer.class, code);
    return count != null && count > 0;
  }

  /** The resolution that created the committee with this code, null when there is none. */
  public String resolutionOf(String code) {
    List<String> found = jdbc.queryForList("select resolution_number from committee where code = ?", String.class, code);
    return found.isEmpty() ? null : found.get(0);
  }

  /** A committee as the resolution that created it decided it (table {@code committee}). */
  public record Committee(String code, String resolutionNumber, String name, String mandate, String chair,
                          String rapporteur, String reportingRhythm, Instant createdAt, String groupId) {
  }

  /** The committee that a resolution created, empty when it created none (yet). */
  public Optional<Committee> createdBy(String resolutionNumber) {
    return jdbc.query("select c.*, b.group_id from committee c join body b on b.code = c.code"
            + " where c.resolution_number = ?",
        (rs, i) -> new Committee(rs.getString("code"), rs.getString("resolution_number"), rs.getString("name"),
            rs.getString("mandate"), rs.getString("chair"), rs.getString("rapporteur"),
            rs.getString("reporting_rhythm"), rs.getTimestamp("created_at").toInstant(), rs.getString("group_id")),
        resolutionNumber).stream().findFirst();
  }

  /** The inaugural meeting as scheduled: the committee, its start (ISO-8601 local date-time), venue and format. */
  public record InauguralMeeting(String code, String plannedStart, String venue, String format) {
  }

  /**
   * Records the inaugural meeting of the committee that {@code resolutionNumber} created, as the secretariat scheduled
   * it ({@link ScheduleInauguralMeetingCheckAndRecord}, in its completion).
   */
  public void scheduleInaugural(String resolutionNumber, LocalDateTime plannedStart, String venue,
      MeetingFormat format) {
    int updated = jdbc.update("update committee set inaugural_start = ?, inaugural_venue = ?, inaugural_format = ?"
        + " where resolution_number = ?", plannedStart.toString(), venue, format.name(), resolutionNumber);
    if (updated == 0) {
      throw new IllegalStateException("No committee created by " + resolutionNumber
          + ": its inaugural meeting is scheduled once it exists");
    }
  }

  /** The inaugural meeting scheduled for the committee {@code resolutionNumber} created; empty before (or earlier). */
  public Optional<InauguralMeeting> inauguralMeeting(String resolutionNumber) {
    return jdbc.query("select code, inaugural_start, inaugural_venue, inaugural_format from committee"
            + " where resolution_number = ? and inaugural_start is not null",
        (rs, i) -> new InauguralMeeting(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
        resolutionNumber).stream().findFirst();
  }

  public CreatedCommittee create(CommitteeSetup setup) {
    String owner = resolutionOf(setup.code());
    if (owner == null && bodyExists(setup.code())) {
      throw new IllegalStateException("Committee code " + setup.code() + " is already the code of another body;"
          + " return the proposal of " + setup.resolutionNumber() + " with another code");
    }
    if (owner != null && !owner.equals(setup.resolutionNumber())) {
      throw new IllegalStateException("Committee code " + setup.code() + " was already created by resolution " + owner
          + "; the proposal of " + setup.resolutionNumber() + " needs another code");
    }
    String groupId = setup.groupId();
    Timestamp now = new Timestamp(EngineClock.now().getTime());
    if (owner == null) {
      jdbc.update("insert into body (code, name, group_id, created_at) values (?, ?, ?, ?)",
          setup.code(), setup.name(), groupId, now);
      jdbc.update("insert into committee (code, resolution_number, name, mandate, chair, rapporteur, reporting_rhythm,"
              + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
          setup.code(), setup.resolutionNumber(), setup.name(), setup.mandate(), setup.chair(), setup.rapporteur(),
          setup.reportingRhythm().name(), now);
    }
    List<String> externalIds = setup.externalMemberIds();
    WithoutAuthorization.run(() -> {
      if (identity.createGroupQuery().groupId(groupId).count() == 0) {
        Group group = identity.newGroup(groupId);
        group.setName(setup.name());
        group.setType(Groups.GROUP_TYPE_WORKFLOW);
        identity.saveGroup(group);
      }
      for (int i = 0; i < setup.externalMembers().size(); i++) {
        ExternalMember member = setup.externalMembers().get(i);
        String userId = externalIds.get(i);
        if (identity.createUserQuery().userId(userId).count() == 0) {
          User user = identity.newUser(userId);
          int space = member.name().indexOf(' ');
          user.setFirstName(space < 0 ? member.name() : member.name().substring(0, space));
          user.setLastName(space < 0 ? member.organisation() : member.name().substring(space + 1));
          user.setEmail(member.email());
          user.setPassword(randomPassword());
          identity.saveUser(user);
        }
      }
      for (String userId : setup.memberIds()) {
        if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
          identity.createMembership(userId, groupId);
        }
      }
    });
    LOG.info("Committee {} ({}) set up by resolution {}: group {}, {} board member(s), {} external member(s)",
        setup.code(), setup.name(), setup.resolutionNumber(), groupId, setup.boardMembers().size(), externalIds.size());
    return new CreatedCommittee(setup.code(), groupId, externalIds);
  }

  /** Tells each member that they were appointed; one message per member, never twice. */
  public void notifyMembers(String code, String name, String resolutionNumber, String sessionKey, String chair,
                            List<String> memberIds, List<String> externalMemberIds) {
    for (String member : memberIds) {
      boolean external = externalMemberIds.contains(member);
      outbox.enqueue(resolutionNumber + "/committee-appointment/" + member, member, language -> {
        Mail mail = Mail.in(language).subject("mail.committee.subject", name, code)
            .paragraph("mail.greeting.colleague")
            .paragraph("mail.committee.intro", resolutionNumber, name, code);
        if (member.equals(chair)) {
          mail.paragraph("mail.committee.chair");
        }
        if (external) {
          mail.paragraph("mail.committee.external", member);
        }
        return mail.paragraph("mail.committee.next");
      }, sessionKey);
    }
    LOG.info("Members of committee {} notified ({})", code, memberIds.size());
  }

  private static String randomPassword() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
