package ma.majlis.platform;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.spin.SpinRuntimeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ma.majlis.language.Language;
import ma.majlis.language.Texts;

/**
 * Gives REST clients the status the contract promises. Camunda's REST layer answers 500 to any engine exception
 * thrown while a process starts or a task completes; Majlis looks at the cause instead:
 * <ul>
 *   <li>bad input ({@link InputRejectedException}, a form field validation) → 400, with the message naming the
 *   variable and the rule;</li>
 *   <li>no such task (unknown id, or already completed) → 404;</li>
 *   <li>a concurrent update lost the race ({@link OptimisticLockingException}) → 409;</li>
 *   <li>not allowed ({@link AuthorizationException}) → 403;</li>
 *   <li>a Json variable whose text is not Json (Spin cannot parse it) → 400, naming the variable;</li>
 *   <li>a request body that is not Json, or not of the expected shape → 400, saying where (Camunda's own
 *   handlers answer these with an empty message, Jackson's with plain text).</li>
 * </ul>
 * Anything else keeps Camunda's own status. The body has Camunda's shape: {@code type}, {@code message}, plus
 * {@code variable} for refused input.
 */
public final class RestErrorMapper {

  private static final Logger LOG = LoggerFactory.getLogger(RestErrorMapper.class);

  private RestErrorMapper() {
  }

  static Response toResponse(Throwable thrown, Status fallback) {
    return toResponse(thrown, fallback, null);
  }

