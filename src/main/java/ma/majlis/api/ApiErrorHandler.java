package ma.majlis.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns the read API's refusals into {@link ApiError} bodies: 400 for a bad parameter (naming it), 404 for an
 * unknown key. Applies to the controllers of this package only. The content type is always Json, whatever the
 * request accepted (a client asking a document as PDF still gets a readable error).
 */
@RestControllerAdvice(basePackageClasses = ApiErrorHandler.class)
public class ApiErrorHandler {

  @ExceptionHandler(InvalidParameterException.class)
  ResponseEntity<ApiError> invalid(InvalidParameterException e) {
    return respond(HttpStatus.BAD_REQUEST, new ApiError(ApiError.BAD_REQUEST, e.getMessage(), e.getParameter()));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException e) {
    Class<?> type = e.getRequiredType();
    String expected = type == null ? "a valid value"
        : type == Integer.class || type == int.class || type == Long.class || type == long.class ? "a whole number"
        : "a " + type.getSimpleName();
    String message = e.getName() + ": must be " + expected + ", got '" + e.getValue() + "'";
    return respond(HttpStatus.BAD_REQUEST, new ApiError(ApiError.BAD_REQUEST, message, e.getName()));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
    return respond(HttpStatus.BAD_REQUEST,
        new ApiError(ApiError.BAD_REQUEST, e.getParameterName() + ": is required", e.getParameterName()));
  }

  @ExceptionHandler(ForbiddenException.class)
  ResponseEntity<ApiError> forbidden(ForbiddenException e) {
    return respond(HttpStatus.FORBIDDEN, ApiError.of(ApiError.FORBIDDEN, e.getMessage()));
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ApiError> notFound(NotFoundException e) {
    return respond(HttpStatus.NOT_FOUND, ApiError.of(ApiError.NOT_FOUND, e.getMessage()));
  }

  private static ResponseEntity<ApiError> respond(HttpStatus status, ApiError error) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(error);
  }
}
