package ma.majlis.api;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** A session's document as listed with the session; its content is at {@code href}. */
@Schema(name = "DocumentLink")
public record DocumentLink(long id,
                           @Schema(description = "MINUTES, PRESS_RELEASE, CONVOCATION") String kind,
                           @Schema(example = "fr") String language,
                           int version,
                           Instant createdAt,
                           @Schema(description = "user id of who approved this version, null until approved") String approvedBy,
                           Instant approvedAt,
                           @Schema(example = "/api/documents/12") String href) {

  static DocumentLink of(DocumentSource.Document d) {
    return new DocumentLink(d.id(), d.kind(), d.language(), d.version(), d.createdAt(), d.approvedBy(),
        d.approvedAt(), "/api/documents/" + d.id());
  }
}
