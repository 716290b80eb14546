package ma.majlis.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;

import ma.majlis.support.Answers;
import ma.majlis.support.Engine;
import ma.majlis.support.Rest;
import ma.majlis.support.Rest.Response;
import ma.majlis.support.Tasklist;

/**
 * The REST API under load: concurrent clients, each running whole sessions over /engine-rest with HTTP Basic as
 * the demo users (the integration portal starts, each user lists the session's tasks, reads what the form shows,
 * completes), while the engine's job executor runs the asynchronous steps, as in production. Only "time passes"
 * (the session-day timer) is done by the harness through the Java API, and it is not counted.
 */
final class RestLoad {

  private final String base;
  private final ManagementService management;
  private final RuntimeService runtime;
  private final Supplier<Answers.Session> sessions;
  final Timings timings = new Timings();
  final AtomicLong errors = new AtomicLong();
  final AtomicInteger sessionsDone = new AtomicInteger();
  final AtomicInteger sessionsStarted = new AtomicInteger();
  final java.util.List<String> errorSamples = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
  /**
   * Fixed-rate mode: every request as {@code slot ms since the schedule's start, request, ms}, so that a tail can be
   * placed in time (a burst of jobs, a collection) rather than only counted.
   */
  final java.util.Queue<String> trace = new java.util.concurrent.ConcurrentLinkedQueue<>();
  /**
   * Fixed-rate mode: the requests whose slot comes after {@link #settleAfter}, timed again apart from the others. A
   * diagnosis, not a goal's figure: the clients start their sessions together, so the first seconds hold every
   * session's heavy early steps at once (the agenda, the presentation's review, the convocation's approval).
   */
  final Timings afterSettling = new Timings();
  private volatile double settledAfterMs = Double.MAX_VALUE;

  private final int thinkMs;
  /** Fixed-rate mode: the schedule the requests keep to, and Tasklist as the people use it; null otherwise. */
  private final Pacer pacer;
  private final Tasklist tasklist;
  private final ProcessEngine engine;
  private final Map<String, String> filterOfUser = new ConcurrentHashMap<>();

  RestLoad(String base, ProcessEngine engine, Supplier<Answers.Session> sessions, int thinkMs) {
    this(base, engine, sessions, thinkMs, null);
  }

  /**
   * With a pacer: the fixed-rate mode. Every request waits for its slot of the schedule and its time is counted from
   * the slot (not from when it was sent: a slow answer delays the next requests, and their wait counts); the people
   * work in Tasklist (the webapps' API, logged in, with its requests), the integration portal starts the sessions
   * over /engine-rest, and the harness finds each session's open tasks through the Java API (not a request).
   */
  RestLoad(String base, ProcessEngine engine, Supplier<Answers.Session> sessions, int thinkMs, Pacer pacer) {
    this.base = base;
    this.thinkMs = thinkMs;
    this.engine = engine;
    this.management = engine.getManagementService();
    this.runtime = engine.getRuntimeService();
    this.sessions = sessions;
    this.pacer = pacer;
    this.tasklist = pacer == null ? null : new Tasklist(base);
  }

  /**
   * A fixed arrival rate: slot k is due at start + k / rate, whoever takes it. A request sent late because every
   * client was busy counts its wait (no coordinated omission); {@link #lag} says how late the clients took their slots.
   * A slot that falls due while a client is free but has nothing to do (its session waits for the engine's jobs) has
   * no request to carry: when that client finds work again, the slots that fell due meanwhile are dropped
   * ({@link #skipped}) instead of being sent in a burst, each counted late from a time when nobody had anything to
   * send. The phase then reports the rate it really offered (requestsPerSecond), and the goal counts only if it is the
   * rate asked for.
   */
  static final class Pacer {
    private final long start;
    private final double nanosPerSlot;
    private final AtomicLong next = new AtomicLong();
    final Timings lag = new Timings();
    final AtomicLong skipped = new AtomicLong();

    /** The schedule's start on the wall clock (epoch milliseconds), to place the engine's job log beside it. */
    final long startMillis;

