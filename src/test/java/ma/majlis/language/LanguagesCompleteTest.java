package ma.majlis.language;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The three message files say the same things: every key in every language, with the same placeholders. */
class LanguagesCompleteTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyLanguageHasEveryText(Language language) {
    Set<String> all = new TreeSet<>();
    for (Language each : Language.values()) {
      all.addAll(Texts.keys(each));
    }
    Set<String> missing = new TreeSet<>(all);
    missing.removeAll(Texts.keys(language));
    assertThat(missing).as("texts missing in messages_%s.properties", language.tag()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void noTextIsEmptyAndPlaceholdersMatchTheEnglish(Language language) {
    for (String key : Texts.keys(language)) {
      String text = Texts.get(language, key);
      assertThat(text).as("%s in %s", key, language).isNotBlank();
      assertThat(placeholders(text)).as("placeholders of %s in %s", key, language)
          .isEqualTo(placeholders(Texts.get(Language.EN, key)));
      assertThat(text).as("%s in %s: write the apostrophe as ’ (MessageFormat drops a plain one)", key, language)
          .doesNotContain("'");
    }
  }

  @Test
  void datesAreWrittenAsEachLanguageWritesThem() {
    LocalDate day = LocalDate.of(2021, 12, 24);
    assertThat(Texts.date(Language.FR, day)).isEqualTo("24 décembre 2021");
    assertThat(Texts.date(Language.AR, day)).isEqualTo("24 دجنبر 2021");
    assertThat(Texts.date(Language.EN, day)).isEqualTo("24 December 2021");
    assertThat(Texts.dayAndTime(Language.FR, LocalDateTime.of(2021, 12, 24, 10, 0)))
        .isEqualTo("vendredi 24 décembre 2021 à 10:00");
    assertThat(Texts.day(Language.AR, LocalDate.of(2022, 8, 1))).isEqualTo("الاثنين 1 غشت 2022");
  }

  @Test
  void amountsInDirhams() {
    BigDecimal amount = new BigDecimal("1234567.5");
    assertThat(Texts.amount(Language.FR, amount)).isEqualTo("1\u202F234\u202F567,50 MAD");
    assertThat(Texts.amount(Language.AR, amount)).isEqualTo("1\u202F234\u202F567,50 درهم");
    assertThat(Texts.amount(Language.EN, amount)).isEqualTo("MAD 1,234,567.50");
  }

  @Test
  void languagesAreReadFromCodesAndHeaders() {
    assertThat(Language.parse("fr-MA")).contains(Language.FR);
    assertThat(Language.parse("AR")).contains(Language.AR);
    assertThat(Language.parse("de")).isEmpty();
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
