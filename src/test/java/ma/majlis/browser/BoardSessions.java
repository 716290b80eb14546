package ma.majlis.browser;

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
 * Takes a board session through the steps a browser test is not about, over the engine REST API as the demo users
 * (as the scenario's SessionDriver does), so that the browser does only the step under test.
 */
final class BoardSessions {

  static final List<String> MEMBERS = ma.majlis.identity.DemoUsers.BOARD_MEMBERS;

  static final String ONE_DELIBERATION = """
      [{"title":"Opening address of the chair","kind":"ADDRESS"},
       {"title":"Partnership agreement with the social pole","kind":"DELIBERATION","subject":"OTHER"}]""";

  final Rest rest;
  final Engine api;
  final Jobs jobs;

  BoardSessions(Rest rest, Jobs jobs) {
    this.rest = rest;
    this.api = new Engine(rest);
    this.jobs = jobs;
  }

  static void clock(LocalDateTime time) {
    EngineClock.pinTo(Timestamp.valueOf(time));
  }

  /** Requests the session (as the integration portal); returns the process instance id. */
  String start(String key, String kind, String plannedStart, String voteMode) {
    return api.startSession(key, kind, plannedStart, voteMode);
  }

  void agenda(String key, String agendaJson) {
    api.completeOk("secretary", api.task("secretary", key, "Task_PrepareAgenda"), Map.of("agenda", json(agendaJson)));
  }

  /** General management's dossiers and the controller's opinions. */
  void prepare(String key) {
    api.prepareDossiersAndOpinions(key);
    jobs.runDue(); // the preparation's join runs in a job
  }

  void approveConvocation(String key) {
    jobs.runDue();
    api.completeOk("chair", api.task("chair", key, "Task_ApproveConvocation"), Map.of("approved", true));
    jobs.runDue();
  }

  void reply(String key, String member, String reply) {
    api.completeOk(member, api.assignedTask(member, key, "Task_ConfirmAttendance"), Map.of("attendanceReply", reply));
  }

  /** The reply deadline passes and the session day comes; the secretariat records the attendance given. */
  void sessionDay(String key, LocalDateTime plannedStart, String attendanceJson) {
    clock(plannedStart);
    jobs.runDue();
    api.completeOk("secretary", api.task("secretary", key, "Task_RecordAttendance"),
        Map.of("attendance", json(attendanceJson)));
  }

  /** Attendance: the first {@code present} members present, the others absent. */
  static String attendance(int present) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < MEMBERS.size(); i++) {
      json.append(i > 0 ? "," : "").append("{\"memberId\":\"").append(MEMBERS.get(i)).append("\",\"status\":\"")
          .append(i < present ? "PRESENT" : "ABSENT").append("\"}");
    }
    return json.append(']').toString();
  }

  /** Opening recorded, interests declared (none), the debate recorded with the draft text: the vote opens. */
  void openAndDebate(String key) {
    api.completeOk("secretary", api.task("secretary", key, "Task_RecordOpening"), Map.of("openingSummary", "Opened."));
    for (JsonNode presentation : api.tasks("secretary", key, "Task_RecordPresentation")) {
      api.completeOk("secretary", presentation, Map.of("presentationRemarks", "Noted."));
    }
    jobs.runDue();
    api.completeOk("secretary", api.task("secretary", key, "Task_DeclareInterests"), Map.of("recusals", json("[]")));
    jobs.runDue();
    JsonNode debate = api.task("secretary", key, "Task_RecordDebate");
    String text = api.variables("secretary", debate.path("id").asText()).path("resolutionText").path("value").asText();
    api.completeOk("secretary", debate, Map.of("debateSummary", "Discussed.", "resolutionText", text));
    jobs.runDue();
  }

  void tally(String key, int votesFor, int against, int abstain) {
    api.completeOk("secretary", api.task("secretary", key, "Task_RecordVoteTally"),
        Map.of("votesFor", votesFor, "votesAgainst", against, "votesAbstain", abstain));
    jobs.runDue();
  }

  /** The session closes, the minutes are drafted and the secretariat keeps the drafted text: the chair signs next. */
  void closeAndReviewMinutes(String key, LocalDateTime closedAt) {
    api.completeOk("secretary", api.task("secretary", key, "Task_CloseSession"),
        Map.of("closedAt", closedAt.toString()));
    jobs.runDue();
    JsonNode review = api.task("secretary", key, "Task_ReviewMinutes");
    String drafted = api.variables("secretary", review.path("id").asText()).path("minutesText").path("value").asText();
    api.completeOk("secretary", review, Map.of("minutesText", drafted));
  }

  /** The chair signs the reviewed minutes, communication approves the press release: the session's process ends. */
  void signMinutesAndPublish(String key) {
    api.completeOk("chair", api.task("chair", key, "Task_SignMinutes"), Map.of("approved", true));
    jobs.runDue();
    api.completeOk("press", api.task("press", key, "Task_ApprovePressRelease"), Map.of("approved", true));
    jobs.runDue();
  }

  void vote(String key, String member, String vote) {
    api.completeOk(member, api.assignedTask(member, key, "Task_CastVote"), Map.of("vote", vote));
  }
}
