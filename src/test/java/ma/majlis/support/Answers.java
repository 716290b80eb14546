package ma.majlis.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;

import ma.majlis.support.Engine.Json;

import static ma.majlis.support.Engine.json;

/**
 * What the people of a board session answer at each step, written once for every test that drives a session (the
 * scenario tests, the application tests' set-up, the browser tests' set-up, the reliability tests, the benchmark):
 * for a task id, who does it and the variables they submit. Each answer holds only the variables of the step's
 * contract (the keys of its Camunda Form plus its {@code majlis.restOnlyVariables}, docs/contract.md): over REST the
 * input guard refuses any other name, and {@code AnswersTest} holds every answer to its task's contract. How an
 * answer is delivered (the Java API as the user, the engine REST API, Tasklist's own webapp API) is a
 * {@link Delivery}'s business; the order of the steps is {@link SessionDriver}'s.
 * <p>
 * The demo's story (main code, {@code demo/DemoScript}) keeps its own answers: it is the demo's data, in French, at
 * dated moments, and main code cannot use test code; it shares the scenario's agenda, budget and programmes with
 * {@code Session2021S2Test} through its public constants (README, design notes: "One session driver").
 */
public final class Answers {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** An address and one deliberation (subject OTHER): the smallest session that votes. */
  public static final String ONE_DELIBERATION = """
      [{"title":"Opening address of the chair","kind":"ADDRESS"},
       {"title":"Partnership agreement with the social pole","kind":"DELIBERATION","subject":"OTHER"}]""";

  /** The acceptance scenario's agenda: an address, a presentation, three deliberations (plan, budget, committee). */
  public static final String FULL_AGENDA = """
      [{"title":"Opening address of the chair","kind":"ADDRESS"},
       {"title":"New generation of services: project Jisr, digitisation and the green approach","kind":"PRESENTATION","rapporteur":"director"},
       {"title":"Draft action plan","kind":"DELIBERATION","subject":"ACTION_PLAN"},
       {"title":"Draft budget","kind":"DELIBERATION","subject":"BUDGET"},
       {"title":"Creation of the committee \\"Convergence, Quality and Innovation\\"","kind":"DELIBERATION","subject":"COMMITTEE"}]""";

  /** A balanced budget (what the dossier of a BUDGET item holds). */
  public static final String BUDGET = "[{\"heading\":\"Subsidy\",\"type\":\"REVENUE\",\"amount\":100},"
      + "{\"heading\":\"Programmes\",\"type\":\"EXPENDITURE\",\"amount\":100}]";

  private Answers() {
  }

  /**
   * The session the answers are for: its business key (BODY-YEAR-SN), planned start and the code of the committee
   * its COMMITTEE item creates (2 to 8 capital letters, unique).
   */
  public record Session(String key, int year, int number, LocalDateTime plannedStart, String committeeCode) {

    /** A session of the demo board named by its key (CA-2040-S1), the committee code made from it. */
    public static Session of(String key, LocalDateTime plannedStart) {
      String[] parts = key.split("-");
      int year = parts.length > 2 && parts[1].matches("\\d+") ? Integer.parseInt(parts[1]) : 0;
      int number = parts.length > 2 && parts[2].matches("S\\d+") ? Integer.parseInt(parts[2].substring(1)) : 0;
      return new Session(key, year, number, plannedStart, Answers.committeeCode(Math.floorMod(key.hashCode(), 1_000_000)));
    }

    /** The session's business key and its follow-ups' (a resolution's key is the session's with -Rnn). */
    public String[] keys() {
      return new String[] {key, key + "-R01", key + "-R02", key + "-R03"};
    }
  }

  /** Committee codes are 2 to 8 capital letters and unique: Q followed by the counter in base 26. */
  public static String committeeCode(int n) {
    StringBuilder code = new StringBuilder();
    int v = n;
    do {
      code.insert(0, (char) ('A' + v % 26));
      v /= 26;
    } while (v > 0);
    while (code.length() < 3) {
      code.insert(0, 'A');
    }
    return "Q" + code;
  }

