package ma.majlis.boardbook;

import java.time.LocalDateTime;

/** One version of a file attached to an agenda item (its bytes are read apart: {@link BoardFiles#content}). */
public record BoardFile(long id, String sessionKey, int itemIndex, String name, int version, String mediaType,
                        long size, String sha256, String uploadedBy, LocalDateTime uploadedAt) {
}
