package ma.majlis.documents;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ma.majlis.api.DocumentSource;

/** The read API's view of the stored documents: HTML as stored, PDF rendered from it on demand. */
@Component
class DocumentStoreSource implements DocumentSource {

  private final DocumentStore store;
  private final DocumentRenderer renderer;

  DocumentStoreSource(DocumentStore store, DocumentRenderer renderer) {
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
