package ma.majlis.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The seed session (CA-2021-S2) rendered to minutes and press releases, in HTML and in PDF. The PDFs are read back
 * with PDFBox, as a reader's tool would; every document is also written to {@code target/documents/} with a PNG of
 * the Arabic release's first page, for a person to look at.
 */
class DocumentRendererTest {

  private static final DocumentRenderer RENDERER = new DocumentRenderer();
  private static final Path ARTEFACTS = Path.of("target", "documents");

  @BeforeAll
  static void artefacts() throws IOException {
    Files.createDirectories(ARTEFACTS);
  }

  @Test
  void minutesInHtmlHoldTheAttendanceTheQuorumAndEachResolutionWithItsTally() throws IOException {
    String html = render(DocumentKind.MINUTES, DocumentLanguage.FR);

    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"fr\" dir=\"ltr\">");
    assertThat(html).contains("Procès-verbal de la", "deuxième session ordinaire", "Conseil d&#39;administration");
    assertThat(html).contains("vendredi 24 décembre 2021", "10h00", "Headquarters, Rabat");
    assertThat(html).containsPattern("Member 03</td>\\s*<td>\\s*Présent\\s*</td>");
    assertThat(html).containsPattern("Member 10</td>\\s*<td>\\s*Représenté\\s*par Member 01 \\(procuration\\)\\s*</td>");
    assertThat(html).containsPattern("Member 09</td>\\s*<td>\\s*Absent\\s*</td>");
    assertThat(html).contains("State Controller");
    assertThat(html).containsPattern("soit 10 sur 12\\s*pour 6 requis");
    assertThat(html).contains("Le quorum est atteint");
    for (String number : List.of("CA-2021-S2-R01", "CA-2021-S2-R02", "CA-2021-S2-R03")) {
      assertThat(html).contains("Résolution " + number);
    }
    assertThat(html.split("Vote : 10 pour, 0 contre, 0 abstention\\(s\\)\\.", -1)).hasSize(4);
    assertThat(html.split("<td class=\"outcome\">Adoptée</td>", -1)).hasSize(4);
  }

  @Test
  void minutesInPdfReadBackWithTheAttendanceTheQuorumAndTheTallies() throws IOException {
    String text = pdfText(render(DocumentKind.MINUTES, DocumentLanguage.FR), DocumentLanguage.FR, "minutes-fr");

    assertThat(text).contains("Procès-verbal de la deuxième session ordinaire du Conseil d'administration");
    assertThat(text).contains("Member 10 Représenté par Member 01 (procuration)", "Member 09 Absent",
        "Member 08 Présent");
    assertThat(text).contains("soit 10 sur 12 pour 6 requis (première convocation)", "Le quorum est atteint");
    for (String number : List.of("CA-2021-S2-R01", "CA-2021-S2-R02", "CA-2021-S2-R03")) {
      assertThat(text).contains("Résolution " + number);
    }
    assertThat(text.split("Vote : 10 pour, 0 contre, 0 abstention\\(s\\)\\.", -1)).hasSize(4);
  }

  @Test
  void arabicReleaseIsARightToLeftHtmlDocumentNamingTheSessionAndWhatWasApproved() throws IOException {
    String html = render(DocumentKind.PRESS_RELEASE, DocumentLanguage.AR);

    assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\">", "<meta charset=\"UTF-8\" />");
    assertThat(html).contains("الدورة الثانية للمجلس الإداري لمؤسسة التعاون الوطني برسم سنة 2021");
    assertThat(html).contains("انعقدت، صباح يوم الجمعة 24 دجنبر 2021،");
    assertThat(html).contains("صادق المجلس الإداري على مشروع مخطط عمل المؤسسة برسم سنة 2022، وعلى مشروع ميزانية المؤسسة"
        + " برسم سنة 2022، وعلى إحداث لجنة «الالتقائية والجودة والابتكار».");
    // the seed's free texts are in English: an Arabic release does not quote them
    assertThat(html).doesNotContain("The chair recalled", "Members praised");
  }

  @Test
  void arabicReleaseInPdfIsShapedAndReadsBackInLogicalOrder() throws IOException {
    String html = render(DocumentKind.PRESS_RELEASE, DocumentLanguage.AR);
    byte[] pdf = RENDERER.pdf(html, DocumentLanguage.AR);
    Files.write(ARTEFACTS.resolve("press-release-ar.pdf"), pdf);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
      ImageIO.write(page, "png", ARTEFACTS.resolve("press-release-ar-page1.png").toFile());
      assertThat(page.getWidth()).isGreaterThan(800);

      String text = text(document);
      assertThat(text).contains("المجلس الإداري", "مؤسسة التعاون الوطني", "الالتقائية والجودة والابتكار");
      assertThat(text).contains("انعقدت، صباح يوم الجمعة 24 دجنبر 2021، الدورة الثانية للمجلس الإداري");
      assertThat(text).contains("صادق المجلس الإداري على مشروع مخطط عمل المؤسسة برسم سنة 2022، وعلى مشروع ميزانية"
          + " المؤسسة برسم سنة 2022، وعلى إحداث لجنة");
      assertThat(text).contains("في احترام تام للتدابير الاحترازية المعمول بها");

      // letters are joined: the glyphs drawn are Arabic presentation forms (initial, medial, final), as shaped
      String drawn = drawnCharacters(document);
      assertThat(drawn.codePoints().filter(c -> c >= 0xFE70 && c <= 0xFEFF).count())
          .as("shaped Arabic glyphs (presentation forms B)").isGreaterThan(100);
      // the embedded font, not one from the machine
      assertThat(fontNames(document)).allMatch(name -> name.contains("Amiri"));
    }
  }

  @Test
  void frenchReleaseNamesTheSessionTheDateTheApprovedPlanAndBudgetAndTheCommittee() throws IOException {
    String html = render(DocumentKind.PRESS_RELEASE, DocumentLanguage.FR);
    assertThat(html).contains("<html lang=\"fr\" dir=\"ltr\">", "<p class=\"institution\">Entraide Nationale</p>");

    String text = pdfText(html, DocumentLanguage.FR, "press-release-fr");
    assertThat(text).contains("Deuxième session ordinaire du Conseil d'administration au titre de l'année 2021");
    assertThat(text).contains("Le Conseil d'administration de l'Entraide Nationale a tenu, le vendredi 24 décembre"
        + " 2021 au matin, sa deuxième session ordinaire au titre de l'année 2021, sous la présidence de Mme Aawatif"
        + " Hayar");
    assertThat(text).contains("le projet de plan d'action de l'établissement au titre de l'année 2022",
        "le projet de budget de l'établissement au titre de l'année 2022",
        "la création du comité « Convergence, Qualité et Innovation »");
  }

  @Test
  void arabicMinutesReadBackWithTheAttendanceTheQuorumAndTheTallies() throws IOException {
    String html = render(DocumentKind.MINUTES, DocumentLanguage.AR);
    assertThat(html).contains("<html lang=\"ar\" dir=\"rtl\">");
    // an English free text is laid out left to right inside the Arabic minutes
    assertThat(html).contains("<p dir=\"ltr\">Members praised the new approach.</p>");

    String text = pdfText(html, DocumentLanguage.AR, "minutes-ar");
    assertThat(text).contains("محضر الدورة الثانية للمجلس الإداري برسم سنة 2021");
    // A line that mixes Arabic and Latin runs is reordered by PDFBox from a guessed base direction, so its runs
    // are checked to stand together rather than in one order; single-direction runs read in logical order.
    assertThat(near(text, "ممثل بوكالة من طرف", 30)).contains("Member 10", "Member 01");
    assertThat(near(text, "Member 09", 12)).contains("متغيب");
    assertThat(near(text, "Member 08", 12)).contains("حاضر");
    assertThat(text).contains("أي 10 من أصل 12، والعدد المطلوب 6", "النصاب القانوني مكتمل");
    for (String number : List.of("CA-2021-S2-R01", "CA-2021-S2-R02", "CA-2021-S2-R03")) {
      assertThat(near(text, number, 14)).contains("القرار رقم");
    }
    assertThat(text.split("التصويت: 10 مع، 0 ضد، 0 امتناع", -1)).hasSize(4);
    assertThat(text).contains("Members praised the new approach.");
  }

  @Test
  void aKindWithoutTemplateIsRefusedWithTheExpectedTemplateName() {
    assertThatThrownBy(() -> RENDERER.html(DocumentKind.CONVOCATION, DocumentLanguage.AR, SeedSession.report()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("templates/documents/convocation-ar.html");
  }

  private static String render(DocumentKind kind, DocumentLanguage language) throws IOException {
    String html = RENDERER.html(kind, language, SeedSession.report());
    Files.writeString(ARTEFACTS.resolve(kind.templateName(language) + ".html"), html, StandardCharsets.UTF_8);
    return html;
  }

  private static String pdfText(String html, DocumentLanguage language, String name) throws IOException {
    byte[] pdf = RENDERER.pdf(html, language);
    Files.write(ARTEFACTS.resolve(name + ".pdf"), pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFRenderer pages = new PDFRenderer(document);
      for (int page = 0; page < document.getNumberOfPages(); page++) {
        ImageIO.write(pages.renderImageWithDPI(page, 110), "png",
            ARTEFACTS.resolve(name + "-page" + (page + 1) + ".png").toFile());
      }
      assertThat(fontNames(document)).allMatch(font -> font.contains("Amiri"));
      return text(document);
    }
  }

  /** The text as a reader's tool extracts it: in reading order, lines joined with one space. */
  private static String text(PDDocument document) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    return oneLine(stripper.getText(document));
  }

  /** The text around the first occurrence of a phrase, {@code reach} characters either side. */
  private static String near(String text, String phrase, int reach) {
    int at = text.indexOf(phrase);
    assertThat(at).as("'%s' in the text", phrase).isNotNegative();
    return text.substring(Math.max(0, at - reach), Math.min(text.length(), at + phrase.length() + reach));
  }

  /** Lines joined with one space (no-break spaces read as spaces), so that a phrase broken across lines reads as one. */
  private static String oneLine(String text) {
    return text.replaceAll("(?U)\\s+", " ").trim();
  }

  /** The characters of the glyphs drawn, before PDFBox normalises presentation forms back to letters. */
  private static String drawnCharacters(PDDocument document) throws IOException {
    StringBuilder drawn = new StringBuilder();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void writeString(String text, List<TextPosition> positions) {
        positions.forEach(p -> drawn.append(p.getUnicode()));
      }
    };
    stripper.getText(document);
    return drawn.toString();
  }

  private static List<String> fontNames(PDDocument document) throws IOException {
    List<String> names = new ArrayList<>();
    for (var page : document.getPages()) {
      for (var fontName : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(fontName);
        names.add(font.getName());
      }
    }
    assertThat(names).isNotEmpty();
    return names;
  }
}
