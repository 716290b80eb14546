package ma.majlis.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Puts years of history in the database quickly: copies, row for row, everything that completed sessions left
 * behind (the engine's history tables and their byte arrays, and Majlis's own tables), each copy with new ids and
 * its own session key ({@code CA-<year>-S<n>} with years from 1001 on, so that no real key is taken). The copies are
 * what the engine and Majlis write for a session, minus the time it takes to write them: running 10,000 sessions,
 * even skeletons, would take hours on two cores.
 */
final class HistoryCloner {

  /** History tables of the engine, copied by the root process instance of their rows. */
  static final List<String> ENGINE_TABLES = List.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst",
      "act_hi_varinst", "act_hi_detail", "act_hi_identitylink", "act_hi_op_log", "act_hi_job_log", "act_hi_incident",
      "act_hi_dec_inst", "act_hi_dec_in", "act_hi_dec_out", "act_hi_comment", "act_hi_attachment",
      "act_hi_ext_task_log");

  /** Columns that hold ids of runtime or history rows (renamed per copy); the others are kept as they are. */
  static final Set<String> ID_COLUMNS = Set.of("id_", "proc_inst_id_", "root_proc_inst_id_", "execution_id_",
      "act_inst_id_", "parent_act_inst_id_", "task_id_", "call_proc_inst_id_", "super_process_instance_id_",
      "bytearray_id_", "var_inst_id_", "dec_inst_id_", "root_dec_inst_id_", "job_id_", "job_exception_stack_id_",
      "parent_task_id_", "operation_id_", "ext_task_id_", "error_details_id_", "cause_incident_id_",
      "root_cause_incident_id_", "content_id_", "activity_inst_id_", "super_case_instance_id_");

  /** Majlis's tables and the columns that hold a session key (or start with one, as resolution numbers do). */
  static final List<String> MAJLIS_TABLES = List.of("board_session", "session_member", "agenda_item",
      "item_recusals", "item_debate", "notification_outbox", "presentation", "resolution", "vote", "budget_approval",
      "follow_up", "document", "item_dossier", "attendance_reply", "session_attendance");
  static final Set<String> KEY_COLUMNS = Set.of("business_key", "session_key", "number", "resolution_number",
      "dedup_key", "superseded_by");

  private final JdbcTemplate jdbc;

  HistoryCloner(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Copies the given completed sessions (whose follow-ups ended too) until {@code total} sessions are in history.
   * Returns the number of rows written.
   */
  long cloneUntil(List<String> templateKeys, int total, java.util.function.IntConsumer progress) {
    jdbc.execute("drop table if exists bench_template");
    jdbc.execute("create table bench_template (root_id varchar(64), t integer, tkey varchar(40))");
    for (int t = 0; t < templateKeys.size(); t++) {
      String key = templateKeys.get(t);
      jdbc.update("insert into bench_template select id_, ?, ? from act_hi_procinst where id_ = root_proc_inst_id_"
          + " and end_time_ is not null and (business_key_ = ? or business_key_ like ?)", t + 1, key, key, key + "-R%");
    }
    int copies = (int) Math.ceil((double) total / templateKeys.size());
    long rows = 0;
    int chunk = 25;
    for (int from = 1; from <= copies; from += chunk) {
      int to = Math.min(copies, from + chunk - 1);
      for (String table : ENGINE_TABLES) {
        rows += copyEngine(table, from, to);
      }
      rows += copyByteArrays(from, to);
      for (String table : MAJLIS_TABLES) {
        rows += copyMajlis(table, templateKeys.size(), from, to);
      }
      progress.accept(Math.min(total, to * templateKeys.size()));
    }
    jdbc.execute("drop table bench_template");
    jdbc.execute("analyze");
    return rows;
  }

  private long copyEngine(String table, int from, int to) {
    List<String> columns = columns(table);
    if (!columns.contains("root_proc_inst_id_")) {
      return 0;
    }
    List<String> select = new ArrayList<>();
    for (String c : columns) {
      select.add(ID_COLUMNS.contains(c) ? copyId("r." + c) : c.equals("business_key_") ? renamed("r." + c)
          : "r." + c);
    }
    return jdbc.update("insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", select)
        + " from " + table + " r join bench_template tp on r.root_proc_inst_id_ = tp.root_id"
        + " cross join generate_series(" + from + ", " + to + ") c");
  }

  private long copyByteArrays(int from, int to) {
    List<String> columns = columns("act_ge_bytearray");
    List<String> select = new ArrayList<>();
    for (String c : columns) {
      select.add(c.equals("id_") || c.equals("root_proc_inst_id_") ? copyId("b." + c) : "b." + c);
    }
    return jdbc.update("insert into act_ge_bytearray (" + String.join(", ", columns) + ") select "
        + String.join(", ", select) + " from act_ge_bytearray b join bench_template tp on b.root_proc_inst_id_ = tp.root_id"
        + " cross join generate_series(" + from + ", " + to + ") c where b.type_ = 3");
  }

  private long copyMajlis(String table, int templates, int from, int to) {
    List<String> columns = columns(table);
    String keyColumn = columns.contains("business_key") ? "business_key" : columns.contains("session_key")
        ? "session_key" : columns.contains("resolution_number") ? "resolution_number" : null;
    if (keyColumn == null) {
      return 0;
    }
    List<String> insert = new ArrayList<>();
    List<String> select = new ArrayList<>();
    for (String c : columns) {
      if (c.equals("id") && table.matches("notification_outbox|presentation|vote|document")) {
        continue; // generated
      }
      insert.add(c);
      if (KEY_COLUMNS.contains(c)) {
        select.add(renamed("r." + c));
      } else if (c.equals("process_instance_id")) {
        select.add(copyId("r.process_instance_id"));
      } else if (c.equals("session_year")) {
        select.add("1000 + c");
      } else if (c.equals("session_number")) {
        select.add("tp.t");
      } else if (c.equals("chain_seq")) {
        // a position of its own in the body's register (unique per body); the copies' hashes are the originals',
        // so the bench database's register does not verify, which nothing in the benchmark asks
        select.add("r.chain_seq + 1000000 * c");
      } else {
        select.add("r." + c);
      }
    }
    return jdbc.update("insert into " + table + " (" + String.join(", ", insert) + ") select " + String.join(", ", select)
        + " from " + table + " r join (select distinct t, tkey from bench_template) tp on "
        + ofTemplate("r." + keyColumn) + " cross join generate_series(" + from + ", " + to + ") c");
  }

  /**
   * The id of a row's copy: the id's last six characters replaced by 'z' and the copy's number. Ids end with a
   * UUID (the engine's generator), which has no 'z', so a copy's id is never an original's; ids keep their length
   * (some are an activity id and a UUID, close to the columns' 64 characters).
   */
  private static String copyId(String column) {
    return "left(" + column + ", -6) || 'z' || lpad(c::text, 5, '0')";
  }

  /** The session key or a key that starts with it ("CA-2030-S1-R01", "CA-2030-S1/convocation/1/chair"). */
  private static String ofTemplate(String column) {
    return "(" + column + " = tp.tkey or " + column + " like tp.tkey || '-%' or " + column + " like tp.tkey || '/%')";
  }

  /** The value with the template's session key replaced by the copy's. */
  private static String renamed(String column) {
    return "case when " + ofTemplate(column) + " then 'CA-' || (1000 + c) || '-S' || tp.t || substr(" + column
        + ", length(tp.tkey) + 1) else " + column + " end";
  }

  private List<String> columns(String table) {
    return jdbc.queryForList("select column_name from information_schema.columns where table_schema = 'public'"
        + " and table_name = ? order by ordinal_position", String.class, table);
  }
}
