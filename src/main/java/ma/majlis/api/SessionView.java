package ma.majlis.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A session as the read API shows it: what it is, where it stands, and what it recorded. */
@Schema(name = "Session")
public record SessionView(
    @Schema(description = "business key", example = "CA-2021-S2") String key,
    @Schema(description = "the body that holds the session", example = "CA") String body,
    @Schema(example = "2021") int year,
    @Schema(example = "2") int number,
    @Schema(description = "ORDINARY or EXTRAORDINARY") String kind,
    @Schema(description = "REQUESTED, CONVENED, CONVENED_AGAIN, OPEN, CLOSED, MINUTES_SIGNED or MINUTES_APPROVED",
        example = "CLOSED") String status,
    @Schema(example = "2021-12-24T10:00:00") LocalDateTime plannedStart,
    String venue,
    @Schema(description = "IN_PERSON, REMOTE or HYBRID") String format,
    String healthMeasures,
    @Schema(description = "TALLY, ROLL_CALL or SECRET (a secret ballot: the count without names)") String voteMode,
    @Schema(description = "1, or 2 after a second convocation") int convocationRound,
    @Schema(description = "the chair's reason for a shorter notice, when waived") String noticeWaiverReason,
    @Schema(description = "the board-session process instance (Cockpit)") String processInstanceId,
    @Schema(description = "the agenda items, in order") List<AgendaItemView> agenda,
    @Schema(description = "the attendance recorded on the day, null before") AttendanceView attendance,
    @Schema(description = "the quorum checked at the opening, null before") QuorumView quorum,
    String openingSummary,
    LocalDateTime closedAt,
    String closingRemarks,
    @Schema(description = "the session's resolutions, in order of registration") List<ResolutionSummary> resolutions,
    @Schema(description = "the session's documents (minutes, press releases ...)") List<DocumentLink> documents) {

  @Schema(name = "AgendaItem")
  public record AgendaItemView(
      @Schema(example = "3") Integer itemIndex,
      String title,
      @Schema(description = "ADDRESS, PRESENTATION or DELIBERATION") String kind,
      @Schema(description = "for a deliberation: ACTION_PLAN, BUDGET, COMMITTEE, MINUTES_APPROVAL, OTHER or CORRECTION") String subject,
      String rapporteur,
      @Schema(description = "a deliberation's dossier, once prepared") DossierView dossier,
      @Schema(description = "a presentation's approved version, once approved") PresentationView presentation) {
  }

  @Schema(name = "Dossier")
  public record DossierView(String draftResolution, String documentRef,
                            @Schema(description = "FAVOURABLE, RESERVED or UNFAVOURABLE (budget items)") String controllerOpinion,
                            String controllerOpinionText) {
  }

  @Schema(name = "Presentation")
  public record PresentationView(String title, String summary, List<String> keyPoints, String documentRef,
                                 int durationMinutes, int version, String approvedBy, Instant approvedAt,
                                 String sessionRemarks) {
  }

  @Schema(name = "Attendance")
  public record AttendanceView(
      @Schema(description = "the convocation round the attendance belongs to") int round,
      Integer present, Integer represented, List<AttendeeView> members) {
  }

  @Schema(name = "Attendee")
  public record AttendeeView(String memberId,
                             @Schema(description = "PRESENT, ABSENT or REPRESENTED") String status,
                             @Schema(description = "the member holding the proxy, when REPRESENTED") String proxyHolder) {
  }

  @Schema(name = "Quorum")
  public record QuorumView(@Schema(description = "members present or represented needed") Integer required,
                           Boolean reached) {
  }
}
