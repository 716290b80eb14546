package ma.majlis.boardbook;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Service;

import ma.majlis.language.Language;
import ma.majlis.language.Texts;
import ma.majlis.presentation.ApprovedPresentation;
import ma.majlis.presentation.PresentationService;
import ma.majlis.board.Body;
import ma.majlis.board.Bodies;
import ma.majlis.board.SessionRecord;
import ma.majlis.board.SessionRecords;
import ma.majlis.board.SessionRegistry;

/**
 * A session's board book: the files attached to its agenda items, and what its pack holds. Knows nothing of the
 * engine: the caller says who asks (user id and groups) and, while the agenda is not yet approved, which items the
 * agenda being prepared has.
 *
 * <p>Files are attached while the session is prepared, convened and held (a late paper, a corrected table); once the
 * session is closed its book is what the board had before it, and an upload is refused (409, saying so).
 */
@Service
public class BoardBook {

  private static final int MAX_NAME = 255;

  private final SessionRegistry sessions;
  private final SessionRecords records;
  private final Bodies bodies;
  private final PresentationService presentations;
  private final BoardFiles files;
  private final BoardBookAccess access;
  private final BoardBookSettings settings;
  private final ObjectMapper json = new ObjectMapper();

  public BoardBook(SessionRegistry sessions, SessionRecords records, Bodies bodies,
                   PresentationService presentations, BoardFiles files, BoardBookAccess access,
                   BoardBookSettings settings) {
    this.sessions = sessions;
    this.records = records;
    this.bodies = bodies;
    this.presentations = presentations;
    this.files = files;
    this.access = access;
    this.settings = settings;
  }

  /** Who asks: the user and his groups. */
  public record Caller(String userId, Collection<String> groups) {
  }

  public SessionRecord session(String key) {
    return sessions.find(key).orElseThrow(() -> new BoardBookRefusal(404, "boardbook.error.noSession", key));
  }

  /** The session, when the caller may read its book (else 403). */
  public SessionRecord readable(String key, Caller caller) {
    SessionRecord session = session(key);
    if (!access.mayRead(session, caller.userId(), caller.groups())) {
      throw new BoardBookRefusal(403, "boardbook.error.mayNotRead", caller.userId(), key);
    }
    return session;
  }

  /**
   * The session's items: the agenda the chair approved ({@code agenda_item}), or, before he approved it, the agenda
   * being prepared ({@code draft}).
   */
  public List<SessionRecords.AgendaItem> items(String key, Supplier<List<SessionRecords.AgendaItem>> draft) {
    List<SessionRecords.AgendaItem> approved = records.agenda(key);
    return approved.isEmpty() ? draft.get() : approved;
  }

  /** Whether files may still be attached to the session. */
  public static boolean open(SessionRecord session) {
    return !session.status().held();
  }

  /**
   * Attaches a file to an item: the next version of its name there. Refused: 404 an unknown session or item, 403 a
   * caller who does not prepare dossiers, 409 a closed session, 413 a file over {@code majlis.board-book
   * .max-file-size}, 415 a content that is not PDF, DOCX, XLSX, PPTX, PNG or JPEG, 400 a file without a name or
   * empty.
   */
  public BoardFile attach(String key, int itemIndex, String name, long size, Supplier<byte[]> content, Caller caller,
                          Supplier<List<SessionRecords.AgendaItem>> draft) {
    SessionRecord session = session(key);
    if (!access.mayAttach(caller.groups())) {
      throw new BoardBookRefusal(403, "boardbook.error.mayNotAttach", caller.userId());
    }
    if (!open(session)) {
      throw new BoardBookRefusal(409, "boardbook.error.closed", key);
    }
    if (items(key, draft).stream().noneMatch(i -> i.itemIndex() == itemIndex)) {
      throw new BoardBookRefusal(404, "boardbook.error.noItem", key, itemIndex);
    }
    long max = settings.getMaxFileSize().toBytes();
    if (size > max) {
      throw new BoardBookRefusal(413, "boardbook.error.tooLarge", megabytes(size), megabytes(max));
    }
    String clean = cleanName(name);
    byte[] bytes = content.get();
    if (bytes.length == 0) {
      throw new BoardBookRefusal(400, "boardbook.error.empty", clean);
    }
    if (bytes.length > max) {
      throw new BoardBookRefusal(413, "boardbook.error.tooLarge", megabytes(bytes.length), megabytes(max));
    }
    String type = FileTypes.accepted(bytes).orElseThrow(() -> new BoardBookRefusal(415,
        "boardbook.error.type", clean, FileTypes.detect(bytes), FileTypes.acceptedNames()));
    return files.store(key, itemIndex, clean, type, bytes, caller.userId(), LocalDateTime.now());
  }

