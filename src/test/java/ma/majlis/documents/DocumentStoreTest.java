package ma.majlis.documents;

import ma.majlis.support.H2Database;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import ma.majlis.platform.EngineClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The documents on the real migrations (H2), without Spring. */
class DocumentStoreTest {

  private static final Instant DRAFTED = Instant.parse("2021-12-24T13:00:00Z");

  private DocumentStore store;
  private DocumentService service;

  @BeforeEach
  void setUp() {
    store = new DocumentStore(H2Database.migrated());
    service = new DocumentService(new DocumentRenderer(), store);
    EngineClock.pinTo(Date.from(DRAFTED));
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  void storesADocumentAndReadsItBackWithItsArabicTextIntact() {
    String html = "<html lang=\"ar\" dir=\"rtl\"><body><p>صادق المجلس الإداري</p></body></html>";
    long id = store.save(DocumentKind.PRESS_RELEASE, DocumentLanguage.AR, "CA-2021-S2", html);

    StoredDocument read = store.find(id).orElseThrow();
    assertThat(read.id()).isEqualTo(id);
    assertThat(read.kind()).isEqualTo(DocumentKind.PRESS_RELEASE);
    assertThat(read.language()).isEqualTo(DocumentLanguage.AR);
    assertThat(read.sessionKey()).isEqualTo("CA-2021-S2");
    assertThat(read.version()).isEqualTo(1);
    assertThat(read.mediaType()).isEqualTo("text/html");
    assertThat(read.content()).isEqualTo(html);
    assertThat(read.createdAt()).isEqualTo(DRAFTED);
    assertThat(read.approved()).isFalse();
    assertThat(store.find(id + 100)).isEmpty();
  }

  @Test
  void aRedraftIsANewVersionAndLatestGivesItPerKindAndLanguage() {
    long first = store.save(DocumentKind.MINUTES, DocumentLanguage.FR, "CA-2021-S2", "<p>v1</p>");
    long second = store.save(DocumentKind.MINUTES, DocumentLanguage.FR, "CA-2021-S2", "<p>v2</p>");
    store.save(DocumentKind.MINUTES, DocumentLanguage.AR, "CA-2021-S2", "<p>ar</p>");
    store.save(DocumentKind.MINUTES, DocumentLanguage.FR, "CA-2022-S1", "<p>other session</p>");

    assertThat(store.find(first).orElseThrow().content()).isEqualTo("<p>v1</p>");
    StoredDocument latest = store.latest("CA-2021-S2", DocumentKind.MINUTES, DocumentLanguage.FR).orElseThrow();
    assertThat(latest.id()).isEqualTo(second);
    assertThat(latest.version()).isEqualTo(2);
    assertThat(store.latest("CA-2021-S2", DocumentKind.MINUTES, DocumentLanguage.AR).orElseThrow().version())
        .isEqualTo(1);
    assertThat(store.latest("CA-2021-S2", DocumentKind.PRESS_RELEASE, DocumentLanguage.FR)).isEmpty();
    assertThat(store.forSession("CA-2021-S2")).hasSize(3);
  }

  @Test
  void approvalRecordsWhoAndWhenAndARetryKeepsTheFirstApproval() {
    long id = store.save(DocumentKind.MINUTES, DocumentLanguage.FR, "CA-2021-S2", "<p>minutes</p>");
    EngineClock.pinTo(Date.from(DRAFTED.plusSeconds(3600)));

    StoredDocument approved = store.approve(id, "chair");
    assertThat(approved.approvedBy()).isEqualTo("chair");
    assertThat(approved.approvedAt()).isEqualTo(DRAFTED.plusSeconds(3600));

    EngineClock.pinTo(Date.from(DRAFTED.plusSeconds(7200)));
    StoredDocument again = store.approve(id, "secretary");
    assertThat(again.approvedBy()).isEqualTo("chair");
    assertThat(again.approvedAt()).isEqualTo(DRAFTED.plusSeconds(3600));
    assertThat(again.content()).isEqualTo("<p>minutes</p>");
  }

  @Test
  void approvingAnUnknownDocumentIsRefused() {
    assertThatThrownBy(() -> store.approve(999, "chair")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No document with id 999");
  }

  @Test
  void theServiceDraftsTheSeedReleaseAndRendersTheStoredHtmlToPdf() throws Exception {
    long id = service.draft(DocumentKind.PRESS_RELEASE, DocumentLanguage.AR, SeedSession.report());

    StoredDocument stored = service.get(id);
    assertThat(stored.sessionKey()).isEqualTo("CA-2021-S2");
    assertThat(stored.content()).contains("<html lang=\"ar\" dir=\"rtl\">", "الالتقائية والجودة والابتكار");

    byte[] pdf = service.pdf(id);
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      assertThat(stripper.getText(document).replaceAll("(?U)\\s+", " ")).contains("التعاون الوطني");
    }
  }
}
