package ma.majlis.deliberation;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resolution numbers: {@code <session business key>-R<two digits, in order of registration>}, e.g. CA-2021-S2-R03. */
public final class ResolutionNumbers {

  private ResolutionNumbers() {
  }

  public static String format(String sessionKey, int sequence) {
    if (sequence < 1) {
      throw new IllegalArgumentException("a resolution's sequence starts at 1, got " + sequence);
    }
    return String.format("%s-R%02d", sessionKey, sequence);
  }

  /** The sequence of a number of this session, or 0 when the number belongs to another session. */
  public static int sequenceOf(String sessionKey, String number) {
    Matcher m = Pattern.compile(Pattern.quote(sessionKey) + "-R(\\d{2,})").matcher(number);
    return m.matches() ? Integer.parseInt(m.group(1)) : 0;
  }

  /** The next number of the session, after the highest one already registered (gaps are never reused). */
  public static String next(String sessionKey, Collection<String> existingNumbers) {
    int highest = existingNumbers.stream().mapToInt(n -> sequenceOf(sessionKey, n)).max().orElse(0);
    return format(sessionKey, highest + 1);
  }
}
