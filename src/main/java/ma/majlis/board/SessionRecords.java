package ma.majlis.board;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ma.majlis.platform.EngineClock;
import ma.majlis.process.PerTransaction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What a session records between its request and its close, besides the {@code board_session} row: the items'
 * dossiers, the members' replies, the attendance of the day, the opening and the close. Written with the engine's
 * transaction, so a row exists exactly when the step that wrote it committed.
 */
@Repository
public class SessionRecords {

  /** A session's dossiers among the transaction's reads ({@link PerTransaction}). */
  private static final String DOSSIERS = "records.dossiers";

  private final JdbcTemplate jdbc;
  private final SessionRegistry sessions;

  public SessionRecords(JdbcTemplate jdbc, SessionRegistry sessions) {
    this.jdbc = jdbc;
    this.sessions = sessions;
  }

  /** A deliberation item's dossier; prepared again (after a returned convocation), it replaces the previous one. */
  public record Dossier(String sessionKey, int itemIndex, String subject, String draftResolution, String documentRef,
                        String payload, String controllerOpinion, String controllerOpinionText) {
  }

  public void saveDossier(Dossier d) {
    PerTransaction.forget(DOSSIERS, d.sessionKey());
    // one statement (SQL's MERGE); a dossier prepared again awaits the controller's opinion again
    jdbc.update("merge into item_dossier r using (select cast(? as varchar(40)) as session_key,"
            + " cast(? as integer) as item_index, cast(? as varchar(30)) as subject,"
            + " cast(? as varchar) as draft_resolution, cast(? as varchar(300)) as document_ref,"
            + " cast(? as varchar) as payload, cast(? as timestamp) as prepared_at) k"
            + " on r.session_key = k.session_key and r.item_index = k.item_index"
            + " when matched then update set subject = k.subject, draft_resolution = k.draft_resolution,"
            + " document_ref = k.document_ref, payload = k.payload, prepared_at = k.prepared_at,"
            + " controller_opinion = null, controller_opinion_text = null"
            + " when not matched then insert (session_key, item_index, subject, draft_resolution, document_ref, payload,"
            + " prepared_at) values (k.session_key, k.item_index, k.subject, k.draft_resolution, k.document_ref,"
            + " k.payload, k.prepared_at)",
        d.sessionKey(), d.itemIndex(), d.subject(), d.draftResolution(), d.documentRef(), d.payload(), now());
  }

  public void saveControllerOpinion(String sessionKey, int itemIndex, String opinion, String text) {
    PerTransaction.forget(DOSSIERS, sessionKey);
    jdbc.update("update item_dossier set controller_opinion = ?, controller_opinion_text = ?"
        + " where session_key = ? and item_index = ?", opinion, text, sessionKey, itemIndex);
  }

  public Optional<Dossier> dossier(String sessionKey, int itemIndex) {
    return dossiers(sessionKey).stream().filter(d -> d.itemIndex() == itemIndex).findFirst();
  }

  /**
   * The session's dossiers, by item. Read once per transaction ({@link PerTransaction}): the job that sends the
   * convocations writes each letter with them, the chair's approval of the agenda checks each item against them; the
   * two writers above forget them, so that a dossier saved in the transaction is read in it.
   */
  public List<Dossier> dossiers(String sessionKey) {
    return PerTransaction.get(DOSSIERS, sessionKey, () -> List.copyOf(
        jdbc.query("select * from item_dossier where session_key = ? order by item_index",
            (rs, i) -> new Dossier(rs.getString("session_key"), rs.getInt("item_index"), rs.getString("subject"),
                rs.getString("draft_resolution"), rs.getString("document_ref"), rs.getString("payload"),
                rs.getString("controller_opinion"), rs.getString("controller_opinion_text")), sessionKey)));
  }

  /** A member's reply to a convocation. */
  public record Reply(String memberId, String reply, String proxyHolder) {
  }

