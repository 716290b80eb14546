package ma.majlis.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

import ma.majlis.language.Language;
import ma.majlis.language.Texts;

/**
 * The REST boundary of the engine, for {@code /engine-rest} and for the webapps' own engine API that Tasklist uses
 * ({@code /camunda/api/engine/engine/default}). Before the engine sees a request that completes a task or starts a
 * process, with variables:
 * <ul>
 *   <li>every variable must be one that the task (or start event) takes, see {@link TaskContracts}: any other name
 *   is refused, naming it;</li>
 *   <li>each variable is of a type the contract uses (String, Integer, Long, Short, Double, Boolean, Json, Null): no
 *   {@code Object}, no serialized Java, no file;</li>
 *   <li>a name has at most 255 characters, a String value at most {@value #MAX_STRING} (the engine's own limit for a
 *   String variable), a Json value at most 256 KB, and no text contains a NUL character.</li>
 * </ul>
 * A refusal is 400 with the shape of the other refusals ({@code type}, {@code message}, {@code variable}), and the
 * engine is not called: nothing changes.
 * <p>
 * Besides, only administrators write the engine's state directly, over {@code /engine-rest} and over the webapps'
 * API alike (Cockpit's and Tasklist's controls for it are hidden from the others): variables of instances,
 * executions and tasks, a task's assignee, owner, delegation and resolution, jobs and job definitions, and
 * {@code /identity/verify} (which counts failed logins) answer 403 to anyone else. People complete their tasks; an
 * operator fixes the rest in Cockpit.
 */
public class RestInputGuard extends OncePerRequestFilter {

  static final int MAX_NAME = 255;
  static final int MAX_STRING = 4000;
  static final int MAX_JSON_BYTES = 256 * 1024;
  static final Set<String> TYPES = Set.of("string", "integer", "long", "short", "double", "boolean", "json", "null");

  private static final String ENGINE_PREFIX = "(?:/engine-rest|/camunda/api/engine/engine/[^/]+)";
  static final Pattern TASK_SUBMIT = Pattern.compile(ENGINE_PREFIX + "/task/([^/]+)/(complete|submit-form)");
  static final Pattern START = Pattern.compile(ENGINE_PREFIX
      + "/process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(start|submit-form)");
  /** Writes that only administrators make (any method but GET/HEAD/OPTIONS on these). */
  private static final Pattern ADMIN_ONLY = Pattern.compile(ENGINE_PREFIX + "(?:"
      + "/process-instance/[^/]+/variables(?:/.*)?"
      + "|/execution/[^/]+/localVariables(?:/.*)?"
      + "|/task/[^/]+/(?:variables|localVariables)(?:/.*)?"
      + "|/task/[^/]+/(?:assignee|delegate|resolve)"
      + "|/task/[^/]+/identity-links(?:/delete)?"
      + "|/task/(?!count$)[^/]+"
      + "|/job/(?!count$)[^/]+(?:/.*)?"
      + "|/job-definition/(?!count$)[^/]+(?:/.*)?"
      + "|/identity/verify"
      + ")");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Supplier<TaskContracts> contracts;
  private final Supplier<TaskService> tasks;
  private final Supplier<RepositoryService> repository;
  private final Supplier<IdentityService> identity;
  private final Supplier<JdbcTemplate> jdbc;

  public RestInputGuard(Supplier<TaskContracts> contracts, Supplier<TaskService> tasks,
      Supplier<RepositoryService> repository, Supplier<IdentityService> identity) {
    this(contracts, tasks, repository, identity, () -> null);
  }

