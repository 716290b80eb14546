package ma.majlis.api;

import java.time.LocalDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A session as a line of the sessions' list: what it is, where it stands, its resolutions and documents. */
@Schema(name = "SessionSummary")
public record SessionSummary(
    @Schema(description = "business key", example = "CA-2021-S2") String key,
    @Schema(description = "the body that holds the session", example = "CA") String body,
    @Schema(example = "2021") int year,
    @Schema(example = "2") int number,
    @Schema(description = "ORDINARY or EXTRAORDINARY") String kind,
    @Schema(description = "REQUESTED, CONVENED, CONVENED_AGAIN, OPEN, CLOSED, MINUTES_SIGNED or MINUTES_APPROVED",
        example = "MINUTES_SIGNED") String status,
    @Schema(example = "2021-12-24T10:00:00") LocalDateTime plannedStart,
    String venue,
    @Schema(description = "the board-session process instance while it runs (Cockpit: #/process-instance/{id}); "
        + "null once the session's process has ended") String runningInstanceId,
    @Schema(description = "how many resolutions the session registered", example = "3") int resolutionCount,
    @Schema(description = "the session's resolutions, in order of registration") List<ResolutionSummary> resolutions,
    @Schema(description = "the session's documents (minutes, press releases ...)") List<DocumentLink> documents,
    @Schema(example = "/api/sessions/CA-2021-S2") String href) {
}
