package ma.majlis.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;

import ma.majlis.support.Engine;
import ma.majlis.support.Rest;
import ma.majlis.support.Rest.Response;

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
  private final Supplier<Payloads.Session> sessions;
  final Timings timings = new Timings();
  final AtomicLong errors = new AtomicLong();
  final AtomicInteger sessionsDone = new AtomicInteger();
  final AtomicInteger sessionsStarted = new AtomicInteger();
  final java.util.List<String> errorSamples = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

  private final int thinkMs;

  RestLoad(String base, ProcessEngine engine, Supplier<Payloads.Session> sessions, int thinkMs) {
    this.base = base;
    this.thinkMs = thinkMs;
    this.management = engine.getManagementService();
    this.runtime = engine.getRuntimeService();
    this.sessions = sessions;
  }

  /** One client: sessions one after the other until the deadline (System.nanoTime()). */
  void client(long deadline) {
    Rest rest = new Rest(base);
    while (System.nanoTime() < deadline) {
      Payloads.Session session = sessions.get();
      try {
        runSession(rest, session, deadline);
      } catch (RuntimeException e) {
        errors.incrementAndGet();
        sample("session " + session.key() + ": " + e);
      }
    }
  }

  private void runSession(Rest rest, Payloads.Session session, long deadline) {
    Response started = call("start", () -> rest.post("integration",
        "/engine-rest/process-definition/key/board-session/start", startBody(session)));
    if (started.status() != 200) {
      return;
    }
    sessionsStarted.incrementAndGet();
    String rootId = started.json().path("id").asText();
    String keys = String.join(",", session.keys());
    long idleSince = System.nanoTime();
    while (System.nanoTime() < deadline) {
      Response list = call("list tasks", () -> rest.get("admin", "/engine-rest/task?processInstanceBusinessKeyIn="
          + URLEncoder.encode(keys, StandardCharsets.UTF_8)));
      if (list.status() != 200) {
        return;
      }
      JsonNode open = list.json();
      if (open.size() == 0) {
        if (finished(session)) {
          sessionsDone.incrementAndGet();
          return;
        }
        Job sessionDay = management.createJobQuery().processInstanceId(rootId).timers()
            .activityId("TimerEvent_SessionDay").singleResult();
        if (sessionDay != null && management.createJobQuery().processInstanceId(rootId).executable().count() == 0) {
          management.executeJob(sessionDay.getId()); // the session day comes: not a REST call, not counted
        } else {
          if (System.nanoTime() - idleSince > 120_000_000_000L) {
            throw new IllegalStateException("nothing to do for 2 minutes");
          }
          sleep(20);
        }
        continue;
      }
      idleSince = System.nanoTime();
      for (Iterator<JsonNode> it = open.elements(); it.hasNext(); ) {
        JsonNode task = it.next();
        complete(rest, session, task);
      }
    }
  }

  private void complete(Rest rest, Payloads.Session session, JsonNode task) {
    String id = task.path("id").asText();
    String key = task.path("taskDefinitionKey").asText();
    String user = task.path("assignee").isTextual() ? task.path("assignee").asText() : Payloads.actor(key);
    Map<String, Object> vars = Payloads.of(key, session, name -> {
      Response r = call("read variable", () -> rest.get(user, "/engine-rest/task/" + id + "/variables/" + name
          + "?deserializeValue=false"));
      return r.status() == 200 ? r.json().path("value").asText(null) : null;
    });
    call("complete " + key, () -> rest.post(user, "/engine-rest/task/" + id + "/complete", Engine.body(vars)));
  }

  private boolean finished(Payloads.Session session) {
    for (String key : session.keys()) {
      if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count() > 0) {
        return false;
      }
    }
    return true;
  }

  private Response call(String type, Supplier<Response> request) {
    long start = System.nanoTime();
    Response response = request.get();
    timings.record(type, System.nanoTime() - start);
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

  static String startBody(Payloads.Session s) {
    return "{\"businessKey\":\"" + s.key() + "\",\"variables\":{\"bodyCode\":{\"value\":\"CA\"},"
        + "\"sessionYear\":{\"value\":" + s.year() + ",\"type\":\"Integer\"},"
        + "\"sessionNumber\":{\"value\":" + s.number() + ",\"type\":\"Integer\"},"
        + "\"sessionKind\":{\"value\":\"ORDINARY\"},\"plannedStart\":{\"value\":\"" + s.plannedStart() + "\"},"
        + "\"venue\":{\"value\":\"Headquarters, Rabat\"},\"format\":{\"value\":\"IN_PERSON\"},"
        + "\"voteMode\":{\"value\":\"ROLL_CALL\"}}}";
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
