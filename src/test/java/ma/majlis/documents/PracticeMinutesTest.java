package ma.majlis.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import ma.majlis.documents.SessionReport.AdvisoryAttendee;
import ma.majlis.documents.SessionReport.Item;
import ma.majlis.documents.SessionReport.Resolution;
import ma.majlis.documents.SessionReport.RollCallVote;

/**
 * The minutes' lines of issue #15, in French and Arabic: who left or arrived before which item, a roll-call vote by
 * name, a secret vote without names, a correction and what it replaces, the controller's opinion on an item and his
 * presence and remarks from the attendance.
 */
class PracticeMinutesTest {

  private static final DocumentRenderer RENDERER = new DocumentRenderer();

  static SessionReport report(List<AdvisoryAttendee> advisory) {
    SessionReport seed = SeedSession.report();
    List<Item> items = new ArrayList<>();
    items.add(new Item(3, "Draft budget 2062", "BUDGET", null, 2062, "Discussed.",
        new Resolution("CA-2062-S1-R01", "The Board adopts the budget.", 7, 2, 1, List.of(), null, "ADOPTED",
            "ROLL_CALL", List.of(new RollCallVote("Member 01", null, "FOR"),
                new RollCallVote("Member 01", "Member 10", "AGAINST"), new RollCallVote("Member 02", null, "ABSTAIN")),
            null, null),
        List.of("Member 09"), List.of("Member 11"), "RESERVED", "Revenue is optimistic."));
    items.add(new Item(4, "Chair of the audit committee", "OTHER", null, null, null,
        new Resolution("CA-2062-S1-R02", "Member 03 chairs the audit committee.", 6, 3, 1, List.of(), null,
            "ADOPTED", "SECRET", List.of(), null, null), List.of(), List.of(), null, null));
    items.add(new Item(5, "Correction of R01 of 2061", "CORRECTION", null, null, null,
        new Resolution("CA-2062-S1-R03", "The Board corrects its resolution.", 10, 0, 0, List.of(), null,
            "ADOPTED", "TALLY", List.of(), "CA-2061-S1-R01", null), List.of(), List.of(), null, null));
    return new SessionReport(seed.sessionKey(), seed.bodyName(), seed.institutionName(), seed.sessionKind(),
        seed.number(), seed.year(), seed.plannedStart(), seed.venue(), seed.format(), seed.healthMeasures(),
        seed.chairName(), seed.chairTitle(), seed.attendance(), advisory, seed.quorum(), seed.openingSummary(),
        seed.presentations(), items, seed.closedAt(), seed.closingRemarks());
  }

  @Test
  void frenchMinutesSayWhoCameAndWentHowEachItemWasVotedAndWhatACorrectionReplaces() {
    String html = RENDERER.html(DocumentKind.MINUTES, DocumentLanguage.FR, report(List.of(
        new AdvisoryAttendee("State Controller", "contrôleur d'État", "Il rappelle les règles."))));
    assertThat(html).contains("Avant ce point, ont quitté la séance :", "Member 09", "ont rejoint la séance :",
        "Member 11");
    assertThat(html).containsPattern("Vote par appel nominal :\\s+Member 01 : pour ;\\s+Member 01\\s+\\(pour Member 10\\)"
        + " : contre ;\\s+Member 02 : abstention\\.");
    assertThat(html).contains("Vote à bulletin secret : le décompte est publié sans le nom des votants.");
    assertThat(html).contains("rectifie la résolution CA-2061-S1-R01");
    assertThat(html).contains("Avis du contrôleur d'État", "réservé", "Revenue is optimistic.");
    assertThat(html).contains("Assistent avec voix consultative", "Il rappelle les règles.");
  }

  @Test
  void withoutTheControllerInTheAttendanceTheMinutesDoNotNameHim() {
    String html = RENDERER.html(DocumentKind.MINUTES, DocumentLanguage.FR, report(List.of()));
    assertThat(html).doesNotContain("Assistent avec voix consultative");
    String ar = RENDERER.html(DocumentKind.MINUTES, DocumentLanguage.AR, report(List.of()));
    assertThat(ar).doesNotContain("حضر بصفة استشارية");
  }

  @Test
  void arabicMinutesHoldTheSameLines() {
    String html = RENDERER.html(DocumentKind.MINUTES, DocumentLanguage.AR, report(List.of(
        new AdvisoryAttendee("State Controller", "contrôleur d'État", "ملاحظة"))));
    assertThat(html).contains("قبل هذه النقطة، غادر الجلسة", "قبل هذه النقطة، التحق بالجلسة",
        "التصويت بالمناداة الاسمية", "نيابة عن", "تم التصويت بالاقتراع السري", "يصحح هذا القرار القرار رقم",
        "CA-2061-S1-R01", "رأي مراقب الدولة", "متحفظ", "ملاحظات المراقب");
  }
}
