package ma.majlis.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/sessions/{key}}: a session, as it stands. */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Sessions", description = "The sessions of the board and of its committees")
public class SessionsController {

  private final SessionReader reader;

  public SessionsController(SessionReader reader) {
    this.reader = reader;
  }

  @GetMapping("/sessions/{key}")
  @Operation(summary = "A session",
      description = "The session with its status, agenda (with each deliberation's dossier and each approved "
          + "presentation), the attendance and quorum of the day, the opening and the close, its resolutions and its "
          + "documents. Fields the session has not reached yet are null (attendance, quorum, closedAt ...).")
  @ApiResponse(responseCode = "200", description = "the session")
  @ApiResponse(responseCode = "401", description = "no or wrong credentials",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "403", description = "the user is not in a group that may read",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "no session with this key",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public SessionView session(
      @Parameter(description = "the session's business key: <BODY>-<YEAR>-S<N>", example = "CA-2021-S2")
      @PathVariable String key) {
    return reader.find(key).orElseThrow(() -> new NotFoundException("No session " + key));
  }
}