  /**
   * Merges the reply {@code k} (session_key, convocation_round, member_id, reply, proxy_holder, replied_at) into
   * attendance_reply: the member's reply in that round, new or replacing his earlier one.
   */
  private static final String MERGE_REPLY = " k on r.session_key = k.session_key"
      + " and r.convocation_round = k.convocation_round and r.member_id = k.member_id"
      + " when matched then update set reply = k.reply, proxy_holder = k.proxy_holder, replied_at = k.replied_at"
      + " when not matched then insert (session_key, convocation_round, member_id, reply, proxy_holder,"
      + " replied_at) values (k.session_key, k.convocation_round, k.member_id, k.reply, k.proxy_holder,"
      + " k.replied_at)";

  /** Records a member's reply, or replaces his earlier one in this round: one statement (SQL's MERGE). */
  public void saveReply(String sessionKey, int round, Reply reply) {
    jdbc.update("merge into attendance_reply r using (select cast(? as varchar(40)) as session_key,"
            + " cast(? as integer) as convocation_round, cast(? as varchar(64)) as member_id,"
            + " cast(? as varchar(10)) as reply, cast(? as varchar(64)) as proxy_holder,"
            + " cast(? as timestamp) as replied_at)" + MERGE_REPLY,
        sessionKey, round, reply.memberId(), reply.reply(), reply.proxyHolder(), now());
  }

  /**
   * A reply that names no proxy holder (present or absent), recorded in the session's current round only when the
   * member is convened to it, in one statement (the check and the record together, with the replies of
   * {@link #saveReply}); false, and nothing recorded, when he is not convened.
   */
  public boolean saveOwnReply(String sessionKey, String memberId, String reply) {
    return jdbc.update("merge into attendance_reply r using (select s.business_key as session_key,"
            + " s.convocation_round, m.member_id, cast(? as varchar(10)) as reply,"
            + " cast(null as varchar(64)) as proxy_holder, cast(? as timestamp) as replied_at"
            + " from board_session s join session_member m on m.session_key = s.business_key"
            + " and m.convocation_round = s.convocation_round where s.business_key = ? and m.member_id = ?)"
            + MERGE_REPLY,
        reply, now(), sessionKey, memberId) > 0;
  }

  public List<Reply> replies(String sessionKey, int round) {
    return jdbc.query("select member_id, reply, proxy_holder from attendance_reply where session_key = ?"
            + " and convocation_round = ? order by member_id",
        (rs, i) -> new Reply(rs.getString("member_id"), rs.getString("reply"), rs.getString("proxy_holder")),
        sessionKey, round);
  }

  /** The attendance recorded on the day: one row per member. */
  public record Attendance(String memberId, AttendanceStatus status, String proxyHolder) {
  }

  public void saveAttendance(String sessionKey, int round, List<Attendance> attendance, int present, int represented) {
    jdbc.update("delete from session_attendance where session_key = ? and convocation_round = ?", sessionKey, round);
    // one round trip for the whole board, as the convened members and the ballots are written
    jdbc.batchUpdate("insert into session_attendance (session_key, convocation_round, member_id, status, proxy_holder)"
        + " values (?, ?, ?, ?, ?)", attendance.stream()
        .map(a -> new Object[] {sessionKey, round, a.memberId(), a.status().name(), a.proxyHolder()}).toList());
    jdbc.update("update board_session set present_count = ?, represented_count = ? where business_key = ?",
        present, represented, sessionKey);
  }

  public List<Attendance> attendance(String sessionKey, int round) {
    return jdbc.query("select member_id, status, proxy_holder from session_attendance where session_key = ?"
            + " and convocation_round = ? order by member_id",
        (rs, i) -> new Attendance(rs.getString("member_id"), AttendanceStatus.valueOf(rs.getString("status")),
            rs.getString("proxy_holder")),
        sessionKey, round);
  }

  /** The state controller's presence at the session and his remarks (Task_RecordAttendance). */
  public void recordController(String sessionKey, boolean present, String remarks) {
    jdbc.update("update board_session set controller_present = ?, controller_remarks = ? where business_key = ?",
        present, remarks, sessionKey);
  }

