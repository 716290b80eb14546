package ma.majlis.api;

import ma.majlis.platform.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import ma.majlis.language.Language;
import ma.majlis.language.Languages;
import ma.majlis.language.Texts;

/**
 * Turns the read API's refusals into {@link ApiError} bodies: 400 for a bad parameter (naming it), 404 for an
 * unknown key. Applies to the controllers of this package only. The content type is always Json, whatever the
 * request accepted (a client asking a document as PDF still gets a readable error). The message is in the caller's
 * language: his preference, else the request's {@code Accept-Language}, else the working language; {@code type}
 * and {@code parameter} stay codes.
 */
@RestControllerAdvice(basePackageClasses = ApiErrorHandler.class)
public class ApiErrorHandler {

  private final Languages languages;
  private final IdentityService identity;

  public ApiErrorHandler(Languages languages, IdentityService identity) {
    this.languages = languages;
    this.identity = identity;
  }

  @ExceptionHandler(InvalidParameterException.class)
  ResponseEntity<ApiError> invalid(InvalidParameterException e, HttpServletRequest request) {
    return respond(HttpStatus.BAD_REQUEST, new ApiError(ApiError.BAD_REQUEST, e.message(languageOf(request)),
        e.getParameter()));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    Class<?> type = e.getRequiredType();
    String got = "'" + e.getValue() + "'";
    InvalidParameterException refusal = type == null ? new InvalidParameterException(e.getName(), "error.api.anyValue", got)
        : type == Integer.class || type == int.class || type == Long.class || type == long.class
            ? new InvalidParameterException(e.getName(), "error.input.wholeNumber", got)
            : new InvalidParameterException(e.getName(), "error.api.valueOfType", type.getSimpleName(), got);
    return invalid(refusal, request);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ApiError> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
    return invalid(new InvalidParameterException(e.getParameterName(), "error.input.requiredShort"), request);
  }

  @ExceptionHandler(ForbiddenException.class)
  ResponseEntity<ApiError> forbidden(ForbiddenException e, HttpServletRequest request) {
    return respond(HttpStatus.FORBIDDEN, ApiError.of(ApiError.FORBIDDEN, e.text(languageOf(request))));
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ApiError> notFound(NotFoundException e, HttpServletRequest request) {
    return respond(HttpStatus.NOT_FOUND, ApiError.of(ApiError.NOT_FOUND, e.text(languageOf(request))));
  }

  private Language languageOf(HttpServletRequest request) {
    return languageOf(languages, identity, request);
  }

  /**
   * The caller's language, for every answer of the read API (its refusals, its pages, its texts): the API's
   * authentication filter has set the engine's current user.
   */
  static Language languageOf(Languages languages, IdentityService identity, HttpServletRequest request) {
    return languages.of(CurrentUser.id(identity), request);
  }

  /** A text of the message files in the caller's language, for the API's other refusals (401, 403). */
  static String text(Languages languages, IdentityService identity, HttpServletRequest request, String key,
      Object... args) {
    return Texts.get(languageOf(languages, identity, request), key, args);
  }

  private static ResponseEntity<ApiError> respond(HttpStatus status, ApiError error) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(error);
  }
}
