package ma.majlis.api;

import java.util.regex.Pattern;

/** The checks the read API's list endpoints share: a body code, a year, a page and its size (400 naming them). */
final class Parameters {

  static final int DEFAULT_SIZE = 20;
  static final int MAX_SIZE = 100;

  private static final Pattern BODY = Pattern.compile("[A-Z]{2,8}");

  private Parameters() {
  }

  static void body(String body) {
    if (body != null && !BODY.matcher(body).matches()) {
      throw new InvalidParameterException("body", "error.api.bodyCode", "'" + body + "'");
    }
  }

  static void year(Integer year) {
    if (year != null && (year < 2000 || year > 2100)) {
      throw new InvalidParameterException("year", "error.input.range", "2000", "2100", String.valueOf(year));
    }
  }

  /** {@code page} from 0, {@code size} from 1 to {@link #MAX_SIZE}, and a first item an int can hold. */
  static void page(int page, int size) {
    if (page < 0) {
      throw new InvalidParameterException("page", "error.api.pageNegative", String.valueOf(page));
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidParameterException("size", "error.input.range", "1", String.valueOf(MAX_SIZE),
          String.valueOf(size));
    }
    if ((long) page * size > Integer.MAX_VALUE) {
      throw new InvalidParameterException("page", "error.api.pageBeyond", String.valueOf(page));
    }
  }
}
