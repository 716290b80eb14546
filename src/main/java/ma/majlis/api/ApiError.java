package ma.majlis.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of every error of the read API, in the shape of the engine REST API's errors: {@code type} and
 * {@code message}, plus {@code parameter} when a request parameter was refused.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An error: what kind, and a message that says what to change")
public record ApiError(
    @Schema(example = "InvalidRequestException") String type,
    @Schema(example = "year: must be a whole number, got 'abc'") String message,
    @Schema(description = "the refused request parameter, when there is one", example = "year") String parameter) {

  public static final String BAD_REQUEST = "InvalidRequestException";
  public static final String UNAUTHENTICATED = "AuthenticationException";
  public static final String FORBIDDEN = "AuthorizationException";
  public static final String NOT_FOUND = "NotFoundException";

  public static ApiError of(String type, String message) {
    return new ApiError(type, message, null);
  }
}
