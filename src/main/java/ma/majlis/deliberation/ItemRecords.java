package ma.majlis.deliberation;

import ma.majlis.platform.JsonValues;
import ma.majlis.board.AttendanceStatus;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ma.majlis.platform.EngineClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import static org.camunda.spin.Spin.JSON;

/**
 * What a deliberation records before its vote: the members recused on the item (Task_DeclareInterests) and, for each
 * vote round, the debate's summary and the text put to the vote (Task_RecordDebate). Written in the step's
 * transaction; the count of the item's voters, the ballots, the registered resolution and the minutes read them
 * here, and the attendance from the session's record, never from the process's variables.
 */
@Repository
public class ItemRecords {

  private final JdbcTemplate jdbc;

  /** A merged row {@code k} matches the recorded one {@code r} of its vote round. */
  private static final String ON_ROUND = " on r.session_key = k.session_key and r.item_index = k.item_index"
      + " and r.vote_round = k.vote_round";

  public ItemRecords(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The item's recusals, new or replacing those declared before: one statement (SQL's MERGE). */
  public void saveRecusals(String sessionKey, int itemIndex, List<String> recused) {
    jdbc.update("merge into item_recusals r using (select cast(? as varchar(40)) as session_key,"
            + " cast(? as integer) as item_index, cast(? as varchar) as recusals, cast(? as timestamp) as declared_at) k"
            + " on r.session_key = k.session_key and r.item_index = k.item_index"
            + " when matched then update set recusals = k.recusals, declared_at = k.declared_at"
            + " when not matched then insert (session_key, item_index, recusals, declared_at)"
            + " values (k.session_key, k.item_index, k.recusals, k.declared_at)",
        sessionKey, itemIndex, JsonValues.stringArray(recused).toString(), now());
  }

  /** The members recused on the item; none when nobody declared (yet). */
  public List<String> recusals(String sessionKey, int itemIndex) {
    return memberIds(jdbc.queryForList("select recusals from item_recusals where session_key = ? and item_index = ?",
        String.class, sessionKey, itemIndex).stream().findFirst().orElse(null));
  }

  /** The member ids of a recorded Json array ({@code item_recusals.recusals}); none for null. */
  private static List<String> memberIds(String json) {
    List<String> ids = new ArrayList<>();
    if (json != null) {
      JSON(json).elements().forEach(e -> ids.add(e.stringValue()));
    }
    return ids;
  }

  /** The debate of a vote round: its summary and the text put to the vote. */
  public record Debate(String summary, String resolutionText) {
  }

  /** The round's debate, new or replacing the one recorded before: one statement (SQL's MERGE). */
  public void saveDebate(String sessionKey, int itemIndex, int voteRound, Debate debate) {
    jdbc.update("merge into item_debate r using (select cast(? as varchar(40)) as session_key,"
            + " cast(? as integer) as item_index, cast(? as integer) as vote_round,"
            + " cast(? as varchar) as debate_summary, cast(? as varchar) as resolution_text,"
            + " cast(? as timestamp) as recorded_at) k" + ON_ROUND
            + " when matched then update set debate_summary = k.debate_summary, resolution_text = k.resolution_text,"
            + " recorded_at = k.recorded_at"
            + " when not matched then insert (session_key, item_index, vote_round, debate_summary, resolution_text,"
            + " recorded_at) values (k.session_key, k.item_index, k.vote_round, k.debate_summary, k.resolution_text,"
            + " k.recorded_at)",
        sessionKey, itemIndex, voteRound, debate.summary(), debate.resolutionText(), now());
  }

  public Optional<Debate> debate(String sessionKey, int itemIndex, int voteRound) {
    return jdbc.query("select debate_summary, resolution_text from item_debate where session_key = ?"
            + " and item_index = ? and vote_round = ?",
        (rs, i) -> new Debate(rs.getString("debate_summary"), rs.getString("resolution_text")), sessionKey, itemIndex,
        voteRound).stream().findFirst();
  }

  /**
   * The count of a vote round as established (table {@code item_count}): the votes, the outcome the decision
   * {@code resolution-outcome} gave them (null until it ran), and the chair's casting vote on a tie (null without one).
   */
  public record Count(VoteTally tally, String outcome, String castingVote) {
  }

  /** A vote round of an item: what a count is recorded under. */
  public record Round(String sessionKey, int itemIndex, int voteRound) {

    @Override
    public String toString() {
      return "item " + itemIndex + " of " + sessionKey + ", vote round " + voteRound;
    }
  }

