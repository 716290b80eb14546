package ma.majlis.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the read API finds the documents of the sessions (minutes, press releases, convocations). The API's
 * {@link StoredDocumentSource} reads it from the document engine (package {@code documents}).
 */
public interface DocumentSource {

  /** The document with this id, empty when there is none. */
  Optional<Document> find(long id);

  /** The documents of a session (every kind, language and version), empty when there are none. */
  List<Document> forSession(String sessionKey);

  /**
   * A stored document.
   *
   * @param kind e.g. {@code MINUTES}, {@code PRESS_RELEASE}, {@code CONVOCATION}
   * @param language ISO 639-1 code, e.g. {@code fr}, {@code ar}
   * @param mediaType the stored content's type, {@code text/html}
   * @param html the document as HTML, the single source of its PDF
   * @param pdf renders the PDF from the HTML when asked (rendering costs: it is never done for a listing)
   * @param approvedBy user id of who approved this version, null until approved
   */
  record Document(long id, String sessionKey, String kind, String language, int version, String mediaType,
                  String html, Instant createdAt, String approvedBy, Instant approvedAt, Supplier<byte[]> pdf) {
  }
}
