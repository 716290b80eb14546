package ma.majlis.api;

import ma.majlis.language.ThymeleafTexts;

import ma.majlis.session.SessionVariables;
import ma.majlis.process.ProcessKeys;
import ma.majlis.platform.CurrentUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import ma.majlis.boardbook.AccessLog;
import ma.majlis.boardbook.BoardBook;
import ma.majlis.boardbook.BoardBookAccess;
import ma.majlis.boardbook.BoardBookRefusal;
import ma.majlis.boardbook.BoardBookSettings;
import ma.majlis.boardbook.BoardFile;
import ma.majlis.boardbook.BoardPack;
import ma.majlis.language.Language;
import ma.majlis.language.Languages;
import ma.majlis.language.Texts;
import ma.majlis.platform.WithoutAuthorization;
import ma.majlis.board.SessionRecord;
import ma.majlis.board.SessionRecords;

/**
 * The board book of a session (issue #14): files attached to its agenda items, one watermarked pack per reader, who
 * read what. Who may do what is {@link BoardBookAccess}'s, not the read API's readers' ({@link ApiAccessInterceptor}
 * lets these paths through to it): a committee's external members read their committee's book, and the press office
 * reads no book.
 */
@RestController
@Tag(name = "Board book", description = "Files attached to a session's agenda items, the reader's pack, the access log")
public class BoardBookController {

  static final String BOOK_PATHS = "/api/sessions/[^/]+/(board-pack|access-log|book|files(/[^/]+)?|items/[^/]+/files)";

  private final BoardBook book;
  private final BoardBookAccess access;
  private final BoardPack packs;
  private final AccessLog log;
  private final IdentityService identity;
  private final RuntimeService runtime;
  private final Languages languages;
  private final ObjectMapper json = new ObjectMapper();
  private final TemplateEngine templates = ThymeleafTexts.htmlTemplates("api");
  private final String publicUrl;
  private final BoardBookSettings settings;