  /** The round's votes, as counted or as the secretariat recorded them (again: the round is counted anew). */
  public void saveCount(Round round, VoteTally tally) {
    // one statement (SQL's MERGE); a count made again starts without the outcome and decisions of the one it replaces
    jdbc.update("merge into item_count r using (select cast(? as varchar(40)) as session_key,"
            + " cast(? as integer) as item_index, cast(? as integer) as vote_round, cast(? as integer) as votes_for,"
            + " cast(? as integer) as votes_against, cast(? as integer) as votes_abstain,"
            + " cast(? as timestamp) as counted_at) k" + ON_ROUND
            + " when matched then update set votes_for = k.votes_for, votes_against = k.votes_against,"
            + " votes_abstain = k.votes_abstain, counted_at = k.counted_at, outcome = null, casting_vote = null,"
            + " rejection_decision = null, rejection_decided_by = null, rejection_decided_at = null"
            + " when not matched then insert (session_key, item_index, vote_round, votes_for, votes_against,"
            + " votes_abstain, counted_at) values (k.session_key, k.item_index, k.vote_round, k.votes_for,"
            + " k.votes_against, k.votes_abstain, k.counted_at)",
        round.sessionKey(), round.itemIndex(), round.voteRound(), tally.votesFor(), tally.votesAgainst(),
        tally.votesAbstain(), now());
  }

  /**
   * The outcome of the round's count (ADOPTED, REJECTED or TIE; after a tie, the casting vote's), with the count;
   * false when the round has no count recorded (counted before counts were).
   */
  public boolean saveOutcome(Round round, String outcome, DecidingVote castingVote) {
    return jdbc.update("update item_count set outcome = ?, casting_vote = ? where session_key = ?"
            + " and item_index = ? and vote_round = ?", outcome, castingVote == null ? null : castingVote.name(),
        round.sessionKey(), round.itemIndex(), round.voteRound()) > 0;
  }

  /**
   * The chair's decision on the round his vote rejected, recorded by his completion ({@link
   * DecideOnRejectionCheckAndRecord}); false when the round has no count recorded (counted before counts were).
   */
  public boolean saveRejectionDecision(Round round, RejectionDecision decision, String decidedBy) {
    return jdbc.update("update item_count set rejection_decision = ?, rejection_decided_by = ?,"
            + " rejection_decided_at = ? where session_key = ? and item_index = ? and vote_round = ?", decision.name(),
        decidedBy, now(), round.sessionKey(), round.itemIndex(), round.voteRound()) > 0;
  }

  /** The chair's recorded decision on a rejected round; empty when none was recorded. */
  public Optional<RejectionDecision> rejectionDecision(Round round) {
    return jdbc.queryForList("select rejection_decision from item_count where session_key = ? and item_index = ?"
            + " and vote_round = ? and rejection_decision is not null", String.class, round.sessionKey(),
        round.itemIndex(), round.voteRound()).stream().findFirst().map(RejectionDecision::valueOf);
  }

  public Optional<Count> count(Round round) {
    return jdbc.query("select votes_for, votes_against, votes_abstain, outcome, casting_vote from item_count"
            + " where session_key = ? and item_index = ? and vote_round = ?",
        (rs, i) -> new Count(new VoteTally(rs.getInt("votes_for"), rs.getInt("votes_against"),
            rs.getInt("votes_abstain")), rs.getString("outcome"), rs.getString("casting_vote")),
        round.sessionKey(), round.itemIndex(), round.voteRound()).stream().findFirst();
  }

  /** The summary of each item's last debated vote round, by item index. */
  public Map<Integer, String> lastDebateSummaries(String sessionKey) {
    Map<Integer, String> summaries = new HashMap<>();
    jdbc.query("select item_index, debate_summary from item_debate where session_key = ? order by item_index,"
        + " vote_round", rs -> {
          summaries.put(rs.getInt("item_index"), rs.getString("debate_summary"));
        }, sessionKey);
    return summaries;
  }

  /** The attendance the session recorded for its current convocation round. */
  public List<AttendanceEntry> attendance(String sessionKey) {
    return jdbc.query("select a.member_id, a.status, a.proxy_holder from session_attendance a join board_session s"
            + " on s.business_key = a.session_key and s.convocation_round = a.convocation_round"
            + " where a.session_key = ? order by a.member_id",
        (rs, i) -> new AttendanceEntry(rs.getString("member_id"), AttendanceStatus.valueOf(rs.getString("status")),
            rs.getString("proxy_holder")), sessionKey);
  }

  /** Who may vote on the item: the attendance at the item (see {@link #attendanceAt}) less the item's recusals. */
  public Electorate electorate(String sessionKey, int itemIndex) {
    return Electorate.of(attendanceAt(sessionKey, itemIndex, true), recusals(sessionKey, itemIndex));
  }

  /**
   * The attendance when the item comes up: the session's, changed by the departures and arrivals declared on the
   * earlier items (in agenda order) and, when {@code including}, on this one.
   */
  public List<AttendanceEntry> attendanceAt(String sessionKey, int itemIndex, boolean including) {
    List<Electorate.Movement> movements = jdbc.query("select member_id, movement from item_attendance_change"
            + " where session_key = ? and item_index " + (including ? "<=" : "<") + " ?"
            + " order by item_index, movement desc, member_id",
        (rs, i) -> new Electorate.Movement(rs.getString("member_id"), "DEPARTURE".equals(rs.getString("movement"))),
        sessionKey, itemIndex);
    return Electorate.after(attendance(sessionKey), movements);
  }

