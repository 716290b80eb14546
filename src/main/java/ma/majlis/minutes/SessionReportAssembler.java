package ma.majlis.minutes;

import ma.majlis.board.SessionRecords;
import ma.majlis.agenda.Agenda;
import ma.majlis.board.SessionRecord;
import ma.majlis.board.SessionRegistry;
import ma.majlis.board.Body;
import ma.majlis.board.Bodies;
import ma.majlis.board.SessionChair;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import ma.majlis.deliberation.DeferredItems;
import ma.majlis.deliberation.ItemRecords;
import ma.majlis.deliberation.Resolution;
import ma.majlis.deliberation.ResolutionRegister;
import ma.majlis.documents.SessionReport;
import ma.majlis.documents.SessionReport.AdvisoryAttendee;
import ma.majlis.documents.SessionReport.Attendee;
import ma.majlis.documents.SessionReport.Item;
import ma.majlis.documents.SessionReport.Presentation;
import ma.majlis.documents.SessionReport.Quorum;
import ma.majlis.documents.Wording;
import ma.majlis.identity.Groups;
import ma.majlis.platform.Inputs;
import ma.majlis.platform.WithoutAuthorization;
import ma.majlis.presentation.PresentationService;

import static org.camunda.spin.Spin.JSON;

/**
 * What a session recorded, gathered for its documents (minutes, press releases): the session's row, the attendance
 * of the day and its quorum, the approved presentations with the members' remarks, each deliberated item with its
 * debate and its registered resolution(s), the deferred items, the close. Names come from Camunda's users; the
 * institution's and the board's names, in French and Arabic, from {@code majlis.institution.*}.
 *
 * <p>Everything comes from Majlis's tables (the debates from {@code item_debate}, the chair from the session's row):
 * the engine's history is not read, so its cleanup changes no document.
 */
@Service
public class SessionReportAssembler {

  private static final Pattern YEAR = Pattern.compile("\\b(20\\d\\d)\\b");

  private final SessionRegistry sessions;
  private final SessionRecords records;
  private final Bodies bodies;
  private final ResolutionRegister resolutions;
  private final DeferredItems deferredItems;
  private final PresentationService presentations;
  private final IdentityService identity;
  private final SessionChair chairs;
  private final ItemRecords itemRecords;
  private final FollowUpItems followUpItems;
  private ma.majlis.deliberation.VoteBook voteBook;
  private final Wording institution;
  private final Wording board;
  private final Wording chairTitle;

  public SessionReportAssembler(SessionRegistry sessions, SessionRecords records, Bodies bodies,
                                ResolutionRegister resolutions, DeferredItems deferredItems,
                                PresentationService presentations, IdentityService identity, SessionChair chairs,
                                ItemRecords itemRecords, FollowUpItems followUpItems,
                                @Value("${majlis.institution.name-fr:l'Entraide Nationale}") String institutionFr,
                                @Value("${majlis.institution.name-ar:مؤسسة التعاون الوطني}") String institutionAr,
                                @Value("${majlis.institution.board-name-fr:Conseil d'administration}") String boardFr,
                                @Value("${majlis.institution.board-name-ar:المجلس الإداري}") String boardAr,
                                @Value("${majlis.institution.chair-title-fr:}") String chairTitleFr,
                                @Value("${majlis.institution.chair-title-ar:}") String chairTitleAr) {
    this.sessions = sessions;
    this.records = records;
    this.bodies = bodies;
    this.resolutions = resolutions;
    this.deferredItems = deferredItems;
    this.presentations = presentations;
    this.identity = identity;
    this.chairs = chairs;
    this.itemRecords = itemRecords;
    this.followUpItems = followUpItems;
    this.institution = new Wording(institutionFr, institutionAr);
    this.board = new Wording(boardFr, boardAr);
    this.chairTitle = blank(chairTitleFr) && blank(chairTitleAr) ? null : new Wording(chairTitleFr, chairTitleAr);
  }

  /** The roll-call votes, printed by name in the minutes (set by Spring; absent, the minutes print none). */
  @org.springframework.beans.factory.annotation.Autowired(required = false)
  void setVoteBook(ma.majlis.deliberation.VoteBook voteBook) {
    this.voteBook = voteBook;
  }

