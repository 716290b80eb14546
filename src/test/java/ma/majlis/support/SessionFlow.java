package ma.majlis.support;

import java.text.SimpleDateFormat;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ma.majlis.support.Rest.Response;

import static ma.majlis.support.Engine.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives a board session through the engine REST API as the demo users, on real time, against one application or
 * several nodes of a cluster: each call goes to the next node in turn, so a task is listed on one node and
 * completed on another. Waits for what the job executor does by polling for the next task (calling {@code settle}
 * between polls: in an application test it runs the due jobs; against a packaged application it does nothing and
 * the application's job executor works), up to a timeout. The session-day timer is fired by setting its job's due
 * date to now over REST, as an administrator.
 */
public class SessionFlow {

  public static final List<String> MEMBERS = ma.majlis.identity.DemoUsers.BOARD_MEMBERS;

  private final String key;
  private final Runnable settle;
  private final Duration timeout;
  private final Duration poll;
  private List<Rest> nodes;
  private int lastListed;
  private int turn;
  private int crossNodeCompletions;
  private int completions;
  private String processInstanceId;

  public SessionFlow(String key, List<Rest> nodes, Runnable settle, Duration timeout, Duration poll) {
    this.key = key;
    this.nodes = List.copyOf(nodes);
    this.settle = settle;
    this.timeout = timeout;
    this.poll = poll;
  }

  /** The nodes to call from now on (a restarted application listens on a new port). */
  public void nodes(List<Rest> nodes) {
    this.nodes = List.copyOf(nodes);
  }

  public String key() {
    return key;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  /** Tasks completed. */
  public int completions() {
    return completions;
  }

  /** Tasks listed on one node and completed through another. */
  public int crossNodeCompletions() {
    return crossNodeCompletions;
  }

  private int nextNode() {
    return Math.floorMod(turn++, nodes.size());
  }

  /** Requests the session (as the integration portal); {@code key} is CA-YYYY-SN. */
  public String start(String kind, LocalDateTime plannedStart, String voteMode) {
    String[] parts = key.split("-");
    Response response = nodes.get(nextNode()).post("integration",
        "/engine-rest/process-definition/key/board-session/start",
        "{\"businessKey\":\"" + key + "\",\"variables\":{\"bodyCode\":{\"value\":\"" + parts[0] + "\"},"
            + "\"sessionYear\":{\"value\":" + parts[1] + ",\"type\":\"Integer\"},"
            + "\"sessionNumber\":{\"value\":" + parts[2].substring(1) + ",\"type\":\"Integer\"},"
            + "\"sessionKind\":{\"value\":\"" + kind + "\"},\"plannedStart\":{\"value\":\""
            + plannedStart.withSecond(0).withNano(0) + "\"},"
            + "\"venue\":{\"value\":\"Headquarters, Rabat\"},\"format\":{\"value\":\"IN_PERSON\"},"
            + "\"voteMode\":{\"value\":\"" + voteMode + "\"}}}");
    assertThat(response.status()).as(key + " starts: " + response).isEqualTo(200);
    processInstanceId = response.json().path("id").asText();
    return processInstanceId;
  }

  /** Waits until {@code user} sees at least {@code count} open tasks {@code taskKey} of the session (or of
   * {@code businessKey}); only those assigned to the user when {@code assigned}. */
  public List<JsonNode> awaitTasks(String user, String businessKey, String taskKey, int count, boolean assigned) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<JsonNode> tasks = List.of();
    while (true) {
      settle.run();
      int node = nextNode();
      Response response = nodes.get(node).get(user, "/engine-rest/task?processInstanceBusinessKey=" + businessKey
          + "&taskDefinitionKey=" + taskKey + (assigned ? "&assignee=" + user : ""));
      if (response.status() == 200) {
        tasks = new ArrayList<>();
        response.json().forEach(tasks::add);
        if (tasks.size() >= count) {
          lastListed = node;
          return tasks;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("After " + timeout.toSeconds() + " s, " + user + " sees " + tasks.size() + " of "
            + count + " " + taskKey + " of " + businessKey + " (last answer " + response + ")");
      }
      pause();
    }
  }

  public JsonNode awaitTask(String user, String taskKey) {
    return awaitTasks(user, key, taskKey, 1, false).get(0);
  }

  /** Completes the task through the next node (not the one that listed it, when there are several). */
  public Response complete(String user, JsonNode task, Map<String, ?> variables) {
    int node = Math.floorMod(lastListed + 1, nodes.size());
    crossNodeCompletions += node != lastListed ? 1 : 0;
    completions++;
    return nodes.get(node).post(user, "/engine-rest/task/" + task.path("id").asText() + "/complete",
        Engine.body(variables));
  }

  public void completeOk(String user, JsonNode task, Map<String, ?> variables) {
    Response response = complete(user, task, variables);
    assertThat(response.status()).as(user + " completes " + task.path("taskDefinitionKey").asText() + " of " + key
        + ": " + response).isEqualTo(204);
  }

  public JsonNode variables(String user, JsonNode task) {
    Response response = nodes.get(nextNode()).get(user, "/engine-rest/task/" + task.path("id").asText()
        + "/variables?deserializeValues=false");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  /** The secretariat sets the agenda (Json array of items). */
  public void agenda(String agendaJson) {
    completeOk("secretary", awaitTask("secretary", "Task_PrepareAgenda"), Map.of("agenda", json(agendaJson)));
  }

  /** General management prepares the {@code count} dossiers (balanced budgets), the controller gives opinions. */
  public void dossiers(int count) {
    int budgets = 0;
    for (JsonNode dossier : awaitTasks("director", key, "Task_PrepareItemDossier", count, false)) {
      String subject;
      try {
        subject = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
            variables("director", dossier).path("agendaItem").path("value").asText()).path("subject").asText();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      Map<String, Object> vars = new HashMap<>(Map.of("draftResolution", "The board approves item " + subject + "."));
      switch (subject) {
        case "ACTION_PLAN" -> vars.put("programmes", json("[{\"title\":\"Programme\"}]"));
        case "BUDGET" -> {
          budgets++;
          vars.put("budgetLines", json("[{\"heading\":\"Subsidy\",\"type\":\"REVENUE\",\"amount\":100},"
              + "{\"heading\":\"Programmes\",\"type\":\"EXPENDITURE\",\"amount\":100}]"));
        }
        case "COMMITTEE" -> vars.put("committee", json("{\"name\":\"C\",\"mission\":\"M\",\"composition\":\"X\"}"));
        default -> { }
      }
      completeOk("director", dossier, vars);
    }
    if (budgets > 0) {
      for (JsonNode opinion : awaitTasks("controller", key, "Task_GiveControllerOpinion", budgets, false)) {
        completeOk("controller", opinion, Map.of("controllerOpinion", "FAVOURABLE", "controllerOpinionText", "Fine."));
      }
    }
  }

  /** The chair approves the convocation: "Send the convocations" runs as a job. */
  public void approveConvocation() {
    completeOk("chair", awaitTask("chair", "Task_ApproveConvocation"), Map.of("approved", true));
  }

  /** Every member replies PRESENT to the convocation. */
  public void replyAllPresent() {
    for (String member : MEMBERS) {
      JsonNode task = awaitTasks(member, key, "Task_ConfirmAttendance", 1, true).get(0);
      completeOk(member, task, Map.of("attendanceReply", "PRESENT"));
    }
  }

  /** The session day comes: the timer's job is due now (set over REST by the administrator). */
  public void sessionDay() {
    fireTimer("TimerEvent_SessionDay");
  }

  /** Sets the due date of the session's timer job at {@code activityId} to now, as {@code admin}. */
  public void fireTimer(String activityId) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      settle.run();
      Response jobs = nodes.get(nextNode()).get("admin", "/engine-rest/job?processInstanceId=" + processInstanceId
          + "&activityId=" + activityId);
      if (jobs.status() == 200 && jobs.json().size() == 1) {
        String id = jobs.json().get(0).path("id").asText();
        String now = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ").format(new Date(System.currentTimeMillis()
            - 1000));
        Response set = nodes.get(nextNode()).put("admin", "/engine-rest/job/" + id + "/duedate",
            "{\"duedate\":\"" + now + "\"}");
        assertThat(set.status()).as("due date of " + activityId + ": " + set).isEqualTo(204);
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("After " + timeout.toSeconds() + " s, no timer " + activityId + " in " + key + ": "
            + jobs);
      }
      pause();
    }
  }

  /** The secretariat records the attendance as the members replied (the form is prefilled). */
  public void recordAttendance() {
    JsonNode task = awaitTask("secretary", "Task_RecordAttendance");
    String attendance = variables("secretary", task).path("attendance").path("value").asText();
    completeOk("secretary", task, Map.of("attendance", json(attendance)));
  }

  public void open() {
    completeOk("secretary", awaitTask("secretary", "Task_RecordOpening"), Map.of("openingSummary", "Opened."));
  }

  /** One deliberation: no recusal, the debate on the draft text; the vote is the caller's. */
  public void debate() {
    completeOk("secretary", awaitTask("secretary", "Task_DeclareInterests"), Map.of("recusals", json("[]")));
    JsonNode debate = awaitTask("secretary", "Task_RecordDebate");
    String text = variables("secretary", debate).path("resolutionText").path("value").asText();
    completeOk("secretary", debate, Map.of("debateSummary", "Discussed.", "resolutionText", text));
  }

  /** The tally of a TALLY session: "Register the resolution" runs as a job. */
  public void tally(int votesFor, int against, int abstain) {
    completeOk("secretary", awaitTask("secretary", "Task_RecordVoteTally"),
        Map.of("votesFor", votesFor, "votesAgainst", against, "votesAbstain", abstain));
  }

  /** The secretariat closes the session: "Start the follow-ups" runs as a job. */
  public void close() {
    completeOk("secretary", awaitTask("secretary", "Task_CloseSession"),
        Map.of("closedAt", LocalDateTime.now().withNano(0).toString()));
  }

  /**
   * After the close: the secretariat reviews the drafted minutes, the chair signs them (they are sent to the
   * members), the communication office approves the press release (it is published).
   */
  public void minutesAndPressRelease() {
    JsonNode review = awaitTask("secretary", "Task_ReviewMinutes");
    String minutes = variables("secretary", review).path("minutesText").path("value").asText();
    completeOk("secretary", review, Map.of("minutesText", minutes));
    completeOk("chair", awaitTask("chair", "Task_SignMinutes"), Map.of("approved", true));
    completeOk("press", awaitTask("press", "Task_ApprovePressRelease"), Map.of("approved", true));
  }

  /** Waits until the session's instance has ended (its last job ran). */
  public void awaitCompleted() {
    long deadline = System.nanoTime() + timeout.toNanos();
    Response response;
    while (true) {
      settle.run();
      response = nodes.get(nextNode()).get("admin", "/engine-rest/history/process-instance?processInstanceId="
          + processInstanceId);
      if (response.status() == 200 && response.json().size() == 1
          && "COMPLETED".equals(response.json().get(0).path("state").asText())) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("After " + timeout.toSeconds() + " s, " + key + " has not ended: " + response);
      }
      pause();
    }
  }

  /** The whole session after its start: agenda of {@code items} deliberations, all adopted 12-0-0. */
  public void runToEnd(String agendaJson, int items) {
    agenda(agendaJson);
    dossiers(items);
    approveConvocation();
    replyAllPresent();
    sessionDay();
    recordAttendance();
    open();
    for (int i = 0; i < items; i++) {
      debate();
      tally(12, 0, 0);
    }
    close();
    minutesAndPressRelease();
    awaitCompleted();
  }

  private void pause() {
    try {
      Thread.sleep(poll.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
