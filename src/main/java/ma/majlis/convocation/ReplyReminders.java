package ma.majlis.convocation;

import ma.majlis.board.Body;
import ma.majlis.board.Bodies;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import ma.majlis.platform.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import ma.majlis.language.Texts;
import ma.majlis.notification.Mail;
import ma.majlis.notification.Outbox;
import ma.majlis.notification.Reminder;

/**
 * Reminds the members who have not replied to a convocation, {@code majlis.reminders.convocation-days} (7 and 2)
 * days before the session, each reminder once ({@code <session>/reply-reminder/<round>/<days>/<member>} in the
 * outbox), in the member's language. It reads Majlis's tables only (the members convened, their replies, the
 * session's date and reply deadline) and never touches a process instance, so a member's reply never collides with it.
 */
@Component
public class ReplyReminders {

  private static final Logger LOG = LoggerFactory.getLogger(ReplyReminders.class);

  private final JdbcTemplate jdbc;
  private final Outbox outbox;
  private final Bodies bodies;
  private final Reminder reminder;

  public ReplyReminders(JdbcTemplate jdbc, Outbox outbox, Bodies bodies,
                        @Value("${majlis.reminders.convocation-days:7,2}") List<Integer> days) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.bodies = bodies;
    this.reminder = new Reminder(days);
  }

  @Scheduled(fixedDelayString = "${majlis.reminders.interval:PT15M}", initialDelayString = "PT1M")
  public void remindPeriodically() {
    try {
      remindNow();
    } catch (RuntimeException e) {
      LOG.error("Reminding the members who have not replied failed; the next run tries again", e);
    }
  }

  /** Queues the reminders due now (the engine's clock); returns how many were newly queued. */
  public int remindNow() {
    LocalDateTime now = EngineClock.localNow();
    List<Waiting> waiting = jdbc.query("select s.business_key, s.body_code, s.planned_start, s.convocation_round,"
            + " s.reply_deadline, m.member_id, o.created_at as convoked_at from board_session s"
            + " join session_member m on m.session_key = s.business_key and m.convocation_round = s.convocation_round"
            + " left join notification_outbox o on o.dedup_key = concat(s.business_key, '/convocation/',"
            + " cast(s.convocation_round as varchar(10)), '/', m.member_id)"
            + " where s.status in ('CONVENED', 'CONVENED_AGAIN') and s.planned_start > ? and s.reply_deadline > ?"
            + " and not exists (select 1 from attendance_reply r where r.session_key = s.business_key"
            + " and r.convocation_round = s.convocation_round and r.member_id = m.member_id)"
            + " order by s.business_key, m.member_id",
        (rs, i) -> new Waiting(rs.getString("business_key"), rs.getString("body_code"),
            rs.getTimestamp("planned_start").toLocalDateTime(), rs.getInt("convocation_round"),
            rs.getTimestamp("reply_deadline").toLocalDateTime(), rs.getString("member_id"),
            rs.getTimestamp("convoked_at") == null ? null : rs.getTimestamp("convoked_at").toLocalDateTime()),
        Timestamp.valueOf(now), Timestamp.valueOf(now));
    int queued = 0;
    for (Waiting w : waiting) {
      Integer days = reminder.dueAt(Duration.between(now, w.plannedStart()).toDays());
      if (days == null || w.convokedAt() != null && !w.convokedAt().isBefore(w.plannedStart().minusDays(days))) {
        continue;
      }
      if (enqueue(w, days)) {
        queued++;
      }
    }
    if (queued > 0) {
      LOG.info("{} reminder(s) queued to members who have not replied to their convocation", queued);
    }
    return queued;
  }

  /** The reminder in the member's language (the outbox knows it), with its dates as that language writes them. */
  private boolean enqueue(Waiting w, int days) {
    String recorded = bodies.find(w.bodyCode()).map(Body::name).orElse(w.bodyCode());
    try {
      return outbox.enqueue(w.sessionKey() + "/reply-reminder/" + w.round() + "/" + days + "/" + w.memberId(),
          w.memberId(), language -> Mail.in(language)
              .subject("mail.reminder.convocation.subject", w.sessionKey())
              .paragraph("mail.reminder.convocation.body", w.sessionKey(),
                  Convocations.bodyName(w.bodyCode(), recorded, language),
                  Texts.dayAndTime(language, w.plannedStart()), Texts.dayAndTime(language, w.replyDeadline())),
          w.sessionKey());
    } catch (DuplicateKeyException e) {
      return false; // another node queued it at the same moment
    }
  }

  private record Waiting(String sessionKey, String bodyCode, LocalDateTime plannedStart, int round,
                         LocalDateTime replyDeadline, String memberId, LocalDateTime convokedAt) {
  }
}
