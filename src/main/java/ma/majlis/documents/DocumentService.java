package ma.majlis.documents;

import org.springframework.stereotype.Service;

/**
 * What the processes call: draft a session's document (render it and store it, returning the id that the process
 * keeps in a variable), read it back, render its PDF. Knows nothing of Camunda.
 */
@Service
public class DocumentService {

  private final DocumentRenderer renderer;
  private final DocumentStore store;

  public DocumentService(DocumentRenderer renderer, DocumentStore store) {
    this.renderer = renderer;
    this.store = store;
  }

  /** Renders the document from the session's report and stores it as a new version; returns its id. */
  public long draft(DocumentKind kind, DocumentLanguage language, SessionReport report) {
    return store.save(kind, language, report.sessionKey(), renderer.html(kind, language, report));
  }

  public StoredDocument get(long id) {
    return store.find(id).orElseThrow(() -> new IllegalArgumentException("No document with id " + id));
  }

  /** The stored document as PDF, rendered from its HTML with the shipped font. */
  public byte[] pdf(long id) {
    StoredDocument document = get(id);
    return renderer.pdf(document.content(), document.language());
  }

  public StoredDocument approve(long id, String user) {
    return store.approve(id, user);
  }
}
