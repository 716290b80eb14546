package ma.majlis.api;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ma.majlis.documents.DocumentRenderer;
import ma.majlis.documents.DocumentStore;
import ma.majlis.documents.StoredDocument;

/**
 * The read API's view of the stored documents: HTML as stored, PDF rendered from it on demand. The API adapts the
 * document engine to its own view (the engine knows nothing of the API).
 */
@Component
class StoredDocumentSource implements DocumentSource {

  private final DocumentStore store;
  private final DocumentRenderer renderer;

  StoredDocumentSource(DocumentStore store, DocumentRenderer renderer) {
    this.store = store;
    this.renderer = renderer;
  }

  @Override
  public Optional<Document> find(long id) {
    return store.find(id).map(this::toApi);
  }

  @Override
  public List<Document> forSession(String sessionKey) {
    return store.forSession(sessionKey).stream().map(this::toApi).toList();
  }

  private Document toApi(StoredDocument d) {
    return new Document(d.id(), d.sessionKey(), d.kind().name(), d.language().code(), d.version(), d.mediaType(),
        d.content(), d.createdAt(), d.approvedBy(), d.approvedAt(), () -> renderer.pdf(d.content(), d.language()));
  }
}
