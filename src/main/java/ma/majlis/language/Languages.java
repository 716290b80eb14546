package ma.majlis.language;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import ma.majlis.identity.UserPreferences;

/**
 * Which language a person reads: the one he chose (or an administrator chose for him), else, for a request, the
 * browser's {@code Accept-Language} among Arabic, French and English, else the body's working language
 * ({@code majlis.languages.default}).
 */
@Component
public class Languages {

  private static volatile Languages current;

  private final UserPreferences preferences;

  public Languages(UserPreferences preferences) {
    this.preferences = preferences;
    current = this;
  }

  /**
   * The application's instance, for code the engine or Jersey creates outside Spring (exception mappers); empty
   * before the application has started.
   */
  public static Optional<Languages> current() {
    return Optional.ofNullable(current);
  }

  /** The person's language: his choice, else the working language. */
  public Language of(String userId) {
    return Language.parse(preferences.language(userId)).orElse(Language.FR);
  }

  /**
   * The language of a task's texts: its assignee's ({@link #of}), else, for a task offered to a group (no assignee),
   * the working language.
   */
  public Language ofAssignee(String assignee) {
    return assignee == null ? working() : of(assignee);
  }

  /** The working language of the body, for readers who are not one person (a group's task, an outside address). */
  public Language working() {
    return Language.parse(preferences.workingLanguage()).orElse(Language.FR);
  }

  /**
   * The language of a request's reader: the preference of {@code userId} if he chose one, else the first of the
   * request's {@code Accept-Language} that Majlis writes, else the working language.
   */
  public Language of(String userId, HttpServletRequest request) {
    if (userId != null) {
      Optional<Language> chosen = preferences.chosen(userId).flatMap(Language::parse);
      if (chosen.isPresent()) {
        return chosen.get();
      }
    }
    return accepted(request).orElseGet(this::working);
  }

  /** The first language of {@code Accept-Language} that Majlis writes, in the browser's order of preference. */
  public static Optional<Language> accepted(HttpServletRequest request) {
    String header = request == null ? null : request.getHeader("Accept-Language");
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    try {
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
        Optional<Language> language = Language.parse(range.getRange());
        if (language.isPresent() && range.getWeight() > 0) {
          return language;
        }
      }
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
