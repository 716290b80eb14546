package ma.majlis.documents;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

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

  /** The latest version of a session's document of a kind in a language. */
  public java.util.Optional<StoredDocument> latest(String sessionKey, DocumentKind kind, DocumentLanguage language) {
    return store.latest(sessionKey, kind, language);
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

  /** The document's text without markup (one line per heading, paragraph and table row). */
  public String plainText(long id) {
    return DocumentPlainText.of(get(id).content());
  }

  /**
   * Stores a corrected text of a document as its next version (same session, kind and language): each line a
   * paragraph in the documents' style, escaped. The version it corrects is kept as it was. Returns the new id.
   */
  public long revise(long id, String text) {
    StoredDocument previous = get(id);
    String title = titleOf(previous) + " (version " + (previous.version() + 1) + ")";
    String html = renderer.textHtml(previous.language(), title, DocumentPlainText.lines(text.strip()));
    return store.save(previous.kind(), previous.language(), previous.sessionKey(), html);
  }

  /** Records the remarks of whoever returned or withheld this version. */
  public void recordReviewRemarks(long id, String remarks) {
    get(id);
    store.recordReviewRemarks(id, remarks);
  }

  public void publish(long id) {
    get(id);
    store.publish(id);
  }

  public Optional<Instant> publishedAt(long id) {
    return store.publishedAt(id);
  }

  /** Records that the body approved the document by a resolution (signed minutes, at its next session). */
  public boolean approveByBoard(long id, String resolutionNumber) {
    get(id);
    return store.approveByBoard(id, resolutionNumber);
  }

  public Optional<String> boardApproval(long id) {
    return store.boardApproval(id);
  }

  /** The latest signed document of a kind of the body's sessions planned before {@code before}, not yet approved by it. */
  public Optional<StoredDocument> latestAwaitingBoardApproval(DocumentKind kind, String bodyCode,
      java.time.LocalDateTime before, String exceptSession) {
    return store.latestAwaitingBoardApproval(kind, bodyCode, before, exceptSession);
  }

  /** Signed (approved) documents of a kind that their body has not approved yet. */
  public List<StoredDocument> awaitingBoardApproval(DocumentKind kind) {
    return store.awaitingBoardApproval(kind);
  }

  private static String titleOf(StoredDocument document) {
    Matcher title = TITLE.matcher(document.content());
    return title.find() ? HtmlUtils.htmlUnescape(title.group(1)).strip()
        : document.kind() + " " + document.sessionKey();
  }

  private static final Pattern TITLE = Pattern.compile("<title>(.*?)(?: \\(version \\d+\\))?</title>",
      Pattern.DOTALL);
}
