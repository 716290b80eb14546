package ma.majlis.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ma.majlis.followup.FollowUpStatus;

/**
 * The follow-ups of the resolutions (rule 10): {@code GET /api/follow-ups?body=CA&status=OPEN|OVERDUE|DONE}, from
 * table {@code follow_up}, paged like the register; the same readers.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Follow-ups", description = "Who carries out each adopted resolution, by when, and how far it has got")
public class FollowUpsController {

  private final JdbcTemplate jdbc;

  public FollowUpsController(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** One follow-up. */
  @Schema(name = "FollowUp")
  public record FollowUpView(
      @Schema(example = "CA-2021-S2-R01") String resolutionNumber,
      @Schema(example = "CA-2021-S2") String sessionKey,
      @Schema(description = "the owner's user id", example = "director") String owner,
      LocalDate dueDate,
      @Schema(description = "OPEN, IN_PROGRESS (a progress report came), OVERDUE (the due date passed) or DONE")
      String status,
      @Schema(description = "the actions, as assigned (Json array of strings)") List<String> actions,
      @Schema(description = "the owner's last progress report, null before the first") String lastReport,
      @Schema(example = "/api/resolutions/CA-2021-S2-R01") String resolution) {
  }

  @GetMapping("/follow-ups")
  @Operation(summary = "The follow-ups of the resolutions",
      description = "The follow-ups of a body's adopted resolutions, by due date, filtered by status (one or more, "
          + "comma-separated or repeated; OPEN includes IN_PROGRESS, the follow-ups not done whose due date has not "
          + "passed), one page at a time.")
  @ApiResponse(responseCode = "200", description = "one page of the follow-ups")
  @ApiResponse(responseCode = "400", description = "a malformed filter or page; the message names the parameter",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public PageView<FollowUpView> followUps(
      @Parameter(description = "the body's code: CA (the board) or a committee's code", example = "CA")
      @RequestParam(required = false) String body,
      @Parameter(description = "OPEN, IN_PROGRESS, OVERDUE or DONE") @RequestParam(required = false) List<String> status,
      @Parameter(description = "the page, from 0") @RequestParam(defaultValue = "0") int page,
      @Parameter(description = "items per page, 1 to " + Parameters.MAX_SIZE)
      @RequestParam(defaultValue = "" + Parameters.DEFAULT_SIZE) int size) {
    Parameters.body(body);
    Set<String> statuses = statuses(status);
    Parameters.page(page, size);
    List<Object> args = new ArrayList<>();
    List<String> conditions = new ArrayList<>();
    if (body != null) {
      conditions.add("resolution_number like ?");
      args.add(body + "-%");
    }
    if (!statuses.isEmpty()) {
      conditions.add("status in (" + String.join(", ", statuses.stream().map(s -> "?").toList()) + ")");
      args.addAll(statuses);
    }
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    Long total = jdbc.queryForObject("select count(*) from follow_up" + where, Long.class, args.toArray());
    List<Object> pageArgs = new ArrayList<>(args);
    pageArgs.add(size);
    pageArgs.add((long) page * size);
    List<FollowUpView> items = jdbc.query("select * from follow_up" + where
        + " order by due_date, resolution_number limit ? offset ?", (rs, i) -> {
          String number = rs.getString("resolution_number");
          return new FollowUpView(number, number.contains("-R") ? number.substring(0, number.lastIndexOf("-R")) : null,
              rs.getString("owner"), rs.getDate("due_date").toLocalDate(), rs.getString("status"),
              actions(rs.getString("actions")), rs.getString("last_report"), "/api/resolutions/" + number);
        }, pageArgs.toArray());
    return new PageView<>(items, page, size, total == null ? 0 : total);
  }

  /** The statuses asked for; OPEN also means IN_PROGRESS. */
  static Set<String> statuses(List<String> given) {
    Set<String> statuses = new LinkedHashSet<>();
    if (given == null) {
      return statuses;
    }
    for (String part : given) {
      for (String value : part.split(",")) {
        String s = value.trim();
        if (Arrays.stream(FollowUpStatus.values()).noneMatch(v -> v.name().equals(s))) {
          throw new InvalidParameterException("status", "error.input.oneOf",
              Arrays.toString(FollowUpStatus.values()), "'" + s + "'");
        }
        statuses.add(s);
        if (FollowUpStatus.OPEN.name().equals(s)) {
          statuses.add(FollowUpStatus.IN_PROGRESS.name());
        }
      }
    }
    return statuses;
  }

  private static List<String> actions(String json) {
    List<String> actions = new ArrayList<>();
    try {
      org.camunda.spin.Spin.JSON(json).elements().forEach(a -> actions.add(a.isString() ? a.stringValue()
          : a.toString()));
    } catch (RuntimeException e) {
      actions.add(json);
    }
    return actions;
  }
}
