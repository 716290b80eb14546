package ma.majlis.scenario;

import static ma.majlis.support.Board.attendance;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import ma.majlis.platform.EngineClock;

import ma.majlis.support.Engine;
import ma.majlis.support.Jobs;
import ma.majlis.support.Rest;

import static ma.majlis.support.Engine.json;

/**
 * Drives a board session through the engine REST API as the demo users, with sensible answers at each step, so that
 * a variant of the scenario only spells out the steps it is about.
 */
class SessionDriver {

  static final List<String> MEMBERS = ma.majlis.support.Board.MEMBERS;

  final Rest rest;
  final Engine api;
  final Jobs jobs;
  final String key;

  SessionDriver(Rest rest, Jobs jobs, String key) {
    this.rest = rest;
    this.api = new Engine(rest);
    this.jobs = jobs;
    this.key = key;
  }

  static void clock(LocalDateTime time) {
    EngineClock.pinTo(Timestamp.valueOf(time));
  }

  /** Requests the session (as the integration portal); returns the process instance id. */
  String start(String kind, LocalDateTime plannedStart, String voteMode) {
    return api.startSession(key, kind, plannedStart.toString(), voteMode);
  }

  /** The agenda as the secretariat sets it (Json array). */
  void agenda(String agendaJson) {
    api.completeOk("secretary", api.task("secretary", key, "Task_PrepareAgenda"), Map.of("agenda", json(agendaJson)));
  }

  /** General management's dossiers (balanced budgets), the controller's opinion, the chair's approval, convocations. */
  void prepareAndConvene() {
    api.prepareDossiersAndOpinions(key);
    jobs.runDue();
    api.completeOk("chair", api.task("chair", key, "Task_ApproveConvocation"), Map.of("approved", true));
    jobs.runDue();
  }

  /** Each member replies as given (members not named do not reply). */
  void replies(Map<String, Map<String, Object>> replies) {
    replies.forEach((member, reply) -> api.completeOk(member, api.assignedTask(member, key, "Task_ConfirmAttendance"),
        reply));
  }

  /** The reply deadline passes and the session day comes; the secretariat records the attendance given. */
  void sessionDay(LocalDateTime plannedStart, String attendanceJson) {
    clock(plannedStart);
    jobs.runDue();
    api.completeOk("secretary", api.task("secretary", key, "Task_RecordAttendance"),
        Map.of("attendance", json(attendanceJson)));
  }

  /** Attendance: the first {@code present} members present, the next {@code represented} represented by the first ones. */


  void open() {
    api.completeOk("secretary", api.task("secretary", key, "Task_RecordOpening"), Map.of("openingSummary", "Opened."));
    for (JsonNode presentation : api.tasks("secretary", key, "Task_RecordPresentation")) {
      api.completeOk("secretary", presentation, Map.of("presentationRemarks", "Noted."));
    }
    jobs.runDue();
  }

  /** Interests declared, debate recorded with the draft text; the vote is the caller's. */
  void debate(String recusalsJson) {
    api.completeOk("secretary", api.task("secretary", key, "Task_DeclareInterests"),
        Map.of("recusals", json(recusalsJson)));
    jobs.runDue();
  }

  void recordDebate() {
    JsonNode debate = api.task("secretary", key, "Task_RecordDebate");
    String text = api.variables("secretary", debate.path("id").asText()).path("resolutionText").path("value").asText();
    api.completeOk("secretary", debate, Map.of("debateSummary", "Discussed.", "resolutionText", text));
    jobs.runDue();
  }

  void tally(int votesFor, int against, int abstain) {
    api.completeOk("secretary", api.task("secretary", key, "Task_RecordVoteTally"),
        Map.of("votesFor", votesFor, "votesAgainst", against, "votesAbstain", abstain));
    jobs.runDue();
  }

  void close(LocalDateTime closedAt) {
    api.completeOk("secretary", api.task("secretary", key, "Task_CloseSession"),
        Map.of("closedAt", closedAt.toString()));
    jobs.runDue();
  }
}
