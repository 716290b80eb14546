package ma.majlis.documents;

import java.io.IOException;
import java.time.Instant;
import java.util.Date;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import ma.majlis.platform.EngineClock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What happens to a document after it is drafted (on the real migrations, H2): its plain text for the review form,
 * a corrected text stored as the next version, signature, return remarks, publication, approval by the body.
 */
class DocumentRevisionTest {

  private DocumentService service;

  @BeforeEach
  void setUp() {
    DriverManagerDataSource dataSource = new DriverManagerDataSource(
        "jdbc:h2:mem:revision-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    service = new DocumentService(new DocumentRenderer(), new DocumentStore(new JdbcTemplate(dataSource)));
    EngineClock.pinTo(Date.from(Instant.parse("2021-12-24T13:00:00Z")));
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  void theMinutesPlainTextHasOneLinePerRowWithTheAttendanceTheQuorumAndTheTallies() throws IOException {
    long id = service.draft(DocumentKind.MINUTES, DocumentLanguage.FR, SeedSession.report());

    String text = service.plainText(id);
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "documents"));
    java.nio.file.Files.writeString(java.nio.file.Path.of("target", "documents", "minutes-fr.txt"), text);

    assertThat(text).startsWith("Entraide Nationale\nProcès-verbal de la deuxième session ordinaire du Conseil"
        + " d'administration au titre de l'année 2021\nSession CA-2021-S2");
    assertThat(text).contains("\nMember 10 | Représenté par Member 01 (procuration)\n", "\nMember 09 | Absent\n",
        "\nPrésences\n", "soit 10 sur 12 pour 6 requis (première convocation)", "Le quorum est atteint");
    assertThat(text).contains("\nRésolution CA-2021-S2-R03\n", "\nPour | Contre | Abstentions | Décision\n",
        "\n10 | 0 | 0 | Adoptée\n");
    assertThat(text.split("Vote : 10 pour, 0 contre, 0 abstention\\(s\\)\\.", -1)).hasSize(4);
    assertThat(text).doesNotContain("<", "font-family", "\n\n\n");
    assertThat(text.length()).as("fits a form's text variable").isLessThan(4000);
  }

  @Test
  void aCorrectedTextIsTheNextVersionEscapedInTheDocumentsStyleAndReadsBackInItsPdf() throws IOException {
    long drafted = service.draft(DocumentKind.MINUTES, DocumentLanguage.FR, SeedSession.report());
    String corrected = service.plainText(drafted).replace("Member 09 | Absent", "Member 09 | Absent (excusé)")
        + "\r\nNote <b>ajoutée</b> & signée.";

    long revised = service.revise(drafted, corrected);

    StoredDocument version2 = service.get(revised);
    assertThat(version2.version()).isEqualTo(2);
    assertThat(version2.kind()).isEqualTo(DocumentKind.MINUTES);
    assertThat(version2.sessionKey()).isEqualTo("CA-2021-S2");
    assertThat(version2.content()).contains("<html lang=\"fr\" dir=\"ltr\">", "font-family: 'Amiri'",
        "<title>Procès-verbal CA-2021-S2 (version 2)</title>", "<p dir=\"ltr\">Member 09 | Absent (excusé)</p>",
        "Note &lt;b&gt;ajoutée&lt;/b&gt; &amp; signée.");
    assertThat(service.get(drafted).content()).as("the draft is kept as it was").doesNotContain("excusé");
    assertThat(DocumentPlainText.sameText(service.plainText(revised), corrected)).isTrue();
    try (PDDocument pdf = Loader.loadPDF(service.pdf(revised))) {
      assertThat(new PDFTextStripper().getText(pdf)).contains("Member 09 | Absent (excusé)",
          "Note <b>ajoutée</b> & signée.");
    }
    long again = service.revise(revised, corrected + "\nUne ligne de plus.");
    assertThat(service.get(again).content()).contains("<title>Procès-verbal CA-2021-S2 (version 3)</title>");
  }

  @Test
  void signatureRemarksPublicationAndTheBodysApprovalAreRecordedOnce() {
    long minutes = service.draft(DocumentKind.MINUTES, DocumentLanguage.FR, SeedSession.report());
    long release = service.draft(DocumentKind.PRESS_RELEASE, DocumentLanguage.AR, SeedSession.report());
    assertThat(service.awaitingBoardApproval(DocumentKind.MINUTES)).as("not signed yet").isEmpty();

    service.recordReviewRemarks(minutes, "Member 10 was represented");
    service.approve(minutes, "chair");
    assertThat(service.awaitingBoardApproval(DocumentKind.MINUTES)).extracting(StoredDocument::id)
        .containsExactly(minutes);

    assertThat(service.approveByBoard(minutes, "CA-2022-S1-R01")).isTrue();
    assertThat(service.approveByBoard(minutes, "CA-2022-S1-R02")).as("approved once").isFalse();
    assertThat(service.boardApproval(minutes)).contains("CA-2022-S1-R01");
    assertThat(service.awaitingBoardApproval(DocumentKind.MINUTES)).isEmpty();

    assertThat(service.publishedAt(release)).isEmpty();
    service.publish(release);
    Instant published = service.publishedAt(release).orElseThrow();
    EngineClock.pinTo(Date.from(Instant.parse("2021-12-25T09:00:00Z")));
    service.publish(release);
    assertThat(service.publishedAt(release)).contains(published);
  }
}