  /**
   * The report of a session, from Majlis's tables only: the chair recorded when the session was convened, the
   * attendance, the registered resolutions and the debates.
   *
   * @throws IllegalStateException when the session is not registered
   */
  public SessionReport report(String sessionKey) {
    SessionRecord session = sessions.find(sessionKey)
        .orElseThrow(() -> new IllegalStateException("Session " + sessionKey + " is not registered (board_session)"));
    Map<String, Object> row = records.row(sessionKey);
    int round = intOr(row.get("convocation_round"), 1);
    boolean board = "CA".equals(session.bodyCode());
    String chair = chairs.of(sessionKey).orElse(null);
    Map<String, String> names = new HashMap<>();

    List<SessionRecords.Attendance> recorded = new ArrayList<>(records.attendance(sessionKey, round));
    recorded.sort(Comparator.comparing((SessionRecords.Attendance a) -> !a.memberId().equals(chair))
        .thenComparing(SessionRecords.Attendance::memberId));
    boolean controllerPresent = Boolean.TRUE.equals(row.get("controller_present"));
    List<String> controllers = controllerPresent
        ? WithoutAuthorization.membersOf(identity, Groups.STATE_CONTROLLER) : List.of();
    // the names of the day's people in one query (the voters, movers and owners below are among them)
    List<String> people = new ArrayList<>(controllers);
    people.add(chair);
    recorded.forEach(a -> {
      people.add(a.memberId());
      people.add(a.proxyHolder());
    });
    names.putAll(WithoutAuthorization.displayNames(identity, people));
    List<Attendee> attendance = new ArrayList<>();
    for (SessionRecords.Attendance a : recorded) {
      attendance.add(new Attendee(a.memberId(), name(a.memberId(), names), a.status(),
          a.proxyHolder() == null ? null : name(a.proxyHolder(), names)));
    }
    // the state controller as the attendance recorded him: present or not, and his remarks (issue #15)
    List<AdvisoryAttendee> advisory = new ArrayList<>();
    if (controllerPresent) {
      String remarks = (String) row.get("controller_remarks");
      for (String controller : controllers) {
        advisory.add(new AdvisoryAttendee(name(controller, names), "contrôleur d'État", remarks));
      }
    }
    Quorum quorum = row.get("present_count") == null ? null : new Quorum(attendance.size(),
        intOr(row.get("present_count"), 0), intOr(row.get("represented_count"), 0),
        intOr(row.get("quorum_required"), 0), Boolean.TRUE.equals(row.get("quorum_reached")), round);

    List<Presentation> shown = presentations.findApproved(sessionKey).stream()
        .map(p -> new Presentation(p.title(), p.summary(), p.sessionRemarks())).toList();

    Wording bodyName = board ? this.board
        : Wording.of(bodies.find(session.bodyCode()).map(Body::name).orElse(session.bodyCode()));
    return new SessionReport(sessionKey, bodyName, institution, session.kind(), session.number(), session.year(),
        session.plannedStart(), session.venue(), session.format(), session.healthMeasures(),
        Wording.of(chair == null ? "—" : name(chair, names)), board ? chairTitle : null, attendance, advisory, quorum,
        (String) row.get("opening_summary"), shown, items(session, names), dateTime(row.get("closed_at")),
        (String) row.get("closing_remarks"), followUps(sessionKey, names));
  }

  /** The FOLLOW_UP items of the approved agenda, each with its table as recorded with the approval. */
  private List<SessionReport.FollowUpTable> followUps(String sessionKey, Map<String, String> names) {
    List<FollowUpItems.Row> rows = followUpItems.of(sessionKey);
    List<SessionReport.FollowUpTable> tables = new ArrayList<>();
    for (SessionRecords.AgendaItem item : records.agenda(sessionKey)) {
      if (Agenda.ItemKind.FOLLOW_UP.name().equals(item.kind())) {
        tables.add(new SessionReport.FollowUpTable(item.itemIndex(), item.title(), rows.stream()
            .filter(r -> r.itemIndex() == item.itemIndex())
            .map(r -> new SessionReport.FollowUpRow(r.resolutionNumber(), name(r.owner(), names), r.dueDate(),
                r.status(), r.lastReport())).toList()));
      }
    }
    return tables;
  }

