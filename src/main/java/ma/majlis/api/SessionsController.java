package ma.majlis.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ma.majlis.board.SessionRegistry;
import ma.majlis.board.SessionStatus;

/**
 * The sessions: {@code GET /api/sessions} (filtered, paged, the latest planned first, running and finished alike) and
 * {@code GET /api/sessions/{key}} (one session, as it stands).
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Sessions", description = "The sessions of the board and of its committees")
public class SessionsController {

  private final SessionReader reader;

  public SessionsController(SessionReader reader) {
    this.reader = reader;
  }

  @GetMapping("/sessions")
  @Operation(summary = "The sessions",
      description = "The sessions of the board and of its committees, running and finished, the latest planned first, "
          + "filtered by body, year and status (all optional, combined with AND), one page at a time. Each session "
          + "comes with its resolutions and documents, and the id of its process instance while it runs (null once "
          + "it has ended).")
  @ApiResponse(responseCode = "200", description = "one page of the sessions")
  @ApiResponse(responseCode = "400", description = "a malformed filter or page; the message names the parameter",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public PageView<SessionSummary> sessions(
      @Parameter(description = "the body's code: CA (the board) or a committee's code", example = "CA")
      @RequestParam(required = false) String body,
      @Parameter(description = "the session's year (of its business key), 2000 to 2100", example = "2022")
      @RequestParam(required = false) Integer year,
      @Parameter(description = "one or more statuses, comma-separated or repeated: "
          + "REQUESTED, CONVENED, CONVENED_AGAIN, OPEN, CLOSED, MINUTES_SIGNED, MINUTES_APPROVED",
          example = "CLOSED,MINUTES_SIGNED,MINUTES_APPROVED")
      @RequestParam(required = false) List<String> status,
      @Parameter(description = "the page, from 0") @RequestParam(defaultValue = "0") int page,
      @Parameter(description = "items per page, 1 to " + Parameters.MAX_SIZE)
      @RequestParam(defaultValue = "" + Parameters.DEFAULT_SIZE) int size) {
    Parameters.body(body);
    Parameters.year(year);
    List<SessionStatus> statuses = new ArrayList<>();
    for (String value : status == null ? List.<String>of() : status) {
      statuses.add(Arrays.stream(SessionStatus.values()).filter(s -> s.name().equals(value.strip())).findFirst()
          .orElseThrow(() -> new InvalidParameterException("status", "error.input.oneOf",
              Arrays.toString(SessionStatus.values()), "'" + value + "'")));
    }
    Parameters.page(page, size);
    return reader.page(new SessionRegistry.Filter(body, year, statuses), page, size);
  }

  @GetMapping("/sessions/{key}")
  @Operation(summary = "A session",
      description = "The session with its status, agenda (with each deliberation's dossier and each approved "
          + "presentation), the attendance and quorum of the day, the opening and the close, its resolutions and its "
          + "documents. Fields the session has not reached yet are null (attendance, quorum, closedAt ...).")
  @ApiResponse(responseCode = "200", description = "the session")
  @ApiResponse(responseCode = "404", description = "no session with this key",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public SessionView session(
      @Parameter(description = "the session's business key: <BODY>-<YEAR>-S<N>", example = "CA-2021-S2")
      @PathVariable String key) {
    return reader.find(key).orElseThrow(() -> new NotFoundException("error.api.noSession", key));
  }
}