    Pacer(double perSecond) {
      this.start = System.nanoTime() + 100_000_000L;
      this.startMillis = System.currentTimeMillis() + 100;
      this.nanosPerSlot = 1e9 / perSecond;
    }

    /** Waits for the next slot of the schedule; returns its due time (System.nanoTime()). */
    long await() {
      long due = start + (long) (next.getAndIncrement() * nanosPerSlot);
      long now = System.nanoTime();
      if (now < due) {
        java.util.concurrent.locks.LockSupport.parkNanos(due - now);
      } else {
        lag.record("slot taken late", now - due);
      }
      return due;
    }

    /**
     * Takes the next slot and carries nothing in it (counted as skipped): a client that passes its first slots enters
     * the rotation of the clients' requests later than the others (see {@link RestLoad#client(long, Started, int)}).
     */
    void pass() {
      await();
      skipped.incrementAndGet();
    }

    /** A client that had nothing to do has work again: the slots that fell due while it waited carried nothing. */
    void resumeAfterIdle() {
      long current = (long) Math.floor((System.nanoTime() - start) / nanosPerSlot);
      long before = next.getAndAccumulate(current, Math::max);
      if (current > before) {
        skipped.addAndGet(current - before);
      }
    }

    /** Milliseconds from the schedule's start to a moment (System.nanoTime()). */
    double sinceStartMs(long nanos) {
      return (nanos - start) / 1e6;
    }

    long slots() {
      return next.get();
    }
  }

  /**
   * A session started and carried part of its way ({@code completed} tasks), for a client to go on with
   * ({@link #advance}).
   */
  record Started(Answers.Session session, String rootId, int completed) {
  }

  /** One client: sessions one after the other until the deadline (System.nanoTime()). */
  void client(long deadline) {
    client(deadline, null, 0);
  }

  /**
   * One client: first the session {@code first} (already started; null: none), then new sessions one after the
   * other until the deadline (System.nanoTime()). Fixed-rate mode: the client first passes {@code emptySlots} slots
   * of the schedule. While their answers are quick, the clients take the slots in turn, each its next request of a
   * task (the task list, the form's variables, the deployed form, the variables, the submission): clients that all
   * start with a task list stay in step, and every turn of the rotation is 16 requests of one kind (the eighth round:
   * 16 task lists in 0.5 s, at up to 230 ms). Passing 0 to 4 slots puts them at different points of that cycle, as
   * people working independently are. Returns the session the deadline found in progress, for another run to go on
   * with (null when it found none: the last session had just ended, or failed).
   */
  Started client(long deadline, Started first, int emptySlots) {
    for (int i = 0; i < emptySlots && pacer != null; i++) {
      pacer.pass();
    }
    Rest rest = new Rest(base);
    Started resumed = first;
    while (System.nanoTime() < deadline) {
      Answers.Session session = resumed != null ? resumed.session() : sessions.get();
      int[] completed = {resumed != null ? resumed.completed() : 0};
      String startedId = resumed != null ? resumed.rootId() : null;
      resumed = null; // only the first session is resumed; the next ones are new
      String rootId;
      try {
        rootId = runSession(rest, session, startedId, deadline, Integer.MAX_VALUE, completed);
      } catch (RuntimeException e) {
        errors.incrementAndGet();
        sample("session " + session.key() + ": " + e);
        continue;
      }
      if (rootId != null && System.nanoTime() >= deadline && !finished(session)) {
        return new Started(session, rootId, completed[0]);
      }
    }
    return null;
  }

  /**
   * Starts a session and carries it through its first {@code completions} completions (fewer if it ends first), as
   * this instance's clients do, then leaves it where it is: the fixed-rate phase spreads its clients' sessions over
   * the session's steps this way before its schedule starts (Benchmark#fixedRate), with an instance whose timings it
   * does not report.
   */
  Started advance(Answers.Session session, int completions) {
    Rest rest = new Rest(base);
    int[] completed = new int[1];
    String rootId = runSession(rest, session, null, System.nanoTime() + 600_000_000_000L, completions, completed);
    return new Started(session, rootId, completed[0]);
  }

