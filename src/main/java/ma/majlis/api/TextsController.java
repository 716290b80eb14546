package ma.majlis.api;

import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import ma.majlis.language.Language;
import ma.majlis.language.Languages;
import ma.majlis.language.Texts;

/**
 * {@code GET /api/texts/{screen}}: the words of one of Majlis's own screens inside the webapps (today {@code cockpit},
 * the Board sessions plugin), in the reader's language, from the same message files as everything else
 * ({@code <screen>.*} in {@code i18n/messages_*.properties}), so that a script shows no word of its own.
 */
@RestController
public class TextsController {

  /** The words of a screen: its language and each text by its key (without the screen's prefix). */
  @Schema(name = "Texts")
  public record ScreenTexts(@Schema(example = "fr") String language, @Schema(example = "rtl or ltr") String dir,
                            Map<String, String> texts) {
  }

  private final Languages languages;
  private final IdentityService identity;

  public TextsController(Languages languages, IdentityService identity) {
    this.languages = languages;
    this.identity = identity;
  }

  @GetMapping(path = "/api/texts/{screen}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "The words of one of Majlis's screens in the webapps, in the reader's language",
      description = "The reader's preference, else Accept-Language, else the working language. Same readers as the "
          + "rest of the API.")
  @ApiResponse(responseCode = "200", description = "the texts")
  @ApiResponse(responseCode = "404", description = "no such screen")
  public ScreenTexts texts(@Parameter(example = "cockpit") @PathVariable String screen, HttpServletRequest request) {
    if (!"cockpit".equals(screen)) {
      throw new NotFoundException("error.api.noScreen", screen);
    }
    Language language = ApiErrorHandler.languageOf(languages, identity, request);
    Map<String, String> texts = new TreeMap<>();
    String prefix = screen + ".";
    Texts.keys(Language.EN).stream().filter(key -> key.startsWith(prefix))
        .forEach(key -> texts.put(key.substring(prefix.length()), Texts.get(language, key)));
    return new ScreenTexts(language.tag(), language.dir(), texts);
  }
}
