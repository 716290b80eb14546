package ma.majlis.api;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.camunda.bpm.engine.IdentityService;
import ma.majlis.identity.Groups;
import ma.majlis.platform.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import ma.majlis.identity.UserPreferences;

/**
 * {@code GET/PUT /api/users/{userId}/preferences}: a person's language ({@code ar}, {@code fr} or {@code en}), read
 * and set by the person himself or by an administrator; anyone else 403.
 */
@RestController
public class PreferencesController {

  /** The body of the preferences: {@code {"language": "ar"}}. */
  @Schema(name = "Preferences")
  public record Preferences(@Schema(description = "ar, fr or en", example = "ar") String language) {
  }

  private final UserPreferences preferences;
  private final IdentityService identity;

  public PreferencesController(UserPreferences preferences, IdentityService identity) {
    this.preferences = preferences;
    this.identity = identity;
  }

  @GetMapping(path = "/api/users/{userId}/preferences", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "A person's preferences",
      description = "The person's language: as chosen, else the body's working language. The person himself or an "
          + "administrator.")
  @ApiResponse(responseCode = "200", description = "the preferences")
  @ApiResponse(responseCode = "403", description = "neither the person himself nor an administrator",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "no such user",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Preferences get(@Parameter(example = "member01") @PathVariable String userId) {
    requireSelfOrAdministrator(userId);
    return new Preferences(preferences.language(userId));
  }

  @PutMapping(path = "/api/users/{userId}/preferences", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Set a person's preferences", description = "{\"language\": \"ar\"}: ar, fr or en. The person "
      + "himself or an administrator.")
  @ApiResponse(responseCode = "200", description = "the preferences as recorded")
  @ApiResponse(responseCode = "400", description = "a language Majlis does not speak; the message names it",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "403", description = "neither the person himself nor an administrator",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "no such user",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public Preferences put(@Parameter(example = "member01") @PathVariable String userId,
                         @RequestBody Map<String, Object> body) {
    String by = requireSelfOrAdministrator(userId);
    for (String field : body.keySet()) {
      if (!"language".equals(field)) {
        throw new InvalidParameterException(field, "error.api.notAPreference");
      }
    }
    Object language = body.get("language");
    if (!(language instanceof String text) || !UserPreferences.LANGUAGES.contains(text)) {
      throw new InvalidParameterException("language", "error.input.oneOf", "ar, fr, en", "'" + language + "'");
    }
    preferences.setLanguage(userId, text, by);
    return new Preferences(text);
  }

  /** The caller, when he is the user or an administrator; else 403 (and 404 for a user that does not exist). */
  private String requireSelfOrAdministrator(String userId) {
    String caller = CurrentUser.id(identity);
    boolean administrator = CurrentUser.groupIds(identity).contains(Groups.ADMINISTRATORS);
    if (!administrator && !userId.equals(caller)) {
      throw new ForbiddenException("error.api.preferencesForbidden", "'" + caller + "'",
          "'" + userId + "'");
    }
    if (identity.createUserQuery().userId(userId).count() == 0) {
      throw new NotFoundException("error.api.noUser", userId);
    }
    return caller;
  }
}
