package ma.majlis.documents;

import java.time.LocalDateTime;
import java.util.List;

import ma.majlis.documents.SessionReport.Item;
import ma.majlis.documents.SessionReport.Quorum;
import ma.majlis.documents.SessionReport.Resolution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The words of the documents in each language, and the variants of a session the minutes must tell. */
class DocumentTextTest {

  private static final DocumentText FR = new DocumentText(DocumentLanguage.FR);
  private static final DocumentText AR = new DocumentText(DocumentLanguage.AR);

  @Test
  void datesAreWrittenAsMoroccanDocumentsWriteThem() {
    LocalDateTime session = LocalDateTime.of(2021, 12, 24, 10, 0);
    assertThat(FR.date(session)).isEqualTo("vendredi 24 décembre 2021");
    assertThat(AR.date(session)).isEqualTo("الجمعة 24 دجنبر 2021");
    assertThat(AR.date(LocalDateTime.of(2022, 8, 1, 15, 5))).isEqualTo("الإثنين 1 غشت 2022");
    assertThat(FR.time(session)).isEqualTo("10h00");
    assertThat(AR.time(LocalDateTime.of(2022, 8, 1, 15, 5))).isEqualTo("15:05");
    assertThat(AR.partOfDay(session)).isEqualTo("صباح");
    assertThat(FR.partOfDay(LocalDateTime.of(2022, 8, 1, 15, 5))).isEqualTo("dans l'après-midi");
  }

  @Test
  void ordinalsAndNames() {
    assertThat(FR.ordinal(2)).isEqualTo("deuxième");
    assertThat(AR.ordinal(2)).isEqualTo("الثانية");
    assertThat(FR.ordinal(12)).isEqualTo("12e");
    assertThat(AR.forName("المجلس الإداري")).isEqualTo("للمجلس الإداري");
    assertThat(AR.forName("مؤسسة التعاون الوطني")).isEqualTo("لمؤسسة التعاون الوطني");
    assertThat(FR.forName("Conseil")).isEqualTo("Conseil");
    assertThat(FR.withoutArticle("l'Entraide Nationale")).isEqualTo("Entraide Nationale");
    assertThat(FR.withoutArticle("la Caisse")).isEqualTo("Caisse");
    assertThat(new Wording("Conseil d'administration", null).in(DocumentLanguage.AR))
        .isEqualTo("Conseil d'administration");
  }

  @Test
  void freeTextsAreJudgedByTheirScript() {
    assertThat(AR.isWrittenIn("نوه الأعضاء بالمقاربة الجديدة")).isTrue();
    assertThat(AR.isWrittenIn("Members praised the new approach.")).isFalse();
    assertThat(FR.isWrittenIn("Les membres ont salué la nouvelle approche.")).isTrue();
    assertThat(FR.isWrittenIn(null)).isFalse();
    assertThat(AR.dirOf("2022: Members praised")).isEqualTo("ltr");
    assertThat(FR.dirOf("2022 نوه الأعضاء")).isEqualTo("rtl");
    assertThat(AR.dirOf("2022")).isEqualTo("rtl");
  }

  @Test
  void minutesTellATieDecidedByTheChairARecusalADeferredItemAndASecondConvocation() {
    SessionReport seed = SeedSession.report();
    Resolution tie = new Resolution("CA-2022-S1-R01", "Texte", 5, 5, 0, List.of("Member 04"), "FOR", "ADOPTED");
    List<Item> items = List.of(new Item(1, "Programme", "OTHER", null, null, "Débat", tie),
        new Item(2, "Marché", "OTHER", null, null, null, null));
    SessionReport variant = new SessionReport("CA-2022-S1", seed.bodyName(), seed.institutionName(),
        "EXTRAORDINARY", 1, 2022, LocalDateTime.of(2022, 3, 10, 15, 0), "Rabat", "HYBRID", null,
        seed.chairName(), null, seed.attendance(), List.of(), new Quorum(12, 3, 0, 0, true, 2), null, List.of(),
        items, null, null);

    String fr = new DocumentRenderer().html(DocumentKind.MINUTES, DocumentLanguage.FR, variant);
    assertThat(fr).contains("première session extraordinaire", "seconde convocation", "en format hybride");
    assertThat(fr).contains("Vote : 5 pour, 5 contre, 0 abstention(s).", "Member 04",
        "la voix du président est prépondérante", "Reporté sans vote");
    assertThat(fr).doesNotContain("Mesures sanitaires");

    String ar = new DocumentRenderer().html(DocumentKind.MINUTES, DocumentLanguage.AR, variant);
    assertThat(ar).contains("الدورة الأولى الاستثنائية", "الدعوة الثانية", "فرجح صوت الرئيس", "مؤجل دون تصويت");

    String release = new DocumentRenderer().html(DocumentKind.PRESS_RELEASE, DocumentLanguage.AR, variant);
    assertThat(release).contains("بعد زوال يوم الخميس 10 مارس 2022").doesNotContain("التدابير الاحترازية");
  }
}
