package ma.majlis.platform;

import java.util.LinkedHashMap;
import java.util.Map;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives REST clients the status the contract promises. Camunda's REST layer answers 500 to any engine exception
 * thrown while a process starts or a task completes; Majlis looks at the cause instead:
 * <ul>
 *   <li>bad input ({@link InputRejectedException}, a form field validation) → 400, with the message naming the
 *   variable and the rule;</li>
 *   <li>no such task (unknown id, or already completed) → 404;</li>
 *   <li>a concurrent update lost the race ({@link OptimisticLockingException}) → 409;</li>
 *   <li>not allowed ({@link AuthorizationException}) → 403.</li>
 * </ul>
 * Anything else keeps Camunda's own status. The body has Camunda's shape: {@code type}, {@code message}, plus
 * {@code variable} for refused input.
 */
public final class RestErrorMapper {

  private static final Logger LOG = LoggerFactory.getLogger(RestErrorMapper.class);

  private RestErrorMapper() {
  }

  static Response toResponse(Throwable thrown, Status fallback) {
    Throwable cause = thrown;
    for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
      if (cause instanceof InputRejectedException rejected) {
        return body(Status.BAD_REQUEST, rejected, rejected.getMessage(), rejected.getVariable());
      }
      if (cause instanceof FormFieldValidationException invalid) {
        return body(Status.BAD_REQUEST, invalid, invalid.getMessage(), null);
      }
      if (cause instanceof AuthorizationException denied) {
        return body(Status.FORBIDDEN, denied, denied.getMessage(), null);
      }
      if (cause instanceof OptimisticLockingException) {
        return body(Status.CONFLICT, cause,
            "Someone else changed this at the same moment; reload and try again (" + cause.getMessage() + ")", null);
      }
      if (cause instanceof NotFoundException
          || (cause instanceof NullValueException && String.valueOf(cause.getMessage()).startsWith("Cannot find"))) {
        return body(Status.NOT_FOUND, cause, thrown.getMessage(), null);
      }
    }
    if (fallback.getFamily() == Status.Family.SERVER_ERROR) {
      LOG.error("REST request failed", thrown);
    }
    return body(fallback, thrown, thrown.getMessage(), null);
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

  /** Replaces Camunda's {@code RestExceptionHandler}. */
  @Provider
  public static class ForRestException implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException exception) {
      Status status = exception.getStatus() == null ? Status.INTERNAL_SERVER_ERROR : exception.getStatus();
      return RestErrorMapper.toResponse(exception, status);
    }
  }

  /** Replaces Camunda's {@code ProcessEngineExceptionHandler}. */
  @Provider
  public static class ForProcessEngineException implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      return RestErrorMapper.toResponse(exception, ExceptionHandlerHelper.getInstance().getStatus(exception));
    }
  }
}
