package ma.majlis.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import ma.majlis.support.Board;
import ma.majlis.support.Engine.Json;

import static ma.majlis.support.Engine.json;

/**
 * What the users of a board session submit at each step, the same for the full session and for the skeleton: the
 * acting user and the completion variables (Json values as {@link Json}), as in the acceptance scenario: five
 * agenda items (an address, a presentation, three deliberations), twelve members present, roll-call votes all
 * FOR, the minutes reviewed as drafted and signed, the press release approved, every follow-up carried to its end.
 * Each answer holds only the variables of the step's contract (the keys of its Camunda Form, docs/contract.md):
 * over REST, platform/RestInputGuard refuses any other name.
 */
final class Payloads {

  static final String AGENDA = """
      [{"title":"Opening address of the chair","kind":"ADDRESS"},
       {"title":"New generation of services: project Jisr, digitisation and the green approach","kind":"PRESENTATION","rapporteur":"director"},
       {"title":"Draft action plan","kind":"DELIBERATION","subject":"ACTION_PLAN"},
       {"title":"Draft budget","kind":"DELIBERATION","subject":"BUDGET"},
       {"title":"Creation of the committee \\"Convergence, Quality and Innovation\\"","kind":"DELIBERATION","subject":"COMMITTEE"}]""";

  static final String BUDGET = """
      [{"heading":"State subsidy","type":"REVENUE","amount":900000000},
       {"heading":"Own resources","type":"REVENUE","amount":100000000},
       {"heading":"Social assistance programmes","type":"EXPENDITURE","amount":700000000},
       {"heading":"Multi-purpose spaces for women","type":"EXPENDITURE","amount":200000000},
       {"heading":"Digitisation and operations","type":"EXPENDITURE","amount":100000000}]""";

  static final String PROGRAMMES = """
      [{"title":"Project Jisr","target":"Bring services closer to citizens","indicator":"Services online"},
       {"title":"Multi-purpose spaces for women","target":"One per province in a first phase","indicator":"Spaces opened"},
       {"title":"Digitisation","target":"Digital services","indicator":"Procedures digitised"}]""";

  /** Who does a step that is offered to a group (a step assigned to someone is done by its assignee). */
  static String actor(String taskKey) {
    return switch (taskKey) {
      case "Task_PrepareItemDossier", "Task_DraftPresentation", "Task_AssignFollowUp" -> "director";
      case "Task_GiveControllerOpinion" -> "controller";
      case "Task_ApproveConvocation", "Task_AppointCommittee", "Task_CastDecidingVote" -> "chair";
      case "Task_ReviewBudget" -> "finance";
      case "Task_ApprovePressRelease" -> "press";
      default -> "secretary";
    };
  }

  /**
   * The completion variables of a step. {@code read} gives a variable of the task as text (the agenda item's
   * subject, the draft resolution text), read only by the steps that need it, as a user reads the form.
   */
  static Map<String, Object> of(String taskKey, Session session, Function<String, String> read) {
    Map<String, Object> v = new HashMap<>();
    switch (taskKey) {
      case "Task_PrepareAgenda" -> v.put("agenda", json(AGENDA));
      case "Task_PrepareItemDossier" -> {
        String item = read.apply("agendaItem");
        String subject = item.contains("BUDGET") ? "BUDGET" : item.contains("COMMITTEE") ? "COMMITTEE" : "ACTION_PLAN";
        v.put("draftResolution", "The board approves the " + subject.toLowerCase().replace('_', ' ') + ".");
        v.put("documentRef", session.key() + "/" + subject);
        switch (subject) {
          case "BUDGET" -> v.put("budgetLines", json(BUDGET));
          case "COMMITTEE" -> v.put("committee", json("{\"name\":\"Convergence, Quality and Innovation\","
              + "\"mission\":\"Accompany the institution's work on quality\",\"composition\":\"Board members\"}"));
          default -> v.put("programmes", json(PROGRAMMES));
        }
      }
      case "Task_GiveControllerOpinion" -> {
        v.put("controllerOpinion", "FAVOURABLE");
        v.put("controllerOpinionText", "The budget is balanced and sincere.");
      }
      case "Task_DraftPresentation" -> {
        v.put("presentationTitle", "A new generation of services");
        v.put("presentationSummary", "Project Jisr, digitisation and the green approach, multi-purpose spaces");
        v.put("keyPoints", json("[\"Project Jisr\",\"Digitisation and the green approach\",\"Spaces for women\"]"));
        v.put("documentRef", "EN/DG/" + session.key());
        v.put("durationMinutes", 30);
      }
      case "Task_ReviewPresentation" -> v.put("decision", "APPROVE");
      case "Task_ApproveConvocation", "Task_AppointCommittee" -> v.put("approved", true);
      case "Task_ConfirmAttendance" -> v.put("attendanceReply", "PRESENT");
      case "Task_RecordAttendance" -> v.put("attendance", json(Board.attendance(12, 0)));
      case "Task_RecordOpening" -> v.put("openingSummary", "The chair opened the session.");
      case "Task_RecordPresentation" -> v.put("presentationRemarks", "Members praised the new approach.");
      case "Task_DeclareInterests" -> v.put("recusals", json("[]"));
      case "Task_RecordDebate" -> {
        String text = read.apply("resolutionText");
        v.put("debateSummary", "After extensive discussion.");
        v.put("resolutionText", text == null || text.isBlank() ? "The board approves the item." : text);
      }
      case "Task_CastVote" -> v.put("vote", "FOR");
      case "Task_CloseSession" -> v.put("closedAt", session.plannedStart().plusMinutes(150).toString());
      case "Task_ReviewMinutes" -> {
        // the secretariat reads the drafted minutes and keeps them as they are
        String minutes = read.apply("minutesText");
        v.put("minutesText", minutes == null || minutes.isBlank() ? "Minutes of session " + session.key() : minutes);
      }
      case "Task_SignMinutes", "Task_ApprovePressRelease" -> v.put("approved", true);
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
        v.put("plannedStart", session.plannedStart().plusDays(40).toString());
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
      default -> throw new IllegalStateException("The benchmark has no answer for step " + taskKey);
    }
    return v;
  }

  /** The variables a step's answer needs to read from the task, if any. */
  static String[] reads(String taskKey) {
    return switch (taskKey) {
      case "Task_PrepareItemDossier" -> new String[] {"agendaItem"};
      case "Task_RecordDebate" -> new String[] {"resolutionText"};
      case "Task_ReviewMinutes" -> new String[] {"minutesText"};
      default -> new String[0];
    };
  }

  /** One session of the benchmark: its business key, planned start (23 days ahead) and committee code. */
  record Session(String key, int year, int number, LocalDateTime plannedStart, String committeeCode) {

    String[] keys() {
      return new String[] {key, key + "-R01", key + "-R02", key + "-R03"};
    }
  }

  /** Committee codes are 2 to 8 capital letters and unique: Q followed by the counter in base 26. */
  static String committeeCode(int n) {
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
}