  /**
   * {@code path}: the request's path inside the application, when known. On the webapps' engine API (Tasklist's
   * forms) a refused variable is named by its field's label, as the person reads it in the form.
   */
  static Response toResponse(Throwable thrown, Status fallback, String path) {
    Language language = readersLanguage();
    Throwable cause = thrown;
    for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
      if (cause instanceof InputRejectedException rejected) {
        String rule = rejected.rule(language);
        String field = path != null && path.startsWith(WEBAPP_ENGINE)
            ? FieldLabels.of(path, rejected.getVariable(), language) : rejected.getVariable();
        return body(Status.BAD_REQUEST, rejected, field + ": " + rule, rejected.getVariable());
      }
      if (cause instanceof FormFieldValidationException invalid) {
        return body(Status.BAD_REQUEST, invalid, plain(invalid.getMessage(), language), null);
      }
      if (cause instanceof AuthorizationException denied) {
        String vanished = vanishedTask(denied);
        if (vanished != null) {
          return body(Status.NOT_FOUND, denied, Texts.get(language, "error.rest.taskVanished"), null);
        }
        if (denied instanceof ActRefusedException refused) {
          return body(Status.FORBIDDEN, denied, refused.rule(language), null);
        }
        // Majlis's own refusals (the chair's acts) say who may act; the engine's speak of permissions and ids
        boolean engines = denied.getMissingAuthorizations() != null && !denied.getMissingAuthorizations().isEmpty();
        return body(Status.FORBIDDEN, denied, engines || denied.getMessage() == null
            ? Texts.get(language, "error.rest.forbidden") : plain(denied.getMessage(), language), null);
      }
      if (cause instanceof OptimisticLockingException) {
        return body(Status.CONFLICT, cause, Texts.get(language, "error.rest.conflict"), null);
      }
      if (cause instanceof SpinRuntimeException spin) {
        String variable = jsonVariable(thrown);
        return body(Status.BAD_REQUEST, spin, (variable == null ? Texts.get(language, "error.rest.aJsonVariable")
            : variable) + ": " + Texts.get(language, "error.rest.jsonInvalid", String.valueOf(spin.getMessage())),
            variable);
      }
      if (cause instanceof NotFoundException
          || (cause instanceof NullValueException && String.valueOf(cause.getMessage()).startsWith("Cannot find"))) {
        return body(Status.NOT_FOUND, cause, Texts.get(language, "error.rest.notFound"), null);
      }
    }
    if (fallback.getFamily() == Status.Family.SERVER_ERROR) {
      String reference = java.util.UUID.randomUUID().toString().substring(0, 8);
      LOG.error("REST request failed (reference {})", reference, thrown);
      return body(fallback, thrown, Texts.get(language, "error.rest.serverFailed", reference), null);
    }
    return body(fallback, thrown, plain(thrown.getMessage(), language), null);
  }

  /** The path prefix of the webapps' own engine API (Tasklist, Cockpit), inside the application. */
  static final String WEBAPP_ENGINE = "/camunda/api/engine/";

  private static final java.util.regex.Pattern ENGINE_NOISE = java.util.regex.Pattern.compile(
      "(ENGINE-\\d+\\s*|Cannot (submit task form|instantiate process definition|complete task) [^:]*:\\s*"
      + "|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\s*)");

  /**
   * A message without the engine's codes, ids and the "Cannot submit task form <id>:" preambles (the engine's own
   * words stay as the engine wrote them, in English).
   */
  static String plain(String message, Language language) {
    if (message == null) {
      return Texts.get(language, "error.rest.refused");
    }
    String plain = ENGINE_NOISE.matcher(message).replaceAll("").trim();
    return plain.isEmpty() ? Texts.get(language, "error.rest.refused") : plain;
  }

  /**
   * The task a refusal is about, when that task no longer exists. Two clients completing one task at once: the
   * loser may find the task, then its permission to work on it gone with the winner's completion, and must hear
   * "no such task" (404), not "not allowed" (403). Looked up without the user's authorizations, then restored.
   */
  private static String vanishedTask(AuthorizationException denied) {
    try {
      String taskId = denied.getMissingAuthorizations().stream()
          .filter(m -> "Task".equals(m.getResourceType()) && m.getResourceId() != null)
          .map(org.camunda.bpm.engine.authorization.MissingAuthorization::getResourceId).findFirst().orElse(null);
      if (taskId == null) {
        return null;
      }
      org.camunda.bpm.engine.ProcessEngine engine = org.camunda.bpm.engine.rest.util.EngineUtil.lookupProcessEngine(null);
      return WithoutAuthorization.asEngine(engine.getIdentityService(),
          () -> engine.getTaskService().createTaskQuery().taskId(taskId).count() == 0 ? taskId : null);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static final java.util.regex.Pattern VARIABLE = java.util.regex.Pattern.compile(
      "variable '([^']+)'");

  /** The variable named by the engine in "Cannot deserialize object in variable 'agenda'", if any. */
  private static String jsonVariable(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      java.util.regex.Matcher m = VARIABLE.matcher(String.valueOf(cause.getMessage()));
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }

  /** A request body that is not Json or not of the shape the endpoint reads: where, and what was expected. */
  static Response badBody(com.fasterxml.jackson.core.JsonProcessingException e, Language language) {
    String where = e.getLocation() == null ? "" : " " + Texts.get(language, "error.rest.bodyAt",
        String.valueOf(e.getLocation().getLineNr()), String.valueOf(e.getLocation().getColumnNr()));
    String path = e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()
        ? " " + Texts.get(language, "error.rest.bodyIn", m.getPathReference()) : "";
    String detail = String.valueOf(e.getOriginalMessage());
    detail = detail.length() > 300 ? detail.substring(0, 300) + "..." : detail;
    return body(Status.BAD_REQUEST, e, Texts.get(language, e instanceof com.fasterxml.jackson.databind.JsonMappingException
        ? "error.rest.bodyShape" : "error.rest.bodyNotJson") + path + where + ": " + detail, null);
  }

  private static Response body(Status status, Throwable cause, String message, String variable) {
    Map<String, Object> dto = new LinkedHashMap<>();
    dto.put("type", cause.getClass().getSimpleName());
    dto.put("message", message);
    if (variable != null) {
      dto.put("variable", variable);
    }
    if (cause instanceof ProcessEngineException engine) {
      dto.put("code", engine.getCode());
    }
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(dto).build();
  }

  /** Replaces Camunda's {@code JsonParseExceptionHandler} (and wins over Jackson's plain-text mapper). */
  @Provider
  @Priority(1)
  public static class ForJsonParseException implements ExceptionMapper<com.fasterxml.jackson.core.JsonParseException> {
    @jakarta.ws.rs.core.Context
    private jakarta.servlet.http.HttpServletRequest request;

    @Override
    public Response toResponse(com.fasterxml.jackson.core.JsonParseException exception) {
      return badBody(exception, languageOf(request));
    }
  }

  /** Replaces Camunda's {@code JsonMappingExceptionHandler} (and wins over Jackson's plain-text mapper). */
  @Provider
  @Priority(1)
  public static class ForJsonMappingException
      implements ExceptionMapper<com.fasterxml.jackson.databind.JsonMappingException> {
    @jakarta.ws.rs.core.Context
    private jakarta.servlet.http.HttpServletRequest request;

    @Override
    public Response toResponse(com.fasterxml.jackson.databind.JsonMappingException exception) {
      return badBody(exception, languageOf(request));
    }
  }

  /** Replaces Camunda's {@code RestExceptionHandler}. */
  @Provider
  @Priority(1)
  public static class ForRestException implements ExceptionMapper<RestException> {
    @jakarta.ws.rs.core.Context
    private jakarta.servlet.http.HttpServletRequest request;

    @Override
    public Response toResponse(RestException exception) {
      Status status = exception.getStatus() == null ? Status.INTERNAL_SERVER_ERROR : exception.getStatus();
      return withRequest(request, () -> RestErrorMapper.toResponse(exception, status, pathOf(request)));
    }
  }

  /** Replaces Camunda's {@code ProcessEngineExceptionHandler}. */
  @Provider
  @Priority(1)
  public static class ForProcessEngineException implements ExceptionMapper<ProcessEngineException> {
    @jakarta.ws.rs.core.Context
    private jakarta.servlet.http.HttpServletRequest request;

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return withRequest(request, () -> RestErrorMapper.toResponse(exception,
          ExceptionHandlerHelper.getInstance().getStatus(exception), pathOf(request)));
    }
  }

  /** The request under way (Jersey's providers have no Spring request scope of their own). */
  private static final ThreadLocal<jakarta.servlet.http.HttpServletRequest> REQUEST = new ThreadLocal<>();

  /**
   * The language of the person who made the request under way: his preference, else his browser's
   * {@code Accept-Language}, else the working language; English outside a request (logs, tests without Spring).
   */
  private static Language readersLanguage() {
    return languageOf(REQUEST.get());
  }

  /**
   * The language of the person who made {@code request} (null: outside a request): his preference, else the
   * request's {@code Accept-Language}, else the working language; English before the application has started.
   * Also for the filters that refuse before the REST layer ({@link RestInputGuard}) and for what Tasklist reads in the
   * reader's language ({@link LocalizingFilter}).
   */
  static Language languageOf(jakarta.servlet.http.HttpServletRequest request) {
    try {
      return ma.majlis.language.Languages.current()
          .map(languages -> languages.of(callerOf(request), request))
          .orElse(Language.EN);
    } catch (RuntimeException e) {
      return Language.EN; // the preference could not be read: a refusal is still said
    }
  }

  /** Who made the request: the webapps' session user, else the engine's authenticated user (HTTP Basic). */
  private static String callerOf(jakarta.servlet.http.HttpServletRequest request) {
    String webapp = request == null ? null : ApiAuthenticationFilter.webappUser(request);
    if (webapp != null) {
      return webapp;
    }
    org.camunda.bpm.engine.ProcessEngine engine = org.camunda.bpm.engine.ProcessEngines.getDefaultProcessEngine(false);
    org.camunda.bpm.engine.impl.identity.Authentication authentication =
        engine == null ? null : engine.getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  private static Response withRequest(jakarta.servlet.http.HttpServletRequest request,
      java.util.function.Supplier<Response> response) {
    REQUEST.set(request);
    try {
      return response.get();
    } finally {
      REQUEST.remove();
    }
  }

  private static String pathOf(jakarta.servlet.http.HttpServletRequest request) {
    try {
      return request == null ? null : request.getRequestURI().substring(request.getContextPath().length());
    } catch (RuntimeException e) {
      return null; // outside a request
    }
  }
}
