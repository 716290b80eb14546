package ma.majlis.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Properties;

/**
 * The words a template needs in its language: dates as Moroccan documents write them, ordinals, the labels of the
 * contract's codes ({@code PRESENT}, {@code ADOPTED}, {@code IN_PERSON}...). Available in templates as {@code txt}.
 * Labels live in {@code templates/documents/labels-<language>.properties} (UTF-8).
 */
public final class DocumentText {

  /** Month names as Moroccan Arabic documents write them (the seed's "24 دجنبر 2021"). */
  private static final String[] AR_MONTHS = {"يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت",
      "شتنبر", "أكتوبر", "نونبر", "دجنبر"};
  private static final String[] AR_DAYS = {"الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"};
  /** Feminine ordinals (الدورة is feminine): الدورة الثانية. */
  private static final String[] AR_ORDINALS = {"الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة",
      "السابعة", "الثامنة", "التاسعة", "العاشرة"};
  private static final String[] FR_ORDINALS = {"première", "deuxième", "troisième", "quatrième", "cinquième", "sixième",
      "septième", "huitième", "neuvième", "dixième"};
  private static final DateTimeFormatter FR_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
      DocumentLanguage.FR.locale());

  private final DocumentLanguage language;
  private final Properties labels;

  public DocumentText(DocumentLanguage language) {
    this.language = language;
    this.labels = loadLabels(language);
  }

  public DocumentLanguage language() {
    return language;
  }

  /** A name in this language. */
  public String name(Wording wording) {
    return wording == null ? "" : wording.in(language);
  }

  /** "vendredi 24 décembre 2021" / "الجمعة 24 دجنبر 2021". */
  public String date(LocalDateTime when) {
    if (when == null) {
      return "";
    }
    if (language == DocumentLanguage.AR) {
      return AR_DAYS[when.getDayOfWeek().getValue() - 1] + " " + when.getDayOfMonth() + " "
          + AR_MONTHS[when.getMonthValue() - 1] + " " + when.getYear();
    }
    return FR_DATE.format(when);
  }

  /** "10h00" / "10:00". */
  public String time(LocalDateTime when) {
    if (when == null) {
      return "";
    }
    return String.format(language == DocumentLanguage.AR ? "%02d:%02d" : "%dh%02d", when.getHour(), when.getMinute());
  }

  /** "au matin" / "صباح", "dans l'après-midi" / "بعد زوال", "en soirée" / "مساء". */
  public String partOfDay(LocalDateTime when) {
    String key = when.getHour() < 12 ? "day.morning" : when.getHour() < 18 ? "day.afternoon" : "day.evening";
    return label(key);
  }

  /** The ordinal of a session: "deuxième" / "الثانية". */
  public String ordinal(int n) {
    String[] ordinals = language == DocumentLanguage.AR ? AR_ORDINALS : FR_ORDINALS;
    if (n >= 1 && n <= ordinals.length) {
      return ordinals[n - 1];
    }
    return language == DocumentLanguage.AR ? "رقم " + n : n + "e";
  }

  /**
   * An Arabic name after the preposition لـ ("of, for"): المجلس الإداري becomes للمجلس الإداري (the alif of the article
   * drops), مؤسسة becomes لمؤسسة. In French the name is returned as it is.
   */
  public String forName(String name) {
    if (language != DocumentLanguage.AR || name == null || name.isEmpty()) {
      return name;
    }
    return name.startsWith("ال") ? "لل" + name.substring(2) : "ل" + name;
  }

  /**
   * What a press release says the body approved for an item: "le projet de budget de l'établissement au titre de
   * l'année 2022" / "مشروع ميزانية المؤسسة برسم سنة 2022", "إحداث لجنة «الالتقائية والجودة والابتكار»".
   */
  public String approved(SessionReport.Item item) {
    String subject = item.subject() == null || labels.getProperty("release." + item.subject()) == null
        ? "OTHER" : item.subject();
    return label("release." + subject, item.subjectYear() == null ? "" : item.subjectYear(),
        item.subjectName() == null ? item.title() : name(item.subjectName()), item.title());
  }

  /**
   * Whether a free text (a summary, a title) is written in this document's language, judged by its script: Arabic
   * letters for Arabic, none for French. A press release quotes only the free texts written in its own language;
   * the minutes show every text as it was recorded.
   */
  public boolean isWrittenIn(String text) {
    if (text == null || text.isBlank()) {
      return false;
    }
    boolean arabic = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    return arabic == (language == DocumentLanguage.AR);
  }

  /**
   * A French name without its leading article, for a letterhead: "l'Entraide Nationale" becomes "Entraide
   * Nationale". Arabic names are returned as they are.
   */
  public String withoutArticle(String name) {
    if (language != DocumentLanguage.FR || name == null) {
      return name;
    }
    String stripped = name.replaceFirst("^(?i)(l'|l’|la |le |les )", "");
    return stripped.isEmpty() ? name : Character.toUpperCase(stripped.charAt(0)) + stripped.substring(1);
  }

  /**
   * The writing direction of a free text, "rtl" or "ltr", from its first strong character (what {@code dir="auto"}
   * does in a browser; the PDF renderer needs it said): an English summary in the Arabic minutes is laid out left to
   * right, with its full stop at its end.
   */
  public String dirOf(String text) {
    if (text != null) {
      for (int i = 0; i < text.length(); i++) {
        byte d = Character.getDirectionality(text.charAt(i));
        if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
          return "rtl";
        }
        if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
          return "ltr";
        }
      }
    }
    return language.dir();
  }

  /** The label of a code of the contract, or the code itself when it has no label. */
  public String label(String code) {
    return code == null ? "" : labels.getProperty(code, code);
  }

  /** A label with its placeholders {0}, {1}... replaced. */
  public String label(String code, Object... arguments) {
    String text = label(code);
    for (int i = 0; i < arguments.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
    }
    return text;
  }

  private static Properties loadLabels(DocumentLanguage language) {
    String resource = "templates/documents/labels-" + language.code() + ".properties";
    Properties properties = new Properties();
    try (InputStream in = DocumentText.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing labels " + resource);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read labels " + resource, e);
    }
    return properties;
  }
}
