package ma.majlis.followup;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import ma.majlis.language.Language;
import ma.majlis.language.Languages;
import ma.majlis.language.Texts;
import ma.majlis.notification.Mail;
import ma.majlis.notification.Outbox;
import ma.majlis.agenda.PendingAgendaItems;
import ma.majlis.platform.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import static org.camunda.spin.Spin.JSON;

/**
 * The follow-up of adopted resolutions (rule 10, table {@code follow_up}): who carries each out, by when, the
 * last progress report; overdue follow-ups are escalated to the chair, and the final report waits for the next
 * session of the body. Every write is idempotent.
 */
@Service
public class FollowUps {

  private static final Logger LOG = LoggerFactory.getLogger(FollowUps.class);

  private final JdbcTemplate jdbc;
  private final Outbox outbox;
  private final PendingAgendaItems pendingItems;

  public FollowUps(JdbcTemplate jdbc, Outbox outbox, PendingAgendaItems pendingItems) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.pendingItems = pendingItems;
  }

  /** Records the follow-up and tells the owner what to do by when. */
  public void open(String resolutionNumber, String sessionKey, String owner, LocalDate dueDate, String actionsJson) {
    assign(resolutionNumber, owner, dueDate, actionsJson);
    tellOwner(find(resolutionNumber), sessionKey);
  }

  /**
   * Records the follow-up as assigned: its owner, due date and actions (once: a follow-up is assigned once). Called by
   * the assignment's own completion ({@link AssignFollowUpCheckAndRecord}).
   */
  public void assign(String resolutionNumber, String owner, LocalDate dueDate, String actionsJson) {
    if (find(resolutionNumber) == null) {
      jdbc.update("insert into follow_up (resolution_number, owner, due_date, actions, status) values (?, ?, ?, ?, ?)",
          resolutionNumber, owner, Date.valueOf(dueDate), actionsJson, FollowUpStatus.OPEN.name());
    }
  }

  /** Tells the recorded owner what to do by when, as the follow-up was assigned ({@link #find}). */
  public void tellOwner(FollowUp followUp, String sessionKey) {
    String resolutionNumber = followUp.resolutionNumber();
    String owner = followUp.owner();
    LocalDate dueDate = followUp.dueDate();
    List<String> actions = JSON(followUp.actions()).elements().stream().map(a -> a.stringValue()).toList();
    outbox.enqueue(resolutionNumber + "/follow-up-assigned/" + owner, owner, language -> Mail.in(language)
        .subject("mail.followUp.assigned.subject", resolutionNumber, Texts.date(language, dueDate))
        .paragraph("mail.greeting.colleague")
        .paragraph("mail.followUp.assigned.intro", resolutionNumber, sessionKey, Texts.date(language, dueDate))
        .heading("mail.followUp.actions").items(actions)
        .paragraph("mail.followUp.assigned.action"), sessionKey);
    LOG.info("Follow-up of {} assigned to {}, due {}", resolutionNumber, owner, dueDate);
  }

  /** A progress report as its owner made it: the report, and whether he declared the actions done. */
  public record Report(String report, boolean done) {
  }

  /** Records a progress report as its owner made it ({@link ReportProgressCheckAndRecord}, in its completion). */
  public void saveReport(String resolutionNumber, String report, boolean done, String reportedBy) {
    jdbc.update("insert into follow_up_report (resolution_number, report, done, reported_by, reported_at)"
        + " values (?, ?, ?, ?, ?)", resolutionNumber, report, done, reportedBy,
        new Timestamp(EngineClock.now().getTime()));
  }

  /** The owner's latest progress report; empty when none was recorded (reports made before they were). */
  public Optional<Report> latestReport(String resolutionNumber) {
    return jdbc.query("select report, done from follow_up_report where resolution_number = ? order by id desc",
        (rs, i) -> new Report(rs.getString("report"), rs.getBoolean("done")), resolutionNumber).stream().findFirst();
  }

  public void recordProgress(String resolutionNumber, String report) {
    jdbc.update("update follow_up set last_report = ?, status = case when status = 'OPEN' then 'IN_PROGRESS' else status end"
        + " where resolution_number = ?", report, resolutionNumber);
    LOG.info("Progress reported on the follow-up of {}", resolutionNumber);
  }

  /** The due date passed: the follow-up is overdue; the chair's users and the owner are told. */
  public void escalate(String resolutionNumber, String sessionKey, List<String> chairUsers) {
    FollowUp followUp = find(resolutionNumber);
    jdbc.update("update follow_up set status = ? where resolution_number = ? and status <> ?",
        FollowUpStatus.OVERDUE.name(), resolutionNumber, FollowUpStatus.DONE.name());
    String owner = followUp == null ? "?" : followUp.owner();
    String due = followUp == null ? "?" : followUp.dueDate().toString();
    String last = followUp == null ? null : followUp.lastReport();
    for (String chair : chairUsers) {
      outbox.enqueue(resolutionNumber + "/follow-up-overdue/" + chair, chair, language -> Mail.in(language)
          .subject("mail.followUp.overdue.subject", resolutionNumber)
          .paragraph("mail.greeting.colleague")
          .paragraph("mail.followUp.overdue.chair", resolutionNumber, owner,
              followUp == null ? due : Texts.date(language, followUp.dueDate()))
          .paragraph(last == null ? "mail.followUp.overdue.noReport" : "mail.followUp.overdue.lastReport",
              last == null ? "" : last), sessionKey);
    }
    if (followUp != null) {
      outbox.enqueue(resolutionNumber + "/follow-up-overdue/" + owner, owner, language -> Mail.in(language)
          .subject("mail.followUp.overdue.subject", resolutionNumber)
          .paragraph("mail.greeting.colleague")
          .paragraph("mail.followUp.overdue.owner", resolutionNumber, Texts.date(language, followUp.dueDate())),
          sessionKey);
    }
    LOG.info("Follow-up of {} overdue (due {}): chair informed", resolutionNumber, due);
  }

  /** The actions are done: the final report waits for the next session of the body. Returns the item's id. */
  public long recordFinalReport(String resolutionNumber, String sessionKey, String report) {
    Timestamp now = new Timestamp(EngineClock.now().getTime());
    jdbc.update("update follow_up set status = ?, last_report = ?, done_at = coalesce(done_at, ?) where resolution_number = ?",
        FollowUpStatus.DONE.name(), report, now, resolutionNumber);
    FollowUp followUp = find(resolutionNumber);
    var payload = JSON("{}");
    payload.prop("resolutionNumber", resolutionNumber);
    if (followUp != null) {
      payload.prop("owner", followUp.owner());
      payload.prop("rapporteur", followUp.owner());
      payload.prop("dueDate", followUp.dueDate().toString());
      payload.prop("actions", JSON(followUp.actions()));
    }
    payload.prop("report", report);
    long id = pendingItems.add(PendingAgendaItems.bodyCodeOf(sessionKey), resolutionNumber,
        Texts.get(Languages.current().map(Languages::working).orElse(Language.FR), "agenda.followUpReport",
            resolutionNumber), "PRESENTATION", "FOLLOW_UP", payload.toString());
    LOG.info("Follow-up of {} done; its report waits for the next session", resolutionNumber);
    return id;
  }

  public FollowUp find(String resolutionNumber) {
    List<FollowUp> found = jdbc.query("select * from follow_up where resolution_number = ?", FollowUp.MAPPER, resolutionNumber);
    return found.isEmpty() ? null : found.get(0);
  }

  /** The follow-ups not yet done of the resolutions of a body (rule 10: brought to its next session's agenda). */
  public List<FollowUp> openForBody(String bodyCode) {
    return jdbc.query("select * from follow_up where resolution_number like ? and status <> ? order by resolution_number",
        FollowUp.MAPPER, bodyCode + "-%", FollowUpStatus.DONE.name());
  }
}
