package ma.majlis.api;

import java.util.Arrays;
import java.util.regex.Pattern;

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

import ma.majlis.deliberation.ResolutionRegister;
import ma.majlis.agenda.Agenda;
import ma.majlis.board.Bodies;

/**
 * The resolution register: {@code GET /api/resolutions} (filtered, paged), {@code GET /api/resolutions/{number}} and
 * {@code GET /api/resolutions/verification?body=} (the body's hash chain recomputed).
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Resolutions", description = "The register of resolutions (standing rule 8) and what follows from them")
public class ResolutionsController {

  public static final int DEFAULT_SIZE = Parameters.DEFAULT_SIZE;
  public static final int MAX_SIZE = Parameters.MAX_SIZE;

  private static final Pattern BODY = Pattern.compile("[A-Z]{2,8}");
  private static final Pattern SESSION = Pattern.compile("[A-Z]{2,8}-\\d{4}-S\\d{1,4}");
  private static final String[] OUTCOMES = {"ADOPTED", "REJECTED"};

  private final ResolutionReader reader;
  private final ResolutionRegister register;
  private final Bodies bodies;

  public ResolutionsController(ResolutionReader reader, ResolutionRegister register, Bodies bodies) {
    this.reader = reader;
    this.register = register;
    this.bodies = bodies;
  }

  @GetMapping("/resolutions")
  @Operation(summary = "The resolution register",
      description = "Resolutions in order of registration, filtered by body, year, session, outcome and subject "
          + "(all optional, combined with AND), one page at a time.")
  @ApiResponse(responseCode = "200", description = "one page of the register")
  @ApiResponse(responseCode = "400", description = "a malformed filter or page; the message names the parameter",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public PageView<ResolutionSummary> register(
      @Parameter(description = "the body's code: CA (the board) or a committee's code", example = "CA")
      @RequestParam(required = false) String body,
      @Parameter(description = "the session's year, 2000 to 2100", example = "2021")
      @RequestParam(required = false) Integer year,
      @Parameter(description = "the session's business key", example = "CA-2021-S2")
      @RequestParam(required = false) String session,
      @Parameter(description = "ADOPTED or REJECTED") @RequestParam(required = false) String outcome,
      @Parameter(description = "ACTION_PLAN, BUDGET, COMMITTEE, MINUTES_APPROVAL, OTHER or CORRECTION")
      @RequestParam(required = false) String subject,
      @Parameter(description = "the page, from 0") @RequestParam(defaultValue = "0") int page,
      @Parameter(description = "items per page, 1 to " + MAX_SIZE) @RequestParam(defaultValue = "" + DEFAULT_SIZE)
      int size) {
    Parameters.body(body);
    Parameters.year(year);
    if (session != null && !SESSION.matcher(session).matches()) {
      throw new InvalidParameterException("session", "error.api.sessionKey", "'" + session + "'");
    }
    if (outcome != null && Arrays.stream(OUTCOMES).noneMatch(outcome::equals)) {
      throw new InvalidParameterException("outcome", "error.input.oneOf", Arrays.toString(OUTCOMES),
          "'" + outcome + "'");
    }
    if (subject != null && Arrays.stream(Agenda.Subject.values()).noneMatch(s -> s.name().equals(subject))) {
      throw new InvalidParameterException("subject", "error.input.oneOf",
          Arrays.toString(Agenda.Subject.values()), "'" + subject + "'");
    }
    Parameters.page(page, size);
    return reader.page(new ResolutionRegister.Filter(body, year, session, outcome, subject), page, size);
  }

  @GetMapping("/resolutions/verification")
  @Operation(summary = "Check that a body's register was not tampered with",
      description = "Recomputes the body's hash chain: each resolution carries a SHA-256 hash of its content and of "
          + "the previous resolution's hash, computed when it was registered. valid is false when a registered "
          + "resolution was changed, deleted or slipped in behind the application's back (the database itself "
          + "refuses such changes; this shows one made around it, e.g. by restoring an altered backup); firstBroken "
          + "is then the first resolution that does not fit. Linking a correction (supersededBy) is not a change.")
  @ApiResponse(responseCode = "200", description = "the result of the check")
  @ApiResponse(responseCode = "400", description = "no body, or not a known body's code",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public RegisterVerification verification(
      @Parameter(description = "the body's code: CA (the board) or a committee's code", example = "CA",
          required = true)
      @RequestParam(required = false) String body) {
    if (body == null || body.isBlank()) {
      throw new InvalidParameterException("body", "error.api.registerBodyRequired");
    }
    if (!BODY.matcher(body).matches()) {
      throw new InvalidParameterException("body", "error.api.bodyCode", "'" + body + "'");
    }
    if (bodies.find(body).isEmpty()) {
      throw new InvalidParameterException("body", "error.api.noBody", "'" + body + "'");
    }
    return RegisterVerification.of(register.verify(body));
  }

  @GetMapping("/resolutions/{number}")
  @Operation(summary = "A resolution and its follow-up",
      description = "The resolution as registered (final text, tally, recusals, casting vote, outcome, corrections) "
          + "and the state of what follows from it: the budget's approval by the Ministry of Finance (executory or "
          + "not), the committee it created, the follow-up's owner, due date and progress. A block is null when it "
          + "does not apply or has not started.")
  @ApiResponse(responseCode = "200", description = "the resolution")
  @ApiResponse(responseCode = "404", description = "no resolution with this number",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public ResolutionView resolution(
      @Parameter(description = "the resolution's number: <session key>-R<NN>", example = "CA-2021-S2-R02")
      @PathVariable String number) {
    return reader.find(number).orElseThrow(() -> new NotFoundException("error.api.noResolution", number));
  }
}