  /** Records who left and who arrived before the item (declared again, it replaces what was declared). */
  public void saveMovements(String sessionKey, int itemIndex, List<String> departures, List<String> arrivals) {
    jdbc.update("delete from item_attendance_change where session_key = ? and item_index = ?", sessionKey, itemIndex);
    Timestamp now = now();
    List<Object[]> rows = new ArrayList<>();
    departures.forEach(m -> rows.add(new Object[] {sessionKey, itemIndex, m, "DEPARTURE", now}));
    arrivals.forEach(m -> rows.add(new Object[] {sessionKey, itemIndex, m, "ARRIVAL", now}));
    if (!rows.isEmpty()) {
      jdbc.batchUpdate("insert into item_attendance_change (session_key, item_index, member_id, movement, declared_at)"
          + " values (?, ?, ?, ?, ?)", rows);
    }
  }

  /** The departures and arrivals declared before each item of the session, by item index, in id order. */
  public Map<Integer, List<Electorate.Movement>> movements(String sessionKey) {
    Map<Integer, List<Electorate.Movement>> byItem = new HashMap<>();
    jdbc.query("select item_index, member_id, movement from item_attendance_change where session_key = ?"
        + " order by item_index, movement desc, member_id", rs -> {
          byItem.computeIfAbsent(rs.getInt("item_index"), i -> new ArrayList<>()).add(
              new Electorate.Movement(rs.getString("member_id"), "DEPARTURE".equals(rs.getString("movement"))));
        }, sessionKey);
    return byItem;
  }

  /**
   * How the item is voted: its own vote mode on the approved agenda ({@code TALLY}, {@code ROLL_CALL}, {@code SECRET}),
   * else the session's as requested: the route of "How is the item voted?".
   */
  public String voteMode(org.camunda.bpm.engine.delegate.VariableScope scope) {
    String key = ma.majlis.board.SessionOf.key(scope);
    int itemIndex = ItemVariables.of(scope).item().itemIndex();
    return jdbc.queryForList("select coalesce(a.vote_mode, s.vote_mode) from board_session s left join agenda_item a"
            + " on a.session_key = s.business_key and a.item_index = ? where s.business_key = ?", String.class,
            itemIndex, key).stream()
        .findFirst().orElseThrow(() -> new IllegalStateException("Session " + key + " is not registered"));
  }

  /**
   * What the registration of a vote round reads from the record, in one statement: the item as approved on the agenda
   * (null when the session recorded no agenda) and the resolution it corrects, how it is voted, the text put to the
   * vote (empty when no debate, or no text, was recorded), the recusals and the count (empty when not recorded).
   */
  public record Registration(String[] agendaItem, Optional<String> corrects, String voteMode,
                             Optional<String> resolutionText, List<String> recusals, Optional<Count> count) {
  }

  /**
   * {@link Registration} of a vote round: the values {@link #count}, {@link #debate}, {@link #recusals} and
   * {@link #voteMode} give, with the item's title, subject and corrected resolution as the chair approved them.
   */
  public Registration registration(Round round) {
    List<Registration> rows = jdbc.query("select coalesce(a.vote_mode, s.vote_mode) as vote_mode,"
            + " a.session_key is not null as on_agenda, a.title, a.subject, a.corrects,"
            + " d.resolution_text, r.recusals,"
            + " c.session_key is not null as counted, c.votes_for, c.votes_against, c.votes_abstain, c.outcome,"
            + " c.casting_vote"
            + " from board_session s"
            + " left join agenda_item a on a.session_key = s.business_key and a.item_index = ?"
            + " left join item_debate d on d.session_key = s.business_key and d.item_index = ? and d.vote_round = ?"
            + " left join item_recusals r on r.session_key = s.business_key and r.item_index = ?"
            + " left join item_count c on c.session_key = s.business_key and c.item_index = ? and c.vote_round = ?"
            + " where s.business_key = ?",
        (rs, i) -> new Registration(
            rs.getBoolean("on_agenda") ? new String[] {rs.getString("title"), rs.getString("subject")} : null,
            Optional.ofNullable(rs.getString("corrects")), rs.getString("vote_mode"),
            Optional.ofNullable(rs.getString("resolution_text")), memberIds(rs.getString("recusals")),
            rs.getBoolean("counted") ? Optional.of(new Count(new VoteTally(rs.getInt("votes_for"),
                rs.getInt("votes_against"), rs.getInt("votes_abstain")), rs.getString("outcome"),
                rs.getString("casting_vote"))) : Optional.empty()),
        round.itemIndex(), round.itemIndex(), round.voteRound(), round.itemIndex(), round.itemIndex(),
        round.voteRound(), round.sessionKey());
    return rows.stream().findFirst().orElseThrow(() -> new IllegalStateException("Session " + round.sessionKey()
        + " is not registered"));
  }

  private static Timestamp now() {
    return new Timestamp(EngineClock.now().getTime());
  }
}
