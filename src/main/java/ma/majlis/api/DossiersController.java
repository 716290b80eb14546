package ma.majlis.api;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import ma.majlis.platform.WithoutAuthorization;
import ma.majlis.language.Language;
import ma.majlis.language.Languages;
import ma.majlis.language.Texts;
import ma.majlis.language.ThymeleafTexts;
import ma.majlis.board.SessionRecords;

/**
 * {@code GET /api/sessions/{key}/dossiers}: the session's agenda as the chair approved it, with each deliberation's
 * dossier (the proposed resolution, the programmes, budget lines or committee, the state controller's opinion) and
 * each approved presentation, as a page a member reads from Tasklist (the link in his reply and vote forms opens it
 * with the Tasklist login). Read from Majlis's tables, by the same readers as the rest of the API.
 */
@RestController
public class DossiersController {


  private final SessionReader reader;
  private final SessionRecords records;
  private final IdentityService identity;
  private final Languages languages;
  private final ma.majlis.minutes.FollowUpItems followUpItems;
  private final ObjectMapper json = new ObjectMapper();
  private final TemplateEngine templates = ThymeleafTexts.htmlTemplates("api");

  public DossiersController(SessionReader reader, SessionRecords records, IdentityService identity,
      Languages languages, ma.majlis.minutes.FollowUpItems followUpItems) {
    this.languages = languages;
    this.followUpItems = followUpItems;
    this.reader = reader;
    this.records = records;
    this.identity = identity;
  }

  // No "produces": a page answers HTML whatever the client accepts (the API's default type is Json)
  @GetMapping(path = "/api/sessions/{key}/dossiers")
  @Operation(summary = "A session's agenda and dossiers, as a page",
      description = "The agenda the chair approved, each deliberation's dossier and each approved presentation, as "
          + "HTML for a person (the members' forms in Tasklist link to it). Same readers as the rest of the API.")
  @ApiResponse(responseCode = "200", description = "the page")
  @ApiResponse(responseCode = "404", description = "no session with this key")
  public ResponseEntity<String> dossiers(@Parameter(description = "the session's business key", example = "CA-2021-S2")
                         @PathVariable String key, jakarta.servlet.http.HttpServletRequest request) {
    SessionView session = reader.find(key).orElseThrow(() -> new NotFoundException("error.api.noSession", key));
    Map<Integer, Object> payloads = new HashMap<>();
    records.dossiers(key).forEach(d -> {
      if (d.payload() != null) {
        try {
          payloads.put(d.itemIndex(), json.readValue(d.payload(), Object.class));
        } catch (IOException e) {
          // a payload that is not Json is not shown; the proposed resolution still is
        }
      }
    });
    Language language = ApiErrorHandler.languageOf(languages, identity, request);
    Context context = new Context(language.locale());
    context.setVariable("lang", language.tag());
    context.setVariable("dir", language.dir());
    context.setVariable("session", session);
    context.setVariable("date", Texts.dayAndTime(language, session.plannedStart()));
    context.setVariable("payloads", payloads);
    context.setVariable("word", (Function<String, String>) code -> Texts.word(language, "", code));
    context.setVariable("amount", (Function<Object, String>) a -> a == null ? ""
        : Texts.amount(language, new java.math.BigDecimal(a.toString())));
    // a FOLLOW_UP item's dossier: the follow-ups not done when the chair approved the agenda
    context.setVariable("followUps", followUpItems.of(key).stream()
        .collect(java.util.stream.Collectors.groupingBy(ma.majlis.minutes.FollowUpItems.Row::itemIndex)));
    context.setVariable("names", (Function<String, String>) id -> WithoutAuthorization.displayName(identity, id));
    return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .body(templates.process("dossiers", context));
  }
}