  /** The start variables of the board-session process (Headquarters, Rabat, in person). */
  public static Map<String, Object> request(Session session, String kind, String plannedStart, String voteMode) {
    Map<String, Object> v = new HashMap<>();
    v.put("bodyCode", session.key().split("-")[0]);
    v.put("sessionYear", session.year());
    v.put("sessionNumber", session.number());
    v.put("sessionKind", kind);
    v.put("plannedStart", plannedStart);
    v.put("venue", "Headquarters, Rabat");
    v.put("format", "IN_PERSON");
    v.put("voteMode", voteMode);
    return v;
  }

  /** Who does a step that is offered to a group (a step assigned to someone is done by its assignee). */
  public static String actor(String taskKey) {
    return switch (taskKey) {
      case "Task_PrepareItemDossier", "Task_DraftPresentation", "Task_AssignFollowUp" -> "director";
      case "Task_GiveControllerOpinion" -> "controller";
      case "Task_ApproveConvocation", "Task_AppointCommittee", "Task_CastDecidingVote", "Task_SignMinutes" -> "chair";
      case "Task_ReviewBudget" -> "finance";
      case "Task_ApprovePressRelease" -> "press";
      default -> "secretary";
    };
  }

  /** The variables a step's answer reads from the task (as a person reads the form before submitting it). */
  public static List<String> reads(String taskKey) {
    return switch (taskKey) {
      case "Task_PrepareItemDossier" -> List.of("agendaItem");
      case "Task_RecordAttendance" -> List.of("attendance");
      case "Task_RecordDebate" -> List.of("resolutionText");
      case "Task_ReviewMinutes" -> List.of("minutesText");
      default -> List.of();
    };
  }

  /**
   * The answer to a step: the completion variables (Json values as {@link Json}). {@code read} gives a variable of
   * the task as text (Json as its text; null when the task has none), asked only for the names of
   * {@link #reads(String)}. Fails for a step no test answers on its own (a rejection, a second convocation, an
   * arbitration): a test about such a step spells out its answer.
   */
  public static Map<String, Object> of(String taskKey, Session session, Function<String, String> read) {
    Map<String, Object> v = new HashMap<>();
    switch (taskKey) {
      case "Task_PrepareAgenda" -> v.put("agenda", json(FULL_AGENDA));
      case "Task_PrepareItemDossier" -> v.putAll(dossier(subject(read.apply("agendaItem"))));
      case "Task_GiveControllerOpinion" -> {
        v.put("controllerOpinion", "FAVOURABLE");
        v.put("controllerOpinionText", "Fine.");
      }
      case "Task_DraftPresentation" -> {
        v.put("presentationTitle", "A new generation of services");
        v.put("presentationSummary", "Project Jisr, digitisation and the green approach, multi-purpose spaces");
        v.put("keyPoints", json("[\"Project Jisr\",\"Digitisation and the green approach\",\"Spaces for women\"]"));
        v.put("documentRef", "EN/DG/" + session.key());
        v.put("durationMinutes", 30);
      }
      case "Task_ReviewPresentation" -> v.put("decision", "APPROVE");
      case "Task_ApproveConvocation", "Task_AppointCommittee", "Task_SignMinutes", "Task_ApprovePressRelease" ->
          v.put("approved", true);
      case "Task_ConfirmAttendance" -> v.put("attendanceReply", "PRESENT");
      case "Task_RecordAttendance" -> {
        // the secretariat records the attendance as the members replied (the form is prefilled with it)
        String replied = read.apply("attendance");
        v.put("attendance", json(replied == null || replied.isBlank() ? Board.attendance(12, 0) : replied));
      }
      case "Task_RecordOpening" -> v.put("openingSummary", "Opened.");
      case "Task_RecordPresentation" -> v.put("presentationRemarks", "Noted.");
      case "Task_DeclareInterests" -> v.put("recusals", json("[]"));
      case "Task_RecordDebate" -> {
        // the debate on the draft text, kept as the dossier proposed it
        String text = read.apply("resolutionText");
        v.put("debateSummary", "Discussed.");
        v.put("resolutionText", text == null || text.isBlank() ? "The board approves the item." : text);
      }
      case "Task_RecordVoteTally" -> v.putAll(tally(12, 0, 0));
      case "Task_CastVote" -> v.put("vote", "FOR");
      case "Task_CloseSession" -> v.put("closedAt", session.plannedStart().plusMinutes(150).withNano(0).toString());
      case "Task_ReviewMinutes" -> {
        // the secretariat reads the drafted minutes as its form shows them and keeps them as they are
        String minutes = read.apply("minutesText");
        v.put("minutesText", minutes == null || minutes.isBlank() ? "Minutes of session " + session.key() : minutes);
      }
      case "Task_ReviewBudget" -> v.put("decision", "APPROVE");
      case "Task_ProposeCommitteeMembers" -> {
        v.put("committeeCode", session.committeeCode());
        v.put("committeeName", "Convergence, Quality and Innovation " + session.committeeCode());
        v.put("mandate", "Accompany and support the institution's work on convergence, quality and innovation");
        // three board members, not the same ones for every committee
        int first = 1 + Math.floorMod(session.committeeCode().hashCode(), 9);
        List<String> members = Board.MEMBERS.subList(first, first + 3);
        v.put("boardMembers", json("[\"" + String.join("\",\"", members) + "\"]"));
        v.put("externalMembers", json("[]"));
        v.put("committeeChair", members.get(0));
        v.put("rapporteur", members.get(1));
        v.put("reportingRhythm", "QUARTERLY");
      }
      case "Task_ScheduleInauguralMeeting" -> {
        v.put("plannedStart", session.plannedStart().plusDays(40).withNano(0).toString());
        v.put("venue", "Headquarters, Rabat");
        v.put("format", "HYBRID");
      }
      case "Task_AssignFollowUp" -> {
        v.put("owner", "director");
        v.put("dueDate", LocalDate.now().plusDays(90).toString());
        v.put("actions", json("[{\"action\":\"Launch the programmes\"},{\"action\":\"Report to the board\"}]"));
      }
      case "Task_ReportProgress" -> {
        v.put("progressReport", "All actions are done.");
        v.put("done", true);
      }
      default -> throw new IllegalStateException("No test answers step " + taskKey + " on its own: spell it out");
    }
    return v;
  }

