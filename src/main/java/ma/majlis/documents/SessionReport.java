package ma.majlis.documents;

import ma.majlis.board.AttendanceStatus;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What a session recorded, as the documents (minutes, press releases) need it. Plain data: the processes fill it
 * from their variables and tables, the templates read it; no Camunda type here.
 *
 * <p>Free texts (summaries, debates, resolution texts, remarks) are shown as the secretariat wrote them. Names that
 * appear in documents of both languages (body, institution, chair, committee) are {@link Wording}s.
 *
 * @param sessionKey business key, e.g. {@code CA-2021-S2}
 * @param bodyName e.g. "Conseil d'administration" / "المجلس الإداري"
 * @param institutionName e.g. "l'Entraide Nationale" / "مؤسسة التعاون الوطني" (the French wording with its article)
 * @param sessionKind {@code ORDINARY} or {@code EXTRAORDINARY}
 * @param number the session's number in its body and year (2 for {@code CA-2021-S2})
 * @param plannedStart local date and time of the session (Morocco)
 * @param format {@code IN_PERSON}, {@code REMOTE} or {@code HYBRID}
 * @param healthMeasures the measures in force, null when none
 * @param chairName e.g. "Mme Aawatif Hayar" / "السيدة عواطف حيار"
 * @param chairTitle the chair's office, null when none
 * @param attendance one entry per voting member
 * @param advisoryAttendees people who attend with an advisory voice (the state controller), with their role
 * @param openingSummary summary of the chair's opening address, null when none
 * @param closedAt when the chair closed the session, null before
 * @param followUps the agenda's {@code FOLLOW_UP} items with their tables, in agenda order
 */
