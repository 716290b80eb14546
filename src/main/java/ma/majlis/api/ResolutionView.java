package ma.majlis.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One resolution of the register, with the state of what follows from it. */
@Schema(name = "Resolution")
public record ResolutionView(
    @Schema(example = "CA-2021-S2-R02") String number,
    @Schema(example = "CA-2021-S2") String sessionKey,
    int itemIndex,
    @Schema(description = "1, or more when the item was amended and voted again") int voteRound,
    String itemTitle,
    @Schema(description = "ACTION_PLAN, BUDGET, COMMITTEE, MINUTES_APPROVAL, OTHER or CORRECTION") String subject,
    @Schema(description = "the final text put to the vote") String finalText,
    @Schema(description = "TALLY, ROLL_CALL or SECRET (a secret ballot: the count without names)") String voteMode,
    int votesFor, int votesAgainst, int votesAbstain,
    @Schema(description = "members who declared a conflict of interest and took no part") List<String> recusals,
    @Schema(description = "FOR or AGAINST when the chair's casting vote decided a tie") String castingVote,
    @Schema(description = "ADOPTED or REJECTED") String outcome,
    Instant registeredAt,
    @Schema(description = "the resolution that corrects this one, if any") String supersededBy,
    @Schema(description = "the resolution this one corrects, if any") String supersedes,
    @Schema(example = "/api/sessions/CA-2021-S2") String session,
    @Schema(description = "for an adopted budget: its approval by the Ministry of Finance") BudgetView budget,
    @Schema(description = "for a committee's creation: the committee, once set up") CommitteeView committee,
    @Schema(description = "the follow-up of an adopted resolution, once assigned") FollowUpView followUp) {

  @Schema(name = "Budget")
  public record BudgetView(
      @Schema(description = "SUBMITTED (adopted, pending approval), EXECUTORY or CHANGES_REQUESTED") String status,
      @Schema(description = "true once the Ministry of Finance approved it") boolean executory,
      Instant submittedAt, Instant decidedAt,
      @Schema(description = "the ministry's remarks when it requested changes") String remarks) {
  }

  @Schema(name = "Committee")
  public record CommitteeView(@Schema(example = "CQI") String code, String name, String mandate,
                              @Schema(description = "user id of the committee's chair") String chair,
                              String rapporteur,
                              @Schema(description = "MONTHLY, QUARTERLY or YEARLY") String reportingRhythm,
                              Instant createdAt,
                              @Schema(description = "the Camunda group of its members", example = "committee-cqi")
                              String group) {
  }

  @Schema(name = "FollowUp")
  public record FollowUpView(@Schema(description = "user id of who carries it out") String owner,
                             LocalDate dueDate, List<String> actions,
                             @Schema(description = "OPEN, IN_PROGRESS, OVERDUE or DONE") String status,
                             String lastReport, Instant doneAt) {
  }
}