  /** General management's dossier for a deliberation on {@code subject}: the draft text and what the subject needs. */
  public static Map<String, Object> dossier(String subject) {
    Map<String, Object> v = new HashMap<>();
    v.put("draftResolution", "The board approves item " + subject + ".");
    switch (subject) {
      case "ACTION_PLAN" -> v.put("programmes", json("[{\"title\":\"Programme\"}]"));
      case "BUDGET" -> v.put("budgetLines", json(BUDGET));
      case "COMMITTEE" -> v.put("committee", json("{\"name\":\"C\",\"mission\":\"M\",\"composition\":\"X\"}"));
      default -> { }
    }
    return v;
  }

  /** The secretariat's tally of a TALLY vote. */
  public static Map<String, Object> tally(int votesFor, int against, int abstain) {
    return Map.of("votesFor", votesFor, "votesAgainst", against, "votesAbstain", abstain);
  }

  /** The subject of an agenda item (its Json text), OTHER when it has none. */
  static String subject(String agendaItem) {
    try {
      return agendaItem == null ? "OTHER" : JSON.readTree(agendaItem).path("subject").asText("OTHER");
    } catch (Exception e) {
      throw new IllegalStateException("Not an agenda item: " + agendaItem, e);
    }
  }

  /** How many deliberations an agenda (Json array) holds, and how many of them are budgets. */
  static int[] deliberationsAndBudgets(String agendaJson) {
    try {
      int deliberations = 0;
      int budgets = 0;
      for (var item : JSON.readTree(agendaJson)) {
        if ("DELIBERATION".equals(item.path("kind").asText())) {
          deliberations++;
          budgets += "BUDGET".equals(item.path("subject").asText()) ? 1 : 0;
        }
      }
      return new int[] {deliberations, budgets};
    } catch (Exception e) {
      throw new IllegalStateException("Not an agenda: " + agendaJson, e);
    }
  }
}
