package ma.majlis.api;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

import ma.majlis.deliberation.Resolution;

/** A resolution as a line of the register: number, item, outcome and tally. */
@Schema(name = "ResolutionSummary")
public record ResolutionSummary(
    @Schema(example = "CA-2021-S2-R03") String number,
    @Schema(example = "CA-2021-S2") String sessionKey,
    int itemIndex,
    String itemTitle,
    @Schema(description = "ACTION_PLAN, BUDGET, COMMITTEE, MINUTES_APPROVAL, OTHER or CORRECTION") String subject,
    @Schema(description = "ADOPTED or REJECTED") String outcome,
    int votesFor, int votesAgainst, int votesAbstain,
    Instant registeredAt,
    @Schema(description = "the resolution that corrects this one, if any") String supersededBy,
    @Schema(example = "/api/resolutions/CA-2021-S2-R03") String href) {

  static ResolutionSummary of(Resolution r) {
    return new ResolutionSummary(r.number(), r.sessionKey(), r.itemIndex(), r.itemTitle(), r.subject(), r.outcome(),
        r.votesFor(), r.votesAgainst(), r.votesAbstain(), r.registeredAt(), r.supersededBy(),
        "/api/resolutions/" + r.number());
  }
}