  /**
   * Runs a session (starting it first when {@code startedId} is null) until it has ended, the deadline has passed or
   * {@code limit} tasks have been completed (counted in {@code completed[0]}); returns its root instance's id (null
   * when it could not start).
   */
  private String runSession(Rest rest, Answers.Session session, String startedId, long deadline, int limit,
      int[] completed) {
    String rootId = startedId;
    if (rootId == null) {
      Response started = call("start", () -> rest.post("integration",
          "/engine-rest/process-definition/key/board-session/start", startBody(session)));
      if (started.status() != 200) {
        return null;
      }
      sessionsStarted.incrementAndGet();
      rootId = started.json().path("id").asText();
    }
    String keys = String.join(",", session.keys());
    long idleSince = System.nanoTime();
    long waitingSince = -1; // since when this client has had no task to do (-1: it has)
    while (System.nanoTime() < deadline) {
      JsonNode open;
      if (pacer != null) {
        open = openTasks(session);
      } else {
        Response list = call("list tasks", () -> rest.get("admin",
            "/engine-rest/task?processInstanceBusinessKeyIn=" + URLEncoder.encode(keys, StandardCharsets.UTF_8)));
        if (list.status() != 200) {
          return rootId;
        }
        open = list.json();
      }
      if (open.size() == 0) {
        if (waitingSince < 0) {
          waitingSince = System.nanoTime();
        }
        if (finished(session)) {
          sessionsDone.incrementAndGet();
          return rootId;
        }
        Job sessionDay = management.createJobQuery().processInstanceId(rootId).timers()
            .activityId("TimerEvent_SessionDay").singleResult();
        if (sessionDay != null && management.createJobQuery().processInstanceId(rootId).executable().count() == 0) {
          management.executeJob(sessionDay.getId()); // the session day comes: not a REST call, not counted
        } else {
          if (System.nanoTime() - idleSince > 120_000_000_000L) {
            throw new IllegalStateException("nothing to do for 2 minutes");
          }
          // a person looks again a little later; polling every 20 ms made 16 waiting clients send thousands of
          // queries a second to the node, in this JVM, while its jobs ran (the harness's load, not the people's)
          sleep(pacer != null ? 200 : 20);
        }
        continue;
      }
      if (pacer != null && waitingSince >= 0 && System.nanoTime() - waitingSince > 50_000_000L) {
        pacer.resumeAfterIdle(); // this client waited for the engine's jobs, not for the server's answers
      }
      waitingSince = -1;
      idleSince = System.nanoTime();
      for (Iterator<JsonNode> it = open.elements(); it.hasNext(); ) {
        if (completed[0] == limit) {
          return rootId;
        }
        JsonNode task = it.next();
        complete(rest, session, task);
        completed[0]++;
      }
    }
    return rootId;
  }

  /** The session's open tasks, found by the harness through the Java API (in the shape of the REST answer). */
  private JsonNode openTasks(Answers.Session session) {
    com.fasterxml.jackson.databind.node.ArrayNode tasks = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
        .arrayNode();
    for (org.camunda.bpm.engine.task.Task t : engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKeyIn(session.keys()).list()) {
      tasks.addObject().put("id", t.getId()).put("taskDefinitionKey", t.getTaskDefinitionKey())
          .put("assignee", t.getAssignee());
    }
    return tasks;
  }

  /**
   * A person completes a task in Tasklist, with Tasklist's requests: the page of the filter that holds it ("My
   * tasks" for an assigned task, else the group's), the task's form (its variables, then the deployed form), the
   * task's variables, then the submission (the form's payload as Tasklist 7.24 builds it).
   */
  private void completeInTasklist(Answers.Session session, JsonNode task) {
    String id = task.path("id").asText();
    String key = task.path("taskDefinitionKey").asText();
    boolean assigned = task.path("assignee").isTextual();
    String user = assigned ? task.path("assignee").asText() : Answers.actor(key);
    call("tasklist: task list", () -> tasklist.filterPage(user, filterOf(user, assigned), 0, 15));
    Response formVariables = call("tasklist: form variables", () -> tasklist.get(user, "/task/" + id
        + "/form-variables?deserializeValues=false"));
    Response form = call("tasklist: deployed form", () -> tasklist.get(user, "/task/" + id + "/deployed-form"));
    Response variables = call("tasklist: task variables", () -> tasklist.get(user, "/task/" + id
        + "/variables?deserializeValues=false"));
    if (formVariables.status() != 200 || form.status() != 200 || variables.status() != 200) {
      return;
    }
    // the answers start from what the form shows: the task's variables and the values Majlis computes for the form
    // (the minutes' texts, which the process does not hold)
    JsonNode held = formVariables.json();
    Map<String, Object> given = Answers.of(key, session, name -> held.path(name).path("value").asText(null));
    String body = "{\"variables\":" + Tasklist.payload(form.json(), held, given) + "}";
    call("complete " + key, () -> tasklist.post(user, "/task/" + id + "/submit-form", body));
  }

