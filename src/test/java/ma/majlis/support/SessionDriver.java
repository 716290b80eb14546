package ma.majlis.support;

import ma.majlis.process.ProcessKeys;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import ma.majlis.platform.EngineClock;

import ma.majlis.support.Delivery.OpenTask;

import static ma.majlis.support.Engine.json;

/**
 * The one session driver of the tests: takes a board session through its steps, each done by the person who does
 * it, with the answer of {@link Answers} unless the test gives its own, delivered by a {@link Delivery} (Tasklist in
 * an application test, the engine REST API on one node or a cluster, the Java API in the benchmark). A test spells
 * out only the steps it is about. Before it looks for a step, the driver lets the jobs run ({@link Delivery#settle})
 * and waits for the step up to the delivery's patience.
 */
public final class SessionDriver {

  public static final List<String> MEMBERS = Board.MEMBERS;

  private final Delivery delivery;
  private final String key;
  private Answers.Session session;
  private String processInstanceId;
  private String agendaJson;

  public SessionDriver(Delivery delivery, String key) {
    this.delivery = delivery;
    this.key = key;
  }

  public SessionDriver(Delivery delivery, Answers.Session session) {
    this(delivery, session.key());
    this.session = session;
  }

  /** In an application test: people complete in Tasklist, the due jobs run in the test. */
  public SessionDriver(Rest rest, Jobs jobs, String key) {
    this(new TasklistDelivery(rest, jobs), key);
  }

  /** Sets the engine clock (in the application test's JVM). */
  public static void clock(LocalDateTime time) {
    EngineClock.pinTo(Timestamp.valueOf(time));
  }

  public String key() {
    return key;
  }