  public void recordQuorum(String sessionKey, int required, boolean reached) {
    jdbc.update("update board_session set quorum_required = ?, quorum_reached = ? where business_key = ?",
        required, reached, sessionKey);
  }

  public void recordConvocationRound(String sessionKey, int round, LocalDateTime plannedStart) {
    PerTransaction.forget(SessionRegistry.SESSION, sessionKey);
    jdbc.update("update board_session set convocation_round = ?, planned_start = ? where business_key = ?",
        round, Timestamp.valueOf(plannedStart), sessionKey);
  }

  public void recordWaiver(String sessionKey, String reason) {
    jdbc.update("update board_session set notice_waiver_reason = ? where business_key = ?", reason, sessionKey);
  }

  public void recordOpening(String sessionKey, String summary) {
    jdbc.update("update board_session set opening_summary = ? where business_key = ?", summary, sessionKey);
    sessions.updateStatus(sessionKey, SessionStatus.OPEN);
  }

  public void recordClose(String sessionKey, LocalDateTime closedAt, String remarks) {
    jdbc.update("update board_session set closed_at = ?, closing_remarks = ? where business_key = ?",
        Timestamp.valueOf(closedAt), remarks, sessionKey);
    sessions.updateStatus(sessionKey, SessionStatus.CLOSED);
  }

  /**
   * Where a session stands beyond its {@code board_session} basics: the convocation round, the notice waiver, the
   * attendance counts and quorum of the day, the opening and the close. Empty when there is no such session.
   */
  public record Proceedings(int convocationRound, String noticeWaiverReason, Integer presentCount,
                            Integer representedCount, Integer quorumRequired, Boolean quorumReached,
                            String openingSummary, LocalDateTime closedAt, String closingRemarks) {
  }

  public Optional<Proceedings> proceedings(String sessionKey) {
    return jdbc.query("select convocation_round, notice_waiver_reason, present_count, represented_count,"
            + " quorum_required, quorum_reached, opening_summary, closed_at, closing_remarks from board_session"
            + " where business_key = ?",
        (rs, i) -> new Proceedings(rs.getInt("convocation_round"), rs.getString("notice_waiver_reason"),
            rs.getObject("present_count", Integer.class), rs.getObject("represented_count", Integer.class),
            rs.getObject("quorum_required", Integer.class), rs.getObject("quorum_reached", Boolean.class),
            rs.getString("opening_summary"),
            rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toLocalDateTime(),
            rs.getString("closing_remarks")), sessionKey).stream().findFirst();
  }

  /**
   * The convocations went out: the chair of the session's body, the voting members convened in this round and the
   * day their replies close. Written by the step that sends them; every later step reads them here.
   */
  public void recordConvening(String sessionKey, int round, String chairId, List<String> members,
                              LocalDateTime replyDeadline) {
    jdbc.update("update board_session set chair_id = ?, reply_deadline = ? where business_key = ?", chairId,
        Timestamp.valueOf(replyDeadline), sessionKey);
    jdbc.update("delete from session_member where session_key = ? and convocation_round = ?", sessionKey, round);
    jdbc.batchUpdate("insert into session_member (session_key, convocation_round, member_id) values (?, ?, ?)",
        members.stream().map(m -> new Object[] {sessionKey, round, m}).toList());
  }

  /** The session's current convocation round and the voting members convened to it, in id order. */
  public record Convened(int round, List<String> members) {
  }