  /** Each deliberated item in agenda order: one entry per registered resolution (a revote is a second one). */
  private List<Item> items(SessionRecord session, Map<String, String> names) {
    String key = session.businessKey();
    Map<Integer, String> debates = new HashMap<>();
    itemRecords.lastDebateSummaries(key).forEach((index, summary) -> {
      if (summary != null && !summary.isBlank()) {
        debates.put(index, summary.strip());
      }
    });
    Map<Integer, SessionRecords.Dossier> dossiers = new HashMap<>();
    records.dossiers(key).forEach(d -> dossiers.put(d.itemIndex(), d));
    List<Item> items = new ArrayList<>();
    List<Resolution> registered = new ArrayList<>(resolutions.forSession(key));
    registered.sort(Comparator.comparingInt(Resolution::itemIndex).thenComparingInt(Resolution::voteRound));
    Map<Integer, List<ma.majlis.deliberation.Electorate.Movement>> movements = itemRecords.movements(key);
    Map<String, String> corrected = new HashMap<>();
    for (Resolution r : registered) {
      SessionRecords.Dossier dossier = dossiers.get(r.itemIndex());
      List<SessionReport.RollCallVote> rollCall = new ArrayList<>();
      if ("ROLL_CALL".equals(r.voteMode()) && voteBook != null) {
        for (ma.majlis.deliberation.VoteBook.CastVote v : voteBook.rollCall(key, r.itemIndex(), r.voteRound())) {
          rollCall.add(new SessionReport.RollCallVote(name(v.voterId(), names),
              v.onBehalfOf() == null ? null : name(v.onBehalfOf(), names), v.vote()));
        }
      }
      String corrects = "CORRECTION".equals(r.subject()) ? correctedBy(r.number(), corrected) : null;
      items.add(new Item(r.itemIndex(), r.itemTitle(), r.subject(), subjectName(dossier),
          subjectYear(session, r.subject(), r.itemTitle(), r.finalText()), debates.get(r.itemIndex()),
          new SessionReport.Resolution(r.number(), r.finalText(), r.votesFor(), r.votesAgainst(), r.votesAbstain(),
              recusals(r.recusals(), names), r.castingVote(), r.outcome(), r.voteMode(), rollCall, corrects,
              r.supersededBy()),
          movers(movements.get(r.itemIndex()), true, names), movers(movements.get(r.itemIndex()), false, names),
          dossier == null ? null : dossier.controllerOpinion(), dossier == null ? null : dossier.controllerOpinionText()));
    }
    for (DeferredItems.DeferredItem d : deferredItems.forSession(key)) {
      if (registered.stream().noneMatch(r -> r.itemIndex() == d.itemIndex())) {
        SessionRecords.Dossier dossier = dossiers.get(d.itemIndex());
        items.add(new Item(d.itemIndex(), d.itemTitle(), d.subject(), subjectName(dossier),
            subjectYear(session, d.subject(), d.itemTitle(), d.draftText()), debates.get(d.itemIndex()), null,
            movers(movements.get(d.itemIndex()), true, names), movers(movements.get(d.itemIndex()), false, names),
            dossier == null ? null : dossier.controllerOpinion(),
            dossier == null ? null : dossier.controllerOpinionText()));
      }
    }
    items.sort(Comparator.comparingInt(Item::index));
    return items;
  }

  /** The number of the resolution that {@code number} supersedes, if any (the register's link, read once). */
  private String correctedBy(String number, Map<String, String> cache) {
    return cache.computeIfAbsent(number, n -> resolutions.superseded(n).map(Resolution::number).orElse(""))
        .transform(s -> s.isEmpty() ? null : s);
  }

  private List<String> movers(List<ma.majlis.deliberation.Electorate.Movement> movements, boolean departures,
                              Map<String, String> names) {
    List<String> who = new ArrayList<>();
    if (movements != null) {
      movements.stream().filter(m -> m.departure() == departures).forEach(m -> who.add(name(m.memberId(), names)));
    }
    return who;
  }

  /** A committee's name, from its dossier ({@code committee.name}). */
  private static Wording subjectName(SessionRecords.Dossier dossier) {
    if (dossier == null || !"COMMITTEE".equals(dossier.subject()) || dossier.payload() == null) {
      return null;
    }
    String name = Inputs.text(JSON(dossier.payload()), "name");
    return name == null ? null : Wording.of(name);
  }

  /**
   * The year an action plan or a budget is for: the year its title or text names ("Draft budget 2022"), otherwise
   * the year after the session's (a board adopts the coming year's plan and budget).
   */
  static Integer subjectYear(SessionRecord session, String subject, String title, String text) {
    if (!"ACTION_PLAN".equals(subject) && !"BUDGET".equals(subject)) {
      return null;
    }
    for (String source : new String[] {title, text}) {
      if (source != null) {
        Matcher year = YEAR.matcher(source);
        if (year.find()) {
          return Integer.valueOf(year.group(1));
        }
      }
    }
    return session.year() + 1;
  }

  private List<String> recusals(String json, Map<String, String> names) {
    List<String> recused = new ArrayList<>();
    if (json != null && !json.isBlank()) {
      for (SpinJsonNode id : JSON(json).elements()) {
        recused.add(name(id.stringValue(), names));
      }
    }
    return recused;
  }

  /** A user's first and last name, or the id when the user has no name (or no longer exists). */
  private String name(String userId, Map<String, String> names) {
    return names.computeIfAbsent(userId, id -> WithoutAuthorization.displayName(identity, id));
  }

  private static int intOr(Object value, int otherwise) {
    return value instanceof Number n ? n.intValue() : otherwise;
  }

  private static LocalDateTime dateTime(Object value) {
    return value instanceof Timestamp t ? t.toLocalDateTime()
        : value instanceof LocalDateTime l ? l : null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