  /** The Tasklist filter a person opens to find the task: "My tasks", or the filter of the first of their groups. */
  private String filterOf(String user, boolean assigned) {
    return filterOfUser.computeIfAbsent(user + ":" + assigned, k -> {
      String name = "My tasks";
      if (!assigned) {
        name = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
            .map(org.camunda.bpm.engine.identity.Group::getId)
            .filter(ma.majlis.identity.Groups.TASK_GROUPS::contains).findFirst()
            .map(ma.majlis.identity.Groups::displayName).orElse(name);
      }
      return engine.getFilterService().createFilterQuery().filterName(name).singleResult().getId();
    });
  }

  private void complete(Rest rest, Answers.Session session, JsonNode task) {
    if (tasklist != null) {
      completeInTasklist(session, task);
      return;
    }
    String id = task.path("id").asText();
    String key = task.path("taskDefinitionKey").asText();
    String user = task.path("assignee").isTextual() ? task.path("assignee").asText() : Answers.actor(key);
    // what the integrator's form shows, a variable of the task or a value Majlis computes for its form (the minutes'
    // texts, which the process does not hold): one read of the form's variables, those named
    Map<String, Object> vars = Answers.of(key, session, name -> {
      Response r = call("read variable", () -> rest.get(user, "/engine-rest/task/" + id
          + "/form-variables?deserializeValues=false&variableNames=" + name));
      return r.status() == 200 ? r.json().path(name).path("value").asText(null) : null;
    });
    call("complete " + key, () -> rest.post(user, "/engine-rest/task/" + id + "/complete", Engine.body(vars)));
  }

  private boolean finished(Answers.Session session) {
    for (String key : session.keys()) {
      if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count() > 0) {
        return false;
      }
    }
    return true;
  }

  /** Fixed-rate mode: from which slot on ({@code seconds} after the schedule's start) {@link #afterSettling} counts. */
  void settleAfter(double seconds) {
    settledAfterMs = seconds * 1000;
  }

  private Response call(String type, Supplier<Response> request) {
    long start = pacer == null ? System.nanoTime() : pacer.await();
    Response response;
    try {
      response = request.get();
    } catch (RuntimeException e) {
      // no answer at all (a connection closed, a timeout): the session's error says which request it was, and when
      sample(type + " -> no answer after " + (System.nanoTime() - start) / 1_000_000 + " ms: " + e);
      throw e;
    }
    long took = System.nanoTime() - start;
    timings.record(type, took);
    if (pacer != null) {
      double slotMs = pacer.sinceStartMs(start);
      trace.add(String.format(java.util.Locale.ROOT, "%.1f,%s,%.2f", slotMs, type, took / 1e6));
      if (slotMs >= settledAfterMs) {
        afterSettling.record(type, took);
      }
    }
    if (response.status() / 100 != 2) {
      errors.incrementAndGet();
      sample(type + " -> " + response.status() + " " + response.body());
    }
    if (thinkMs > 0) {
      sleep(thinkMs); // a person reads the answer before the next request
    }
    return response;
  }

  private void sample(String error) {
    if (errorSamples.size() < 10) {
      errorSamples.add(error.length() > 400 ? error.substring(0, 400) : error);
    }
  }

  static String startBody(Answers.Session s) {
    return Engine.startBody(s.key(), Answers.request(s, "ORDINARY", s.plannedStart().toString(), "ROLL_CALL"));
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