  public BoardBookController(BoardBook book, BoardBookAccess access, BoardPack packs, AccessLog log,
                             IdentityService identity, RuntimeService runtime, Languages languages,
                             BoardBookSettings settings,
                             @Value("${majlis.public-url:http://localhost:8080}") String url) {
    this.settings = settings;
    this.book = book;
    this.access = access;
    this.packs = packs;
    this.log = log;
    this.identity = identity;
    this.runtime = runtime;
    this.languages = languages;
    this.publicUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** What an upload answers. */
  @Schema(description = "A file attached to an agenda item, one version of it")
  public record FileView(long id, String name, String mediaType, long size, String sha256, int version,
                         int itemIndex, String uploadedBy, LocalDateTime uploadedAt, String href) {
    static FileView of(BoardFile f) {
      return new FileView(f.id(), f.name(), f.mediaType(), f.size(), f.sha256(), f.version(), f.itemIndex(),
          f.uploadedBy(), f.uploadedAt(), BoardBookController.href(f));
    }
  }

  static String href(BoardFile f) {
    return "/api/sessions/" + f.sessionKey() + "/files/" + f.id();
  }

  @PostMapping(path = "/api/sessions/{key}/items/{itemIndex}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Attach a file to an agenda item",
      description = "Multipart, field 'file'. PDF, DOCX, XLSX, PPTX, PNG or JPEG, recognised from the content (not "
          + "the name); at most majlis.board-book.max-file-size (50 MB). The same name on the same item is the next "
          + "version. General management and the secretariat, until the session is closed. With HTTP Basic, or with "
          + "the Tasklist login and the webapps' CSRF token in the X-XSRF-TOKEN header.")
  @ApiResponse(responseCode = "201", description = "{id, name, mediaType, size, sha256, version}")
  @ApiResponse(responseCode = "400", description = "no file, an empty file, or a file without a name")
  @ApiResponse(responseCode = "404", description = "no such session or item")
  @ApiResponse(responseCode = "409", description = "the session is closed: its book no longer changes")
  @ApiResponse(responseCode = "413", description = "larger than majlis.board-book.max-file-size")
  @ApiResponse(responseCode = "415", description = "not PDF, DOCX, XLSX, PPTX, PNG or JPEG")
  public ResponseEntity<FileView> upload(@PathVariable String key, @PathVariable int itemIndex,
                                         @RequestParam("file") MultipartFile file) {
    BoardFile stored = book.attach(key, itemIndex, file.getOriginalFilename(), file.getSize(), () -> {
      try {
        return file.getBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, caller(), () -> draftAgenda(key));
    return ResponseEntity.created(URI.create(href(stored))).body(FileView.of(stored));
  }

  @GetMapping(path = "/api/sessions/{key}/files", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The files of a session's book",
      description = "The latest version of each file, by item; every version for general management and the "
          + "secretariat. The book's readers only.")
  public List<FileView> files(@PathVariable String key) {
    BoardBook.Caller caller = caller();
    book.readable(key, caller);
    return book.files(key, caller).stream().map(FileView::of).toList();
  }

  @GetMapping(path = "/api/sessions/{key}/files/{id}")
  @Operation(summary = "A file of the book",
      description = "The file's bytes, with its type. A reader who reads only the latest versions is sent (303) to "
          + "the latest version of an earlier one. Logged in the access log.")
  @ApiResponse(responseCode = "200", description = "the file",
      content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary")))
  @ApiResponse(responseCode = "303", description = "a later version exists: Location names it")
  public ResponseEntity<byte[]> file(@PathVariable String key, @PathVariable long id) {
    BoardBook.Caller caller = caller();
    BoardFile file = book.file(key, id, caller);
    if (file.id() != id) {
      return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(href(file))).build();
    }
    byte[] content = book.content(file.id());
    log.file(file, caller.userId(), LocalDateTime.now());
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(file.name(),
            StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(content);
  }

  @GetMapping(path = "/api/sessions/{key}/board-pack")
  @Operation(summary = "The reader's pack of the session, as PDF",
      description = "A cover (body, session, date, venue), the agenda, then each item with its dossier and its files "
          + "(PDF as they are, pictures on a page, Word, Excel and PowerPoint files listed with a link), a bookmark "
          + "per item, page numbers, and on every page 'Confidentiel — <reader> — <date>'. The body's members, the "
          + "chair, the secretariat, general management and, for the board, the state controller; a committee's "
          + "book its members'. Logged in the access log.")
  @ApiResponse(responseCode = "200", description = "the pack",
      content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string",
          format = "binary")))
  public ResponseEntity<byte[]> pack(@PathVariable String key, HttpServletRequest request) {
    BoardBook.Caller caller = caller();
    SessionRecord session = book.readable(key, caller);
    Language locale = languages.of(caller.userId(), request);
    String name = WithoutAuthorization.displayName(identity, caller.userId());
    byte[] pdf = packs.build(book.contents(session, locale, () -> draftAgenda(key)),
        new BoardPack.Reader(name, locale, LocalDate.now()), book::content, f -> publicUrl + href(f));
    log.pack(key, caller.userId(), LocalDateTime.now());
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename("board-pack-" + key + "-" + caller.userId() + ".pdf").build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .body(pdf);
  }

  /** One line of the access log. */
  public record AccessView(String user, String what, Long fileId, Integer itemIndex, String name, Integer version,
                           LocalDateTime at) {
  }

  @GetMapping(path = "/api/sessions/{key}/access-log", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Who downloaded what of the session's book",
      description = "Every download of the pack (what PACK) or of a file (FILE, with its item, name and version), "
          + "the earliest first. The secretariat and administrators.")
  public List<AccessView> accessLog(@PathVariable String key) {
    BoardBook.Caller caller = caller();
    book.session(key);
    if (!access.mayReadLog(caller.groups())) {
      throw new BoardBookRefusal(403, "boardbook.error.mayNotReadLog", caller.userId());
    }
    return log.of(key).stream().map(e -> new AccessView(e.userId(), e.what(), e.fileId(), e.itemIndex(), e.name(),
        e.version(), e.at())).toList();
  }

  @GetMapping(path = "/api/sessions/{key}/book")
  @Operation(summary = "The session's book, as a page",
      description = "For a person, opened from Tasklist with its login: the pack, each item's files, and for general "
          + "management and the secretariat, until the session is closed, a form to attach files.")
  public ResponseEntity<String> page(@PathVariable String key, HttpServletRequest request) {
    BoardBook.Caller caller = caller();
    SessionRecord session = book.readable(key, caller);
    Language locale = languages.of(caller.userId(), request);
    List<SessionRecords.AgendaItem> items = book.items(key, () -> draftAgenda(key));
    List<BoardFile> files = book.files(key, caller);
    Context context = new Context(locale.locale());
    context.setVariable("session", session);
    context.setVariable("items", items);
    context.setVariable("files", files);
    context.setVariable("rtl", locale.rightToLeft());
    context.setVariable("lang", locale.tag());
    context.setVariable("mayAttach", access.mayAttach(caller.groups()) && BoardBook.open(session));
    context.setVariable("csrf", csrfToken(request));
    context.setVariable("rules", Texts.get(locale, "boardbook.page.rules",
        settings.getMaxFileSize().toMegabytes() + " MB"));
    context.setVariable("t", (java.util.function.Function<String, String>) k -> Texts.get(locale, k));
    context.setVariable("href", (java.util.function.Function<BoardFile, String>) BoardBookController::href);
    return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .body(templates.process("board-book", context));
  }

  /** The webapps' CSRF token of this session, for the page's uploads with the Tasklist login; null without one. */
  private static String csrfToken(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object token = session == null ? null : session.getAttribute("CAMUNDA_CSRF_TOKEN");
    return token == null ? null : token.toString();
  }

  @ExceptionHandler(BoardBookRefusal.class)
  ResponseEntity<ApiError> refused(BoardBookRefusal e, HttpServletRequest request) {
    String type = switch (e.status()) {
      case 400 -> ApiError.BAD_REQUEST;
      case 403 -> ApiError.FORBIDDEN;
      case 404 -> ApiError.NOT_FOUND;
      case 409 -> "ConflictException";
      case 413 -> "PayloadTooLargeException";
      case 415 -> "UnsupportedMediaTypeException";
      default -> "BoardBookException";
    };
    String message = Texts.get(languages.of(currentUser(), request), e.key(), e.args());
    return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON)
        .body(ApiError.of(type, message));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
    return refused(new BoardBookRefusal(413, "boardbook.error.tooLargeForServer"), request);
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<ApiError> noFile(MissingServletRequestPartException e, HttpServletRequest request) {
    return refused(new BoardBookRefusal(400, "boardbook.error.noFilePart"), request);
  }

  private String currentUser() {
    return CurrentUser.id(identity);
  }

  private BoardBook.Caller caller() {
    return new BoardBook.Caller(CurrentUser.id(identity), CurrentUser.groupIds(identity));
  }

  /**
   * The agenda being prepared, before the chair approves it: the running session's {@code agenda}, the only place
   * it is until then. Read whatever the caller may see in the engine (the book decides who reads).
   */
  private List<SessionRecords.AgendaItem> draftAgenda(String key) {
    return WithoutAuthorization.asEngine(identity, () -> {
      List<SessionRecords.AgendaItem> items = new ArrayList<>();
      ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(key)
          .processDefinitionKey(ProcessKeys.BOARD_SESSION).active().list().stream().findFirst().orElse(null);
      Object agenda = instance == null ? null : runtime.getVariable(instance.getId(), SessionVariables.AGENDA);
      if (agenda == null) {
        return items;
      }
      try {
        JsonNode array = json.readTree(agenda.toString());
        int position = 0;
        for (JsonNode item : array) {
          position++;
          items.add(new SessionRecords.AgendaItem(item.path("itemIndex").asInt(position), item.path("title").asText(),
              item.path("kind").asText(null), item.path("subject").asText(null), item.path("rapporteur").asText(null)));
        }
      } catch (IOException e) {
        // an agenda that is not Json has no items to attach files to
      }
      return items;
    });
  }
}