  /** The convened members with their round, in one statement; empty when the session is not recorded. */
  public Optional<Convened> convenedWithRound(String sessionKey) {
    List<Object[]> rows = jdbc.query("select s.convocation_round, m.member_id from board_session s"
            + " left join session_member m on m.session_key = s.business_key"
            + " and m.convocation_round = s.convocation_round where s.business_key = ? order by m.member_id",
        (rs, i) -> new Object[] {rs.getInt(1), rs.getString(2)}, sessionKey);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Convened((Integer) rows.get(0)[0], rows.stream().map(r -> (String) r[1])
        .filter(java.util.Objects::nonNull).toList()));
  }

  /** The voting members convened to the session's current convocation round, in id order. */
  public List<String> convened(String sessionKey) {
    return convenedWithRound(sessionKey).map(Convened::members).orElse(List.of());
  }

  /** The chair of the session's body as recorded when the convocations went out. */
  public Optional<String> chair(String sessionKey) {
    return jdbc.queryForList("select chair_id from board_session where business_key = ? and chair_id is not null",
        String.class, sessionKey).stream().findFirst();
  }

  /** When the session is planned to start (the start, a new date instead of a short notice, a second convocation). */
  public Optional<LocalDateTime> plannedStart(String sessionKey) {
    return jdbc.queryForList("select planned_start from board_session where business_key = ?", Timestamp.class,
        sessionKey).stream().findFirst().map(Timestamp::toLocalDateTime);
  }

  /** When the members' replies close, once the convocations went out. */
  public Optional<LocalDateTime> replyDeadline(String sessionKey) {
    return jdbc.queryForList("select reply_deadline from board_session where business_key = ?"
        + " and reply_deadline is not null", Timestamp.class, sessionKey).stream().findFirst()
        .map(Timestamp::toLocalDateTime);
  }

  /** An item of the agenda the chair approved. */
  public record AgendaItem(int itemIndex, String title, String kind, String subject, String rapporteur) {
  }

  /** The agenda as approved with the convocation; approved again (after a return), it replaces the previous one. */
  public void saveAgenda(String sessionKey, List<AgendaItem> items) {
    jdbc.update("delete from agenda_item where session_key = ?", sessionKey);
    Timestamp now = now();
    jdbc.batchUpdate("insert into agenda_item (session_key, item_index, title, kind, subject, rapporteur, approved_at)"
        + " values (?, ?, ?, ?, ?, ?, ?)", items.stream().map(i -> new Object[] {sessionKey, i.itemIndex(), i.title(),
        i.kind(), i.subject(), i.rapporteur(), now}).toList());
  }

  /**
   * How an approved deliberation item is decided (issue #15): its vote mode (null: the session's), the resolution a
   * CORRECTION corrects, whether the state controller gives an opinion. Written with the agenda it belongs to.
   */
  public record ItemRules(int itemIndex, String voteMode, String corrects, boolean controllerOpinionRequested) {
  }

  public void saveItemRules(String sessionKey, List<ItemRules> rules) {
    jdbc.batchUpdate("update agenda_item set vote_mode = ?, corrects = ?, controller_opinion_requested = ?"
        + " where session_key = ? and item_index = ?", rules.stream().map(r -> new Object[] {r.voteMode(),
        r.corrects(), r.controllerOpinionRequested(), sessionKey, r.itemIndex()}).toList());
  }

  public Optional<ItemRules> itemRules(String sessionKey, int itemIndex) {
    return jdbc.query("select item_index, vote_mode, corrects, controller_opinion_requested from agenda_item"
            + " where session_key = ? and item_index = ?",
        (rs, i) -> new ItemRules(rs.getInt("item_index"), rs.getString("vote_mode"), rs.getString("corrects"),
            rs.getBoolean("controller_opinion_requested")), sessionKey, itemIndex).stream().findFirst();
  }

  public List<AgendaItem> agenda(String sessionKey) {
    return jdbc.query("select item_index, title, kind, subject, rapporteur from agenda_item where session_key = ?"
            + " order by item_index",
        (rs, i) -> new AgendaItem(rs.getInt("item_index"), rs.getString("title"), rs.getString("kind"),
            rs.getString("subject"), rs.getString("rapporteur")), sessionKey);
  }

  public Map<String, Object> row(String sessionKey) {
    return jdbc.queryForMap("select * from board_session where business_key = ?", sessionKey);
  }

  private static Timestamp now() {
    return new Timestamp(EngineClock.now().getTime());
  }
}