  /**
   * @param jdbc the engine's database, to find a task's definition in one statement (null: through the engine's
   *     task query)
   */
  public RestInputGuard(Supplier<TaskContracts> contracts, Supplier<TaskService> tasks,
      Supplier<RepositoryService> repository, Supplier<IdentityService> identity, Supplier<JdbcTemplate> jdbc) {
    this.contracts = contracts;
    this.tasks = tasks;
    this.repository = repository;
    this.identity = identity;
    this.jdbc = jdbc;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String method = request.getMethod();
    boolean writes = !"GET".equals(method) && !"HEAD".equals(method) && !"OPTIONS".equals(method);
    boolean webapp = path.startsWith("/camunda/api/engine/");
    if (writes && (path.startsWith("/engine-rest/") || webapp) && ADMIN_ONLY.matcher(path).matches()
        && !TASK_SUBMIT.matcher(path).matches() && !isAdministrator(request, webapp)) {
      refuse(response, 403, "AuthorizationException",
          Texts.get(RestErrorMapper.languageOf(request), "error.rest.adminOnly"), null);
      return;
    }
    if (!"POST".equals(method)) {
      chain.doFilter(request, response);
      return;
    }
    Matcher task = TASK_SUBMIT.matcher(path);
    Matcher start = START.matcher(path);
    boolean isTask = task.matches();
    boolean isStart = !isTask && start.matches();
    if (!isTask && !isStart) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readAllBytes();
    HttpServletRequest replay = new Replay(request, body);
    JsonNode variables;
    try {
      variables = body.length == 0 ? null : JSON.readTree(body).get("variables");
    } catch (IOException e) {
      chain.doFilter(replay, response); // the REST layer says what is wrong with the body
      return;
    }
    if (variables == null || !variables.isObject() || variables.isEmpty()) {
      chain.doFilter(replay, response);
      return;
    }
    Refusal refusal = checkValues(variables);
    if (refusal == null) {
      Set<String> allowed = isTask ? allowedForTask(task.group(1)) : allowedForStart(start.group(1), start.group(2));
      if (allowed != null) {
        for (Iterator<String> names = variables.fieldNames(); names.hasNext(); ) {
          String name = names.next();
          if (!allowed.contains(name)) {
            refusal = new Refusal(name, isTask ? "error.rest.notOfTask" : "error.rest.notOfStart",
                String.join(", ", allowed));
            break;
          }
        }
      }
    }
    if (refusal != null) {
      refuse(response, 400, InputRejectedException.class.getSimpleName(),
          abbreviate(refusal.variable()) + ": " + refusal.rule(RestErrorMapper.languageOf(request)),
          abbreviate(refusal.variable()));
      return;
    }
    Set<String> transients = isTask ? transientForTask(task.group(1)) : Set.of();
    if (!transients.isEmpty()) {
      // a secret ballot's choice, or a roll-call vote, reaches the engine only as a transient variable: never stored,
      // never in history (the task's check writes it into Majlis's tables)
      JsonNode root = JSON.readTree(body);
      boolean changed = false;
      for (String name : transients) {
        JsonNode variable = root.path("variables").get(name);
        if (variable instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
          JsonNode info = object.get("valueInfo");
          com.fasterxml.jackson.databind.node.ObjectNode valueInfo = info instanceof
              com.fasterxml.jackson.databind.node.ObjectNode o ? o : object.putObject("valueInfo");
          valueInfo.put("transient", true);
          changed = true;
        }
      }
      if (changed) {
        replay = new Replay(request, JSON.writeValueAsBytes(root));
      }
    }
    chain.doFilter(replay, response);
  }

  /** The task's variables that go to the engine only as transient variables (TaskContracts.SECRET, TRANSIENT). */
  private Set<String> transientForTask(String taskId) {
    String[] definition = taskDefinition(taskId);
    if (definition != null && definition.length == 0) {
      return Set.of();
    }
    return asEngine(() -> {
      String[] found = definition;
      if (found == null) {
        Task t = tasks.get().createTaskQuery().taskId(taskId).singleResult();
        if (t == null || t.getProcessDefinitionId() == null) {
          return Set.<String>of();
        }
        found = new String[] {t.getProcessDefinitionId(), t.getTaskDefinitionKey()};
      }
      return contracts.get().transientForTask(found[0], found[1]);
    });
  }

  /** A refused variable and its rule: a text of the message files ({@code error.*}) and its arguments. */
  record Refusal(String variable, String key, Object... args) {
    /** The rule as the person reads it. */
    String rule(Language language) {
      return Texts.get(language, key, args);
    }
  }

