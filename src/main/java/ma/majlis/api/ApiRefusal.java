package ma.majlis.api;

import ma.majlis.language.Language;
import ma.majlis.language.Texts;

/**
 * A refusal of the read API whose text is one of {@code i18n/messages_*.properties} ({@code error.*}), with its
 * arguments: {@link ApiErrorHandler} writes it in the caller's language; the exception's own message (logs) is the
 * English text.
 */
abstract class ApiRefusal extends RuntimeException {

  private final String key;
  private final transient Object[] args;

  ApiRefusal(String prefix, String key, Object... args) {
    super(prefix + Texts.get(Language.EN, key, args));
    this.key = key;
    this.args = args;
  }

  /** The refusal as the caller reads it (without the parameter's name). */
  String text(Language language) {
    return Texts.get(language, key, args);
  }
}
