package ma.majlis.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Every word a person reads, from one source: {@code i18n/messages_{ar,fr,en}.properties} (UTF-8), which the mail
 * and page templates read too ({@link ThymeleafTexts}). A text with arguments is a {@link MessageFormat}
 * pattern ({@code {0}}); apostrophes are written as the typographic ’ so that a text reads the same with or without
 * arguments ({@code LanguagesCompleteTest} holds the three files to the same keys, placeholders and that rule).
 *
 * <p>Dates are written the way each language writes them: "24 décembre 2021", "24 دجنبر 2021" (the months as
 * Moroccan usage names them), "24 December 2021"; amounts in dirhams with the language's separators.
 */
public final class Texts {

  private static final Map<Language, Map<String, String>> TEXTS = new EnumMap<>(Language.class);

  static {
    for (Language language : Language.values()) {
      TEXTS.put(language, load(language));
    }
  }

  private Texts() {
  }

  /** The text of {@code key} in {@code language}, with its arguments; the English text if the language lacks it. */
  public static String get(Language language, String key, Object... args) {
    String pattern = TEXTS.get(language).get(key);
    if (pattern == null) {
      pattern = TEXTS.get(Language.EN).get(key);
    }
    if (pattern == null) {
      throw new IllegalArgumentException("No text '" + key + "' in i18n/messages_*.properties");
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
  }

  /** Whether the language has its own text for the key. */
  public static boolean has(Language language, String key) {
    return TEXTS.get(language).containsKey(key);
  }

  /** The keys of a language's file (for the completeness test and the forms' translation). */
  public static Set<String> keys(Language language) {
    return Collections.unmodifiableSet(TEXTS.get(language).keySet());
  }

  /**
   * A code in words: {@code word(FR, "kind.", "DELIBERATION")} → "Délibération (vote)"; the code itself when the
   * message files have no word for it (a value added since), and "" for none.
   */
  public static String word(Language language, String prefix, String code) {
    if (code == null) {
      return "";
    }
    return has(Language.EN, prefix + code) ? get(language, prefix + code) : code;
  }

  /** "24 décembre 2021", "24 دجنبر 2021", "24 December 2021". */
  public static String date(Language language, LocalDate day) {
    return get(language, "date.day", day.getDayOfMonth(), get(language, "month." + day.getMonthValue()),
        String.valueOf(day.getYear()));
  }

  /** "vendredi 24 décembre 2021", "الجمعة 24 دجنبر 2021", "Friday 24 December 2021". */
  public static String day(Language language, LocalDate day) {
    return get(language, "date.weekday", get(language, "weekday." + day.getDayOfWeek().getValue()),
        date(language, day));
  }

  /** "vendredi 24 décembre 2021 à 10:00", "الجمعة 24 دجنبر 2021 على الساعة 10:00". */
  public static String dayAndTime(Language language, LocalDateTime time) {
    return get(language, "date.dayAndTime", day(language, time.toLocalDate()),
        String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute()));
  }

  /** "1 234 567,00 MAD", "1 234 567,00 درهم", "MAD 1,234,567.00". */
  public static String amount(Language language, BigDecimal mad) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    if (language == Language.EN) {
      symbols.setGroupingSeparator(',');
      symbols.setDecimalSeparator('.');
    } else {
      symbols.setGroupingSeparator('\u202F');
      symbols.setDecimalSeparator(',');
    }
    String number = new DecimalFormat("#,##0.00", symbols).format(mad.setScale(2, RoundingMode.HALF_UP));
    return get(language, "amount.mad", number);
  }

  private static Map<String, String> load(Language language) {
    String resource = "i18n/messages_" + language.tag() + ".properties";
    try (InputStream in = Texts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + resource);
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> texts = new java.util.HashMap<>();
      properties.forEach((k, v) -> texts.put((String) k, (String) v));
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