  private static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
  }

  /** The name a file keeps: its last path segment (some browsers send the whole path), without control characters. */
  static String cleanName(String name) {
    String clean = name == null ? "" : name.replace('\\', '/');
    clean = clean.substring(clean.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
    if (clean.isEmpty()) {
      throw new BoardBookRefusal(400, "boardbook.error.noName");
    }
    return clean.length() > MAX_NAME ? clean.substring(clean.length() - MAX_NAME) : clean;
  }

  /** The files a caller sees: every version for those who prepare the book, else the latest of each. */
  public List<BoardFile> files(String key, Caller caller) {
    return access.seesEarlierVersions(caller.groups()) ? files.allVersions(key) : files.latest(key);
  }

  /**
   * A file the caller may read, by id: itself, or for a reader who sees only the latest versions, the latest
   * version of the same file (the caller answers with a redirection to it).
   */
  public BoardFile file(String key, long id, Caller caller) {
    readable(key, caller);
    BoardFile file = files.find(id).filter(f -> f.sessionKey().equals(key))
        .orElseThrow(() -> new BoardBookRefusal(404, "boardbook.error.noFile", id, key));
    return access.seesEarlierVersions(caller.groups()) ? file : files.latestOf(file);
  }

  public byte[] content(long id) {
    return files.content(id);
  }

  /** What the session's pack holds, for a reader: the approved agenda, the dossiers, the latest files. */
  public PackContents contents(SessionRecord session, Language locale,
                               Supplier<List<SessionRecords.AgendaItem>> draft) {
    String key = session.businessKey();
    Map<Integer, SessionRecords.Dossier> dossiers = new java.util.HashMap<>();
    records.dossiers(key).forEach(d -> dossiers.put(d.itemIndex(), d));
    List<ApprovedPresentation> approved = presentations.findApproved(key);
    List<BoardFile> latest = files.latest(key);
    List<PackContents.Item> items = new ArrayList<>();
    for (SessionRecords.AgendaItem item : items(key, draft)) {
      List<PackContents.Section> sections = new ArrayList<>();
      SessionRecords.Dossier dossier = dossiers.get(item.itemIndex());
      if (dossier != null) {
        sections.add(new PackContents.Section(text("boardbook.pack.proposal", locale),
            List.of(dossier.draftResolution())));
        sections.addAll(payload(dossier.subject(), dossier.payload(), locale));
        if (dossier.documentRef() != null && !dossier.documentRef().isBlank()) {
          sections.add(new PackContents.Section(text("boardbook.pack.documentRef", locale),
              List.of(dossier.documentRef())));
        }
        if (dossier.controllerOpinion() != null) {
          sections.add(new PackContents.Section(text("boardbook.pack.opinion", locale),
              List.of(Texts.word(locale, "opinion.", dossier.controllerOpinion())
                  + (dossier.controllerOpinionText() == null ? "" : ": " + dossier.controllerOpinionText()))));
        }
      }
      approved.stream().filter(p -> p.itemIndex() != null && p.itemIndex() == item.itemIndex())
          .reduce((first, second) -> second).ifPresent(p -> {
            List<String> lines = new ArrayList<>();
            lines.add(p.title());
            lines.add(p.summary());
            p.keyPoints().forEach(point -> lines.add("• " + point));
            sections.add(new PackContents.Section(text("boardbook.pack.presentation", locale), lines));
          });
      items.add(new PackContents.Item(item.itemIndex(), item.title(), item.kind(), item.subject(), item.rapporteur(),
          sections, latest.stream().filter(f -> f.itemIndex() == item.itemIndex()).toList()));
    }
    String bodyName = bodies.find(session.bodyCode()).map(Body::name).orElse(session.bodyCode());
    return new PackContents(bodyName, key, session.kind(), session.plannedStart(), session.venue(), items);
  }

  /** A dossier's subject data (programmes, budget lines: one line per row; a committee: one per field). */
  private List<PackContents.Section> payload(String subject, String payload, Language locale) {
    if (payload == null || payload.isBlank()) {
      return List.of();
    }
    JsonNode root;
    try {
      root = json.readTree(payload);
    } catch (IOException e) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(row -> lines.add(line(row)));
    } else if (root.isObject()) {
      root.fields().forEachRemaining(f -> lines.add(f.getValue().asText()));
    }
    lines.removeIf(String::isBlank);
    if (lines.isEmpty()) {
      return List.of();
    }
    String heading = Texts.word(locale, "boardbook.pack.data.", subject);
    return List.of(new PackContents.Section(heading, lines));
  }

  private static String line(JsonNode node) {
    if (!node.isObject()) {
      return node.asText();
    }
    List<String> parts = new ArrayList<>();
    node.fields().forEachRemaining(f -> {
      if (!f.getValue().isNull() && !f.getValue().asText().isBlank()) {
        parts.add(f.getValue().asText());
      }
    });
    return String.join(" — ", parts);
  }

  private static String text(String key, Language language) {
    return Texts.get(language, key);
  }
}
