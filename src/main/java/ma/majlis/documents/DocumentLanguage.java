package ma.majlis.documents;

import java.util.Locale;

/** The languages Majlis writes its documents in, with their writing direction. */
public enum DocumentLanguage {
  FR("fr", false),
  AR("ar", true);

  private final String code;
  private final boolean rightToLeft;

  DocumentLanguage(String code, boolean rightToLeft) {
    this.code = code;
    this.rightToLeft = rightToLeft;
  }

  /** The ISO 639-1 code, as in {@code <html lang="ar">} and in the {@code document.language} column. */
  public String code() {
    return code;
  }

  public boolean rightToLeft() {
    return rightToLeft;
  }

  /** "rtl" or "ltr", as in {@code <html dir="rtl">}. */
  public String dir() {
    return rightToLeft ? "rtl" : "ltr";
  }

  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  /** Accepts "ar", "AR", "fr"...; refuses any other language with a message that names the known ones. */
  public static DocumentLanguage of(String code) {
    for (DocumentLanguage language : values()) {
      if (language.code.equalsIgnoreCase(code) || language.name().equalsIgnoreCase(code)) {
        return language;
      }
    }
    throw new IllegalArgumentException("Unknown document language '" + code + "': use fr or ar");
  }
}
