package ma.majlis.language;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages people read Majlis in: Arabic and French for the board's people, English as the third language and
 * for integrators. A person's language is stored by Majlis ({@code identity/UserPreferences}).
 */
public enum Language {
  AR("ar"), FR("fr"), EN("en");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  /** {@code ar}, {@code fr}, {@code en}: the code in the API, the message files and the webapps' locales. */
  public String tag() {
    return tag;
  }

  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  /** Arabic reads right to left. */
  public boolean rightToLeft() {
    return this == AR;
  }

  /** {@code "rtl"} or {@code "ltr"}, for HTML's {@code dir}. */
  public String dir() {
    return rightToLeft() ? "rtl" : "ltr";
  }

  /** The language of a code such as {@code ar}, {@code fr-MA} or {@code EN}; empty for any other. */
  public static Optional<Language> parse(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    String primary = code.trim().toLowerCase(Locale.ROOT).split("[-_;]", 2)[0];
    for (Language language : values()) {
      if (language.tag.equals(primary)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }
}