  public Delivery delivery() {
    return delivery;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  private Answers.Session session() {
    if (session == null) {
      session = Answers.Session.of(key, LocalDateTime.now().plusDays(20));
    }
    return session;
  }

  // ---------------------------------------------------------------- any step

  /** Starts the session's process as {@code user} with these variables; returns the instance id. */
  public String start(String user, String processKey, Map<String, Object> variables) {
    processInstanceId = delivery.start(user, processKey, key, variables);
    return processInstanceId;
  }

  /**
   * Waits until {@code user} sees at least {@code count} open tasks {@code taskKey} of {@code businessKey} (only
   * those assigned to them when {@code assigned}), letting the jobs run between looks.
   */
  public List<OpenTask> awaitTasks(String user, String businessKey, String taskKey, int count, boolean assigned) {
    long deadline = System.nanoTime() + delivery.patience().toNanos();
    while (true) {
      delivery.settle();
      List<OpenTask> tasks = delivery.tasks(user, businessKey, taskKey, assigned);
      if (tasks.size() >= count) {
        return tasks;
      }
      if (System.nanoTime() >= deadline) {
        throw new AssertionError("After " + delivery.patience().toMillis() + " ms, " + user + " sees "
            + tasks.size() + " of " + count + " " + taskKey + " of " + businessKey);
      }
      pause();
    }
  }

  /** The open task {@code taskKey} of the session that {@code user} sees (waiting for it). */
  public OpenTask awaitTask(String user, String taskKey) {
    return awaitTasks(user, key, taskKey, 1, false).get(0);
  }

  /** The open task {@code taskKey} of the session assigned to {@code user} (an attendance reply, a vote). */
  public OpenTask awaitAssigned(String user, String taskKey) {
    return awaitTasks(user, key, taskKey, 1, true).get(0);
  }

  /** A variable of the task as its user reads it (Json as text). */
  public String read(String user, OpenTask task, String variable) {
    return delivery.read(user, task, variable);
  }

  /** Completes the task as {@code user} with this answer. */
  public void complete(String user, OpenTask task, Map<String, Object> answer) {
    delivery.complete(user, task, answer);
  }

  /** Completes the task with the answer of {@link Answers} (reading from the task what the answer needs). */
  public void answer(String user, OpenTask task) {
    complete(user, task, Answers.of(task.taskKey(), session(), name -> delivery.read(user, task, name)));
  }

  /** The step {@code taskKey} of the session, done by {@code user} with the answer of {@link Answers}. */
  public void step(String user, String taskKey) {
    answer(user, awaitTask(user, taskKey));
  }

  /** The step {@code taskKey} of the session, done by {@code user} with this answer. */
  public void step(String user, String taskKey, Map<String, Object> answer) {
    complete(user, awaitTask(user, taskKey), answer);
  }

  // ---------------------------------------------------------------- the session's steps, in order

  /** The integration portal requests the session (Headquarters, Rabat, in person); returns the instance id. */
  public String start(String kind, LocalDateTime plannedStart, String voteMode) {
    return start(kind, plannedStart.withSecond(0).withNano(0).toString(), voteMode);
  }

  /** {@link #start(String, LocalDateTime, String)} with the planned start as the request writes it. */
  public String start(String kind, String plannedStart, String voteMode) {
    session = Answers.Session.of(key, LocalDateTime.parse(plannedStart));
    return start("integration", ProcessKeys.BOARD_SESSION, Answers.request(session, kind, plannedStart, voteMode));
  }

  /** The secretariat sets the agenda (Json array of items). */
  public void agenda(String agendaJson) {
    this.agendaJson = agendaJson;
    step("secretary", "Task_PrepareAgenda", Map.of("agenda", json(agendaJson)));
  }

  /**
   * General management prepares the dossier of each deliberation, the state controller gives an opinion on each
   * budget (waiting for as many as the agenda set by this driver holds; otherwise those open now).
   */
  public void prepare() {
    int[] counts = agendaJson == null ? new int[] {0, 0} : Answers.deliberationsAndBudgets(agendaJson);
    dossiers(counts[0], counts[1]);
  }

  /** {@link #prepare()} for {@code deliberations} dossiers and {@code budgets} opinions. */
  public void dossiers(int deliberations, int budgets) {
    for (OpenTask dossier : awaitTasks("director", key, "Task_PrepareItemDossier", deliberations, false)) {
      answer("director", dossier);
    }
    for (OpenTask opinion : awaitTasks("controller", key, "Task_GiveControllerOpinion", budgets, false)) {
      answer("controller", opinion);
    }
  }

  /** The chair approves the agenda and the convocation: the convocations go out. */
  public void approveConvocation() {
    step("chair", "Task_ApproveConvocation");
  }

  /** The agenda set, the dossiers and opinions prepared, the convocation approved. */
  public void convene(String agendaJson) {
    agenda(agendaJson);
    prepare();
    approveConvocation();
  }

  /** A member replies to the convocation (PRESENT, ABSENT). */
  public void reply(String member, String reply) {
    reply(member, Map.of("attendanceReply", reply));
  }

  public void reply(String member, Map<String, Object> reply) {
    complete(member, awaitAssigned(member, "Task_ConfirmAttendance"), reply);
  }

  /** Each member replies as given (members not named do not reply). */
  public void replies(Map<String, Map<String, Object>> replies) {
    replies.forEach(this::reply);
  }

  public void replyAllPresent() {
    MEMBERS.forEach(member -> reply(member, "PRESENT"));
  }

  /** The session day comes: its timer is due. */
  public void sessionDay() {
    fireTimer("TimerEvent_SessionDay");
  }

  /**
   * In an application test: the engine clock moves to {@code day} (the reply deadline passes, the session day
   * comes), and the secretariat records {@code attendanceJson}.
   */
  public void sessionDay(LocalDateTime day, String attendanceJson) {
    clock(day);
    delivery.settle(); // the timers due by then fire
    recordAttendance(attendanceJson);
  }

  /** The timer at {@code activityId} of the session's instance is due (waiting for it to exist). */
  public void fireTimer(String activityId) {
    long deadline = System.nanoTime() + delivery.patience().toNanos();
    while (true) {
      delivery.settle();
      if (delivery.fireTimer(processInstanceId, activityId)) {
        return;
      }
      if (System.nanoTime() >= deadline) {
        throw new AssertionError("No timer " + activityId + " in " + key);
      }
      pause();
    }
  }

  /** The secretariat records the attendance as the members replied (the form is prefilled with it). */
  public void recordAttendance() {
    step("secretary", "Task_RecordAttendance");
  }

  public void recordAttendance(String attendanceJson) {
    step("secretary", "Task_RecordAttendance", Map.of("attendance", json(attendanceJson)));
  }

  /** The opening recorded, and the remarks on each presentation open now. */
  public void open() {
    step("secretary", "Task_RecordOpening");
    for (OpenTask presentation : delivery.tasks("secretary", key, "Task_RecordPresentation", false)) {
      answer("secretary", presentation);
    }
  }

  /** The next deliberation: the interests declared as given (Json array of recusals). */
  public void declareInterests(String recusalsJson) {
    step("secretary", "Task_DeclareInterests", Map.of("recusals", json(recusalsJson)));
  }

  /** The debate recorded on the draft text: the vote opens. */
  public void recordDebate() {
    step("secretary", "Task_RecordDebate");
  }

  /** The next deliberation: no recusal, the debate on the draft text; the vote is the caller's. */
  public void debate() {
    declareInterests("[]");
    recordDebate();
  }

  /** The tally of a TALLY session: the resolution is registered. */
  public void tally(int votesFor, int against, int abstain) {
    step("secretary", "Task_RecordVoteTally", Answers.tally(votesFor, against, abstain));
  }

  /** A member's roll-call vote (FOR, AGAINST, ABSTAIN). */
  public void vote(String member, String vote) {
    complete(member, awaitAssigned(member, "Task_CastVote"), Map.of("vote", vote));
  }

  /** The secretariat closes the session (2 h 30 after its planned start). */
  public void close() {
    step("secretary", "Task_CloseSession");
  }

  public void close(LocalDateTime closedAt) {
    step("secretary", "Task_CloseSession", Map.of("closedAt", closedAt.toString()));
  }

  /** The secretariat keeps the drafted minutes. */
  public void reviewMinutes() {
    step("secretary", "Task_ReviewMinutes");
  }

  public void signMinutes() {
    step("chair", "Task_SignMinutes");
  }

  public void approvePressRelease() {
    step("press", "Task_ApprovePressRelease");
  }

  /** The minutes reviewed as drafted and signed (sent to the members), the press release approved (published). */
  public void minutesAndPressRelease() {
    reviewMinutes();
    signMinutes();
    approvePressRelease();
  }

  /** Waits until the session's instance has ended. */
  public void awaitCompleted() {
    long deadline = System.nanoTime() + delivery.patience().toNanos();
    while (true) {
      delivery.settle();
      if (delivery.ended(processInstanceId)) {
        return;
      }
      if (System.nanoTime() >= deadline) {
        throw new AssertionError("After " + delivery.patience().toMillis() + " ms, " + key + " has not ended");
      }
      pause();
    }
  }

  /** The whole session after its start: the agenda, everyone present, each deliberation adopted 12-0-0 (TALLY). */
  public void runToEnd(String agendaJson) {
    convene(agendaJson);
    replyAllPresent();
    sessionDay();
    recordAttendance();
    open();
    for (int i = 0; i < Answers.deliberationsAndBudgets(agendaJson)[0]; i++) {
      debate();
      tally(12, 0, 0);
    }
    close();
    minutesAndPressRelease();
    awaitCompleted();
  }

  /**
   * Everything the session (started) and its follow-ups ask, in whatever order it comes: each open step done by its
   * assignee, or by who does it ({@link Answers#actor}), with its answer; the session day comes when nothing else is
   * left; until nothing is left to do. For a delivery whose {@code settle} runs the jobs (the benchmark's).
   */
  public void runEveryStep() {
    for (int round = 0; round < 500; round++) {
      boolean progressed = delivery.settle() > 0;
      for (OpenTask task : delivery.allOpen(session().keys())) {
        String user = task.assignee() != null ? task.assignee() : Answers.actor(task.taskKey());
        delivery.complete(user, task, Answers.of(task.taskKey(), session(), name -> delivery.read(user, task, name)));
        progressed = true;
      }
      if (!progressed && !delivery.fireTimer(processInstanceId, "TimerEvent_SessionDay")) {
        return;
      }
    }
    throw new IllegalStateException("Session " + key + " does not end");
  }

  private void pause() {
    try {
      Thread.sleep(delivery.poll().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
