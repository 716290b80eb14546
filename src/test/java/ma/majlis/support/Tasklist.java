package ma.majlis.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ma.majlis.support.Rest.Response;

/**
 * Tasklist as it really submits a Camunda Form: logged in to the webapps (session cookie and CSRF token), through
 * the webapps' own engine API ({@code /camunda/api/engine/engine/default/...}), with the payload that Tasklist 7.24
 * builds (its {@code camundaTasklistForm} directive):
 * <ul>
 *   <li>the data is what form-js submits: every field of the deployed form that is shown, with the value the person
 *   gave, else the value it opened with (the variable of that name, Json variables parsed, else the field's default),
 *   else the field's empty value; a field hidden by a condition is left out unless the person filled it;</li>
 *   <li>an object or array value is sent as {@code {type, valueInfo, value: JSON text}}, its type taken from the
 *   variable the task already holds under that name (whatever it is, {@code Null} included), else {@code Json};</li>
 *   <li>any other value is sent as {@code {value}}, with no type: the engine infers it (a radio's "true" is a
 *   String).</li>
 * </ul>
 * Values given as {@link Engine.Json} become the objects form-js would hold; Booleans and numbers given for a
 * radio, select or text field become the strings those fields hold.
 */
public final class Tasklist {

  public static final String ENGINE = "/camunda/api/engine/engine/default";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The task definition keys (and start forms' process keys) that a test completed through Tasklist, with 204. */
  private static final java.util.Set<String> COMPLETED = ConcurrentHashMap.newKeySet();

  private final String base;
  private final String acceptLanguage;
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  /** What the tests of this JVM completed through Tasklist so far (task ids of the contract, start forms' keys). */
  public static java.util.Set<String> completed() {
    return java.util.Set.copyOf(COMPLETED);
  }

  /** Tasklist in a browser set to English ({@code Accept-Language: en-GB}, as the browser tests' Chromium). */
  public Tasklist(String base) {
    this(base, "en-GB,en;q=0.9");
  }

  /** Tasklist in a browser that sends this {@code Accept-Language} (null: none). */
  public Tasklist(String base, String acceptLanguage) {
    this.base = base;
    this.acceptLanguage = acceptLanguage;
  }

  static {
    if (Boolean.getBoolean("majlis.tasklist.report")) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("TASKLIST-COMPLETED " + COMPLETED)));
    }
  }

  /** Completes the task as the user does in Tasklist: opens its form, fills in {@code given}, clicks Complete. */
  public Response submit(String user, String taskId, Map<String, ?> given) {
    Session session = session(user);
    Response task = session.get(ENGINE + "/task/" + taskId);
    if (task.status() != 200) {
      return task;
    }
    Response variables = session.get(ENGINE + "/task/" + taskId + "/form-variables?deserializeValues=false");
    if (variables.status() != 200) {
      return variables;
    }
    Response form = session.get(ENGINE + "/task/" + taskId + "/deployed-form");
    if (form.status() != 200) {
      return form;
    }
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.set("variables", payload(form.json(), variables.json(), given));
    Response submitted = session.post(ENGINE + "/task/" + taskId + "/submit-form", body.toString());
    if (submitted.status() == 204) {
      COMPLETED.add(task.json().path("taskDefinitionKey").asText());
    }
    return submitted;
  }

  /** Starts a process from its start form as Tasklist does (no variables exist yet: objects go as Json). */
  public Response start(String user, String processDefinitionKey, String businessKey, Map<String, ?> given) {
    Session session = session(user);
    Response form = session.get(ENGINE + "/process-definition/key/" + processDefinitionKey + "/deployed-start-form");
    if (form.status() != 200) {
      return form;
    }
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.set("variables", payload(form.json(), JsonNodeFactory.instance.objectNode(), given));
    if (businessKey != null) {
      body.put("businessKey", businessKey);
    }
    Response started = session.post(ENGINE + "/process-definition/key/" + processDefinitionKey + "/submit-form",
        body.toString());
    if (started.status() == 200) {
      COMPLETED.add(processDefinitionKey + ":start");
    }
    return started;
  }

  /** A page of the application (a link in a form) opened in the same browser, with the Tasklist login. */
  public Response open(String user, String path) {
    return session(user).get(path);
  }

  /**
   * A request to one of Majlis's pages' endpoints in the same browser, with the Tasklist login and only the headers
   * the request carries (a board book page's upload sends the page's CSRF token itself, or a forged one none).
   */
  public Response sendPage(String user, HttpRequest.Builder request) {
    return session(user).send(request);
  }

  /** A GET on the webapps' engine API as the logged-in user (what Tasklist reads to show a task). */
  public Response get(String user, String path) {
    return session(user).get(ENGINE + path);
  }

  /** A POST on the webapps' engine API as the logged-in user, with the CSRF token, as Tasklist's pages send it. */
  public Response post(String user, String path, String json) {
    return session(user).post(ENGINE + path, json);
  }

  /** The variables Tasklist submits for a form, given the form, the task's variables and what the person filled. */
  public static ObjectNode payload(JsonNode form, JsonNode existing, Map<String, ?> given) {
    Map<String, Object> data = new LinkedHashMap<>();
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    Map<String, String> valuesKeys = new LinkedHashMap<>();
    collectFields(form.path("components"), fields, valuesKeys, true);
    // what form-js holds for each shown field: the person's entry, else the value it opened with (the variable, else
    // the field's default), else empty
    for (Map.Entry<String, JsonNode> field : fields.entrySet()) {
      String key = field.getKey();
      if (given.containsKey(key)) {
        continue;
      }
      JsonNode variable = existing.get(key);
      if (variable != null && !variable.path("value").isNull() && !variable.path("value").isMissingNode()) {
        data.put(key, opened(variable));
      } else if (field.getValue().has("defaultValue")) {
        data.put(key, field.getValue().get("defaultValue"));
      } else {
        data.put(key, empty(field.getValue().path("type").asText()));
      }
    }
    // fields shown by a condition the person met (hidden ones are not in fieldTypes): as they filled them
    Map<String, JsonNode> all = new LinkedHashMap<>();
    collectFields(form.path("components"), all, valuesKeys, false);
    for (Map.Entry<String, ?> entry : given.entrySet()) {
      JsonNode field = all.get(entry.getKey());
      data.put(entry.getKey(), asHeld(entry.getValue(), field == null ? null : field.path("type").asText()));
    }
    ObjectNode variables = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, Object> entry : data.entrySet()) {
      String key = entry.getKey();
      Object value = entry.getValue();
      ObjectNode v = variables.putObject(key);
      if (value instanceof JsonNode node && (node.isObject() || node.isArray())) {
        JsonNode held = existing.get(key);
        if (held == null && valuesKeys.containsKey(key)) {
          held = existing.get(valuesKeys.get(key));
        }
        if (held != null) {
          v.set("type", held.get("type"));
          v.set("valueInfo", held.get("valueInfo"));
        } else {
          v.put("type", "Json");
          v.putNull("valueInfo");
        }
        v.put("value", node.toString());
      } else {
        v.set("value", JSON.valueToTree(value instanceof JsonNode n && n.isNull() ? null : value));
      }
    }
    return variables;
  }

  /**
   * The input fields of a form (their key or a dynamic list's path), with their type; with {@code shownOnly}, only
   * those without a hiding condition (a conditional field is in the data only when the test fills it).
   */
  private static void collectFields(JsonNode components, Map<String, JsonNode> fields, Map<String, String> valuesKeys,
      boolean shownOnly) {
    for (JsonNode component : components) {
      if (component.path("disabled").asBoolean(false)) {
        continue; // form-js leaves disabled fields out of the data it submits
      }
      boolean conditional = component.has("conditional");
      if (shownOnly && conditional) {
        continue;
      }
      String type = component.path("type").asText();
      if (component.hasNonNull("valuesKey") && component.hasNonNull("key")) {
        valuesKeys.put(component.get("key").asText(), component.get("valuesKey").asText());
      }
      switch (type) {
        case "dynamiclist" -> fields.put(component.path("path").asText(), component);
        case "group" -> {
          if (component.hasNonNull("path") && !component.get("path").asText().isEmpty()) {
            fields.put(component.get("path").asText(), component);
          } else {
            collectFields(component.path("components"), fields, valuesKeys, shownOnly);
          }
        }
        case "text", "table", "html", "image", "spacer", "separator", "button", "iframe", "expression",
            "documentPreview" -> { }
        default -> {
          if (component.hasNonNull("key")) {
            fields.put(component.get("key").asText(), component);
          }
        }
      }
    }
  }

  /** The value a field opens with, from the task's variable (deserializeValues=false: Json comes as text). */
  private static Object opened(JsonNode variable) {
    JsonNode value = variable.path("value");
    String type = variable.path("type").asText();
    if (("Json".equals(type) || "Object".equals(type)) && value.isTextual()) {
      try {
        return JSON.readTree(value.asText());
      } catch (IOException e) {
        return value.asText();
      }
    }
    return value;
  }

  private static Object empty(String fieldType) {
    return switch (fieldType) {
      case "textfield", "textarea" -> "";
      case "checkbox" -> false;
      case "dynamiclist" -> JsonNodeFactory.instance.arrayNode();
      case "checklist", "taglist" -> JsonNodeFactory.instance.arrayNode();
      default -> null;
    };
  }

  /**
   * A page of a filter's tasks as Tasklist asks for it: {@code POST filter/{id}/list?firstResult&maxResults} with
   * its query (no search, newest first) and HAL accepted (the answer embeds each task's assignee, process definition
   * and candidate groups).
   */
  public Response filterPage(String user, String filterId, int firstResult, int maxResults) {
    String query = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
        + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";
    Session session = session(user);
    return session.send(session.withCsrf(HttpRequest.newBuilder(URI.create(base + ENGINE + "/filter/" + filterId
        + "/list?firstResult=" + firstResult + "&maxResults=" + maxResults)))
        .header("Content-Type", "application/json").header("Accept", "application/hal+json, application/json; q=0.5")
        .POST(HttpRequest.BodyPublishers.ofString(query)));
  }

  /** Any request on the webapps' engine API as the logged-in user, with the CSRF token (Cockpit's and Tasklist's). */
  public Response send(String user, String method, String path, String json) {
    return session(user).send(session(user).withCsrf(HttpRequest.newBuilder(URI.create(base + ENGINE + path)))
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
  }

  /** What form-js holds for a value the person entered in a field of this type. */
  private static Object asHeld(Object value, String fieldType) {
    if (value instanceof Engine.Json json) {
      try {
        return JSON.readTree(json.text());
      } catch (IOException e) {
        throw new IllegalArgumentException("Not Json: " + json.text(), e);
      }
    }
    if (value == null || fieldType == null) {
      return value;
    }
    return switch (fieldType) {
      case "radio", "select", "textfield", "textarea", "datetime" ->
          value instanceof Boolean || value instanceof Number ? value.toString() : value;
      default -> value;
    };
  }

  private Session session(String user) {
    return sessions.computeIfAbsent(user, u -> new Session(u).login());
  }

  /** One browser: its cookies (the webapps' session, XSRF-TOKEN) and the CSRF header it echoes. */
  private final class Session {
    private final String user;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();

    Session(String user) {
      this.user = user;
    }

    Session login() {
      Response page = send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/")).GET());
      if (page.status() != 200) {
        throw new IllegalStateException("Tasklist does not open: " + page.status());
      }
      String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
          + URLEncoder.encode(user, StandardCharsets.UTF_8);
      Response login = send(withCsrf(HttpRequest.newBuilder(URI.create(base
          + "/camunda/api/admin/auth/user/default/login/tasklist")))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form)));
      if (login.status() != 200) {
        throw new IllegalStateException(user + " cannot log in to Tasklist: " + login);
      }
      // Tasklist's page then asks who is logged in; that first request of the new session brings its CSRF token (a
      // POST before it, without the token, is refused and ends the session)
      Response me = get("/camunda/api/admin/auth/user/default");
      if (me.status() != 200) {
        throw new IllegalStateException(user + " is not logged in to Tasklist: " + me);
      }
      return this;
    }

    Response get(String path) {
      return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET());
    }

    Response post(String path, String json) {
      return send(withCsrf(HttpRequest.newBuilder(URI.create(base + path)))
          .header("Content-Type", "application/json").header("Accept", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder withCsrf(HttpRequest.Builder request) {
      String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
          .map(HttpCookie::getValue).reduce((a, b) -> b).orElse("");
      return request.header("X-XSRF-TOKEN", token);
    }

    private Response send(HttpRequest.Builder request) {
      request.timeout(Duration.ofSeconds(60));
      if (acceptLanguage != null) {
        request.header("Accept-Language", acceptLanguage);
      }
      return Rest.send(http, request);
    }
  }
}
