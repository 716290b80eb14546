package ma.majlis.documents;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import ma.majlis.documents.SessionReport.AdvisoryAttendee;
import ma.majlis.board.AttendanceStatus;
import ma.majlis.documents.SessionReport.Attendee;
import ma.majlis.documents.SessionReport.Item;
import ma.majlis.documents.SessionReport.Presentation;
import ma.majlis.documents.SessionReport.Quorum;
import ma.majlis.documents.SessionReport.Resolution;

/**
 * The session of the seed press release (scenario-2021-s2.md), CA-2021-S2, as the session process will report it:
 * 12 voting members, the chair and member01..member08 present, member10 represented by member01, member09 and
 * member11 absent; three resolutions adopted 10-0-0.
 */
final class SeedSession {

  static final String COMMITTEE_FR = "Convergence, Qualité et Innovation";
  static final String COMMITTEE_AR = "الالتقائية والجودة والابتكار";

  private SeedSession() {
  }

  static SessionReport report() {
    List<Attendee> attendance = new ArrayList<>();
    attendance.add(new Attendee("chair", "Aawatif Hayar (présidente)", AttendanceStatus.PRESENT, null));
    for (int i = 1; i <= 11; i++) {
      String id = String.format("member%02d", i);
      AttendanceStatus status = i == 10 ? AttendanceStatus.REPRESENTED
          : i == 9 || i == 11 ? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT;
      attendance.add(new Attendee(id, "Member " + String.format("%02d", i), status, i == 10 ? "Member 01" : null));
    }
    List<Item> items = List.of(
        new Item(3, "Draft action plan 2022", "ACTION_PLAN", null, 2022,
            "Members discussed the programmes: project Jisr, multi-purpose spaces for women, digitisation.",
            adopted("CA-2021-S2-R01", "The Board approves the institution's action plan for 2022.")),
        new Item(4, "Draft budget 2022", "BUDGET", null, 2022,
            "Members praised the projects contained in the draft budget.",
            adopted("CA-2021-S2-R02", "The Board adopts the institution's budget for 2022.")),
        new Item(5, "Creation of the committee \"Convergence, Quality and Innovation\"", "COMMITTEE",
            new Wording(COMMITTEE_FR, COMMITTEE_AR), null, "Composition: board members and the social pole.",
            adopted("CA-2021-S2-R03", "The Board creates the committee \"Convergence, Quality and Innovation\".")));
    return new SessionReport("CA-2021-S2",
        new Wording("Conseil d'administration", "المجلس الإداري"),
        new Wording("l'Entraide Nationale", "مؤسسة التعاون الوطني"),
        "ORDINARY", 2, 2021, LocalDateTime.of(2021, 12, 24, 10, 0), "Headquarters, Rabat", "IN_PERSON",
        "COVID-19 precautionary measures in force",
        new Wording("Mme Aawatif Hayar", "السيدة عواطف حيار"),
        new Wording("Ministre de la Solidarité, de l'Insertion sociale et de la Famille",
            "وزيرة التضامن والإدماج الاجتماعي والأسرة"),
        attendance, List.of(new AdvisoryAttendee("State Controller", "contrôleur d'État")),
        new Quorum(12, 9, 1, 6, true, 1),
        "The chair recalled the building of the social state and praised the institution's efforts.",
        List.of(new Presentation("New generation of services: project Jisr",
            "Digitisation, the green approach, multi-purpose spaces for women in every province.",
            "Members praised the new approach.")),
        items, LocalDateTime.of(2021, 12, 24, 12, 30), "The chair thanked the members.");
  }

  private static Resolution adopted(String number, String text) {
    return new Resolution(number, text, 10, 0, 0, List.of(), null, "ADOPTED");
  }
}
