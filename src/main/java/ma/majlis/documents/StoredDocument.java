package ma.majlis.documents;

import java.time.Instant;

/**
 * A document as stored in table {@code document} (migration V6).
 *
 * @param version 1, 2... per session, kind and language
 * @param mediaType {@code text/html}: the content is the rendered HTML; the PDF is rendered from it on demand
 * @param approvedBy user id, null until approved
 */
public record StoredDocument(long id, DocumentKind kind, DocumentLanguage language, String sessionKey, int version,
                             String mediaType, String content, Instant createdAt, String approvedBy,
                             Instant approvedAt) {

  public static final String HTML = "text/html";

  public boolean approved() {
    return approvedAt != null;
  }
}
