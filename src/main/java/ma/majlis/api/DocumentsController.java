package ma.majlis.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/documents/{id}}: a session's document as HTML (its stored form) or as PDF (rendered from the
 * HTML), chosen by {@code ?format=} or else by the {@code Accept} header; HTML unless the request prefers PDF.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Documents", description = "The documents of the sessions: minutes, press releases, convocations")
public class DocumentsController {

  static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

  private final DocumentSource documents;

  public DocumentsController(DocumentSource documents) {
    this.documents = documents;
  }

  @GetMapping("/documents/{id}")
  @Operation(summary = "A document, as HTML or PDF",
      description = "The document as HTML (text/html) or PDF (application/pdf). The format is ?format=html|pdf when "
          + "given, else the Accept header's preference; HTML when the request does not prefer PDF.")
  @ApiResponse(responseCode = "200", description = "the document", content = {
      @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")),
      @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary"))})
  @ApiResponse(responseCode = "400", description = "id not a number, or an unknown format",
      content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
          schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "401", description = "no or wrong credentials",
      content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
          schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "403", description = "the user is not in a group that may read",
      content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
          schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "no document with this id",
      content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
          schema = @Schema(implementation = ApiError.class)))
  public ResponseEntity<byte[]> document(
      @Parameter(description = "the document's id", example = "12") @PathVariable long id,
      @Parameter(description = "html or pdf; overrides the Accept header") @RequestParam(required = false)
      String format,
      @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
    boolean pdf = wantsPdf(format, accept);
    DocumentSource.Document document = documents.find(id)
        .orElseThrow(() -> new NotFoundException("error.api.noDocument", String.valueOf(id)));
    String name = document.kind().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + document.sessionKey() + "-"
        + document.language() + "-v" + document.version();
    ResponseEntity.BodyBuilder response = ResponseEntity.ok().header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    if (pdf) {
      return response.contentType(MediaType.APPLICATION_PDF)
          .header(HttpHeaders.CONTENT_DISPOSITION,
              ContentDisposition.inline().filename(name + ".pdf").build().toString())
          .body(document.pdf().get());
    }
    return response.contentType(HTML).body(document.html().getBytes(StandardCharsets.UTF_8));
  }

  /** {@code format} when given; else PDF when the Accept header rates PDF above HTML. */
  static boolean wantsPdf(String format, String accept) {
    if (format != null) {
      return switch (format.toLowerCase(Locale.ROOT)) {
        case "pdf" -> true;
        case "html" -> false;
        default -> throw new InvalidParameterException("format", "error.api.format", "'" + format + "'");
      };
    }
    if (accept == null || accept.isBlank()) {
      return false;
    }
    List<MediaType> types;
    try {
      types = MediaType.parseMediaTypes(accept);
    } catch (InvalidMediaTypeException e) {
      return false;
    }
    double pdf = quality(types, MediaType.APPLICATION_PDF, true);
    double html = quality(types, MediaType.TEXT_HTML, false);
    return pdf > 0 && pdf > html;
  }

  /** The best quality the Accept header gives a type: exactly, or (unless {@code exactOnly}) through a wildcard. */
  private static double quality(List<MediaType> accepted, MediaType type, boolean exactOnly) {
    double best = 0;
    for (MediaType candidate : accepted) {
      boolean matches = exactOnly ? candidate.equalsTypeAndSubtype(type) : candidate.includes(type);
      if (matches) {
        best = Math.max(best, candidate.getQualityValue());
      }
    }
    return best;
  }
}