  /** The types and bounds every variable sent to the engine must keep. */
  static Refusal checkValues(JsonNode variables) {
    for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      String name = entry.getKey();
      JsonNode variable = entry.getValue();
      if (name.length() > MAX_NAME) {
        return new Refusal(name, "error.rest.nameTooLong", String.valueOf(MAX_NAME));
      }
      if (name.indexOf('\0') >= 0) {
        return new Refusal(name, "error.rest.nameNul");
      }
      if (!variable.isObject()) {
        return new Refusal(name, "error.input.object", "{value, type}");
      }
      String type = variable.path("type").isTextual() ? variable.get("type").asText() : null;
      if (type != null && !TYPES.contains(type.toLowerCase(java.util.Locale.ROOT))) {
        return new Refusal(name, "error.rest.type", type);
      }
      JsonNode valueInfo = variable.path("valueInfo");
      if (valueInfo.has("serializationDataFormat") || valueInfo.has("objectTypeName")) {
        return new Refusal(name, "error.rest.serialized");
      }
      JsonNode value = variable.path("value");
      if (value.isTextual()) {
        String text = value.asText();
        if (text.indexOf('\0') >= 0) {
          return new Refusal(name, "error.rest.nul");
        }
        boolean json = type != null && type.equalsIgnoreCase("json");
        if (json && text.getBytes(StandardCharsets.UTF_8).length > MAX_JSON_BYTES) {
          return new Refusal(name, "error.rest.jsonTooBig");
        }
        if (!json && text.length() > MAX_STRING) {
          return new Refusal(name, "error.input.tooLong", String.valueOf(MAX_STRING),
              String.valueOf(text.length()));
        }
      } else if (value.isContainerNode()) {
        String text = value.toString();
        if (text.indexOf('\0') >= 0 || text.contains("\\u0000")) {
          return new Refusal(name, "error.rest.nul");
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_JSON_BYTES) {
          return new Refusal(name, "error.rest.jsonTooBig");
        }
      }
    }
    return null;
  }

  private Set<String> allowedForTask(String taskId) {
    String[] definition = taskDefinition(taskId);
    if (definition != null) {
      // the contract is read whatever the caller may see (the deployed form is looked up by the task), as below
      return definition.length == 0 ? null
          : asEngine(() -> contracts.get().forTask(definition[0], definition[1], taskId));
    }
    return asEngine(() -> {
      Task found = tasks.get().createTaskQuery().taskId(taskId).singleResult();
      return found == null || found.getProcessDefinitionId() == null ? null
          : contracts.get().forTask(found.getProcessDefinitionId(), found.getTaskDefinitionKey(), taskId);
    });
  }

  /**
   * The task's process definition id and task definition key in one autocommit statement on the engine's task
   * table: the engine's task query costs a transaction of its own (begin, select, commit), which was most of the
   * guard's time, a tenth of a completion's over REST (issue #12's benchmark). An empty array: no such task, or a
   * task outside a process; null: not found this way (no database given, or the statement failed), ask the engine.
   */
  private String[] taskDefinition(String taskId) {
    JdbcTemplate db = jdbc.get();
    if (db == null) {
      return null;
    }
    try {
      return db.query("select proc_def_id_, task_def_key_ from act_ru_task where id_ = ?",
          (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, taskId).stream()
          .filter(row -> row[0] != null).findFirst().orElse(new String[0]);
    } catch (org.springframework.dao.DataAccessException e) {
      return null;
    }
  }

  private Set<String> allowedForStart(String key, String id) {
    return asEngine(() -> {
      ProcessDefinition definition = key != null
          ? repository.get().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult()
          : repository.get().createProcessDefinitionQuery().processDefinitionId(id).singleResult();
      return definition == null ? null : contracts.get().forStart(definition.getId());
    });
  }

  /** Looks up a task or a definition whatever the caller may see (the engine then checks what he may do). */
  private <T> T asEngine(Supplier<T> lookup) {
    return WithoutAuthorization.asEngine(identity.get(), lookup);
  }


  /**
   * Whether the caller is an administrator: over {@code /engine-rest}, the user the REST authentication filter set;
   * on the webapps' API, the user logged into the webapps (the HTTP session), whose groups are read afresh.
   */
  private boolean isAdministrator(HttpServletRequest request, boolean webapp) {
    if (webapp) {
      String user = ApiAuthenticationFilter.webappUser(request);
      return user != null && asEngine(() -> identity.get().createUserQuery().userId(user)
          .memberOfGroup(org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN).count() > 0);
    }
    Authentication caller = identity.get().getCurrentAuthentication();
    return caller != null && caller.getGroupIds() != null
        && caller.getGroupIds().contains(org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN);
  }

  private static String abbreviate(String name) {
    return name.length() <= 80 ? name : name.substring(0, 77) + "...";
  }

  static void refuse(HttpServletResponse response, int status, String type, String message, String variable)
      throws IOException {
    Map<String, Object> dto = new LinkedHashMap<>();
    dto.put("type", type);
    dto.put("message", message);
    if (variable != null) {
      dto.put("variable", variable);
    }
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(JSON.writeValueAsString(dto));
  }

  /** The request with its body read once and given again to the REST layer. */
  private static final class Replay extends HttpServletRequestWrapper {
    private final byte[] body;

    Replay(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public String getHeader(String name) {
      return "content-length".equalsIgnoreCase(name) ? String.valueOf(body.length) : super.getHeader(name);
    }

    @Override
    public ServletInputStream getInputStream() {
      InputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          try {
            return in.available() == 0;
          } catch (IOException e) {
            return true;
          }
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }

        @Override
        public int read() throws IOException {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