public record SessionReport(String sessionKey, Wording bodyName, Wording institutionName, String sessionKind,
                            int number, int year, LocalDateTime plannedStart, String venue, String format,
                            String healthMeasures, Wording chairName, Wording chairTitle, List<Attendee> attendance,
                            List<AdvisoryAttendee> advisoryAttendees, Quorum quorum, String openingSummary,
                            List<Presentation> presentations, List<Item> items, LocalDateTime closedAt,
                            String closingRemarks, List<FollowUpTable> followUps) {

  /** A session without a follow-up item. */
  public SessionReport(String sessionKey, Wording bodyName, Wording institutionName, String sessionKind,
                       int number, int year, LocalDateTime plannedStart, String venue, String format,
                       String healthMeasures, Wording chairName, Wording chairTitle, List<Attendee> attendance,
                       List<AdvisoryAttendee> advisoryAttendees, Quorum quorum, String openingSummary,
                       List<Presentation> presentations, List<Item> items, LocalDateTime closedAt,
                       String closingRemarks) {
    this(sessionKey, bodyName, institutionName, sessionKind, number, year, plannedStart, venue, format, healthMeasures,
        chairName, chairTitle, attendance, advisoryAttendees, quorum, openingSummary, presentations, items, closedAt,
        closingRemarks, List.of());
  }

  public SessionReport {
    Objects.requireNonNull(sessionKey, "sessionKey");
    Objects.requireNonNull(bodyName, "bodyName");
    Objects.requireNonNull(institutionName, "institutionName");
    Objects.requireNonNull(plannedStart, "plannedStart");
    Objects.requireNonNull(chairName, "chairName");
    attendance = attendance == null ? List.of() : List.copyOf(attendance);
    advisoryAttendees = advisoryAttendees == null ? List.of() : List.copyOf(advisoryAttendees);
    presentations = presentations == null ? List.of() : List.copyOf(presentations);
    items = items == null ? List.of() : List.copyOf(items);
    followUps = followUps == null ? List.of() : List.copyOf(followUps);
  }

  /** A {@code FOLLOW_UP} agenda item: the body's follow-ups not done when the agenda was approved (no vote). */
  public record FollowUpTable(int index, String title, List<FollowUpRow> rows) {
    public FollowUpTable {
      rows = rows == null ? List.of() : List.copyOf(rows);
    }
  }

  /**
   * One follow-up of the table.
   *
   * @param status {@code OPEN}, {@code IN_PROGRESS} or {@code OVERDUE}
   * @param lastReport the owner's last progress report, null when none
   */
  public record FollowUpRow(String resolutionNumber, String owner, java.time.LocalDate dueDate, String status,
                            String lastReport) { }

  /**
   * A voting member and how they took part.
   *
   * @param proxyHolder display name of the member who held the proxy, for {@code REPRESENTED}; null otherwise
   */
  public record Attendee(String memberId, String displayName, AttendanceStatus status, String proxyHolder) {
    public Attendee {
      Objects.requireNonNull(displayName, "displayName");
      Objects.requireNonNull(status, "status");
    }
  }

  /** Someone who attends with an advisory voice and never votes (board rule 6). */
  public record AdvisoryAttendee(String displayName, String role, String remarks) {
    public AdvisoryAttendee(String displayName, String role) {
      this(displayName, role, null);
    }
  }

  /**
   * The quorum at the opening (board rule 3).
   *
   * @param required present or represented members needed (0 at a second convocation)
   * @param convocationRound 1, or 2 for a second convocation
   */
  public record Quorum(int votingMembers, int present, int represented, int required, boolean reached,
                       int convocationRound) {

    /** Present plus represented. */
    public int counted() {
      return present + represented;
    }
  }

  /** A presentation followed by the members, with their remarks and questions. */
  public record Presentation(String title, String summary, String remarks) { }

  /**
   * An agenda item that was deliberated.
   *
   * @param subject {@code ACTION_PLAN}, {@code BUDGET}, {@code COMMITTEE}, {@code MINUTES_APPROVAL} or {@code OTHER}
   * @param subjectName the name of what is decided when the documents name it in both languages (a committee's
   *     name: "Convergence, Qualité et Innovation" / "الالتقائية والجودة والابتكار"); null otherwise
   * @param subjectYear the year an action plan or a budget is for (2022); null otherwise
   * @param resolution null when the item was deferred without a vote
   */
  public record Item(int index, String title, String subject, Wording subjectName, Integer subjectYear,
                     String debateSummary, Resolution resolution, List<String> departures, List<String> arrivals,
                     String controllerOpinion, String controllerOpinionText) {

    public Item {
      departures = departures == null ? List.of() : List.copyOf(departures);
      arrivals = arrivals == null ? List.of() : List.copyOf(arrivals);
    }

    public Item(int index, String title, String subject, Wording subjectName, Integer subjectYear,
                String debateSummary, Resolution resolution) {
      this(index, title, subject, subjectName, subjectYear, debateSummary, resolution, null, null, null, null);
    }

    public boolean adopted() {
      return resolution != null && resolution.adopted();
    }
  }

  /**
   * A registered resolution (board rule 8).
   *
   * @param recusals display names of the members recused on the item (board rule 4)
   * @param castingVote the chair's deciding vote on a tie, {@code FOR} or {@code AGAINST}; null when there was no tie
   * @param outcome {@code ADOPTED} or {@code REJECTED}
   */
  public record Resolution(String number, String finalText, int votesFor, int votesAgainst, int votesAbstain,
                           List<String> recusals, String castingVote, String outcome, String voteMode,
                           List<RollCallVote> rollCall, String corrects, String supersededBy) {

    public Resolution {
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(outcome, "outcome");
      recusals = recusals == null ? List.of() : List.copyOf(recusals);
      rollCall = rollCall == null ? List.of() : List.copyOf(rollCall);
    }

    public Resolution(String number, String finalText, int votesFor, int votesAgainst, int votesAbstain,
                      List<String> recusals, String castingVote, String outcome) {
      this(number, finalText, votesFor, votesAgainst, votesAbstain, recusals, castingVote, outcome, null, null, null,
          null);
    }

    public boolean secret() {
      return "SECRET".equals(voteMode);
    }

    public boolean adopted() {
      return "ADOPTED".equals(outcome);
    }
  }

  /**
   * A roll-call vote, printed by name in the minutes (never for a secret ballot).
   *
   * @param onBehalfOf display name of the represented member when the vote was cast under a proxy; null otherwise
   */
  public record RollCallVote(String voter, String onBehalfOf, String vote) { }

  /** The items adopted, in agenda order: what a press release announces. */
  public List<Item> adoptedItems() {
    return items.stream().filter(Item::adopted).toList();
  }

  public List<Attendee> attendeesWith(AttendanceStatus status) {
    return attendance.stream().filter(a -> a.status() == status).toList();
  }
}
