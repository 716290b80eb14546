package ma.majlis.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * How {@code GET /api/documents/{id}} chooses between HTML and PDF, against a document source of one document (the
 * application test covers what the application answers without a document engine: 404).
 */
class DocumentsControllerTest {

  private static final String HTML = "<html><body><h1>Procès-verbal</h1></body></html>";
  private static final byte[] PDF = "%PDF-1.7 minutes".getBytes(StandardCharsets.US_ASCII);

  private final AtomicInteger pdfRenderings = new AtomicInteger();

  private final DocumentSource oneDocument = new DocumentSource() {
    @Override
    public Optional<Document> find(long id) {
      return id == 12 ? Optional.of(new Document(12, "CA-2021-S2", "MINUTES", "fr", 2, "text/html", HTML,
          Instant.parse("2021-12-27T09:00:00Z"), "chair", Instant.parse("2021-12-28T09:00:00Z"), () -> {
            pdfRenderings.incrementAndGet();
            return PDF;
          })) : Optional.empty();
    }

    @Override
    public List<Document> forSession(String sessionKey) {
      return List.of();
    }
  };

  private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new DocumentsController(oneDocument))
      .setControllerAdvice(new ApiErrorHandler(englishReader(), org.mockito.Mockito.mock(
          org.camunda.bpm.engine.IdentityService.class))).build();

  /** Languages without a database: every reader reads English (the language rule has its application test). */
  private static ma.majlis.language.Languages englishReader() {
    ma.majlis.language.Languages languages = org.mockito.Mockito.mock(ma.majlis.language.Languages.class);
    org.mockito.Mockito.when(languages.of(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any()))
        .thenReturn(ma.majlis.language.Language.EN);
    return languages;
  }

  private MvcResult call(String path, String accept) throws Exception {
    var request = get(path);
    if (accept != null) {
      request.header(HttpHeaders.ACCEPT, accept);
    }
    return mvc.perform(request).andReturn();
  }

  @Test
  void withoutPreferenceTheDocumentIsItsHtml() throws Exception {
    MvcResult result = call("/api/documents/12", null);
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    assertThat(result.getResponse().getContentType()).isEqualTo("text/html;charset=UTF-8");
    assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(HTML);
    assertThat(pdfRenderings).hasValue(0);
  }

  @Test
  void aBrowserGetsHtml() throws Exception {
    MvcResult result = call("/api/documents/12",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    assertThat(result.getResponse().getContentType()).startsWith("text/html");
  }

  @Test
  void acceptingPdfGetsThePdfInline() throws Exception {
    MvcResult result = call("/api/documents/12", "application/pdf");
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
    assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(PDF);
    assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo("inline; filename=\"minutes-CA-2021-S2-fr-v2.pdf\"");
    assertThat(result.getResponse().getHeader(HttpHeaders.VARY)).contains("Accept");
  }

  @Test
  void pdfPreferredOverHtmlByQualityGetsThePdf() throws Exception {
    assertThat(call("/api/documents/12", "text/html;q=0.5, application/pdf").getResponse().getContentType())
        .isEqualTo("application/pdf");
    assertThat(call("/api/documents/12", "application/pdf;q=0.4, text/html").getResponse().getContentType())
        .startsWith("text/html");
  }

  @Test
  void theFormatParameterOverridesTheAcceptHeader() throws Exception {
    assertThat(call("/api/documents/12?format=pdf", "text/html").getResponse().getContentType())
        .isEqualTo("application/pdf");
    assertThat(call("/api/documents/12?format=HTML", "application/pdf").getResponse().getContentType())
        .startsWith("text/html");
  }

  @Test
  void anUnknownFormatIs400AndAnUnknownIdIs404EvenWhenPdfIsAccepted() throws Exception {
    MvcResult badFormat = call("/api/documents/12?format=docx", "application/pdf");
    assertThat(badFormat.getResponse().getStatus()).isEqualTo(400);
    assertThat(badFormat.getResponse().getContentType()).startsWith("application/json");
    assertThat(badFormat.getResponse().getContentAsString()).contains("\"parameter\":\"format\"");
    MvcResult unknown = call("/api/documents/13", "application/pdf");
    assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
    assertThat(unknown.getResponse().getContentType()).startsWith("application/json");
    assertThat(unknown.getResponse().getContentAsString()).contains("\"type\":\"NotFoundException\"");
    assertThat(pdfRenderings).hasValue(0);
  }
}
