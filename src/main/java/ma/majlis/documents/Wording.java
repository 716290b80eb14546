package ma.majlis.documents;

/**
 * A name or phrase as it is written in each document language: the institution ("Entraide Nationale" /
 * "مؤسسة التعاون الوطني"), the body, the chair, a committee. The release in Arabic needs the Arabic wording, not a
 * transliteration of the French one, so names that appear in documents of both languages carry both.
 *
 * @param fr the French wording, null when there is none
 * @param ar the Arabic wording, null when there is none
 */
public record Wording(String fr, String ar) {

  public Wording {
    if (isBlank(fr) && isBlank(ar)) {
      throw new IllegalArgumentException("A wording needs at least one language");
    }
  }

  /** The same text in every language (a proper name written alike, a code). */
  public static Wording of(String text) {
    return new Wording(text, text);
  }

  /** The wording in a language, or in the other language when it has none in this one. */
  public String in(DocumentLanguage language) {
    String wanted = language == DocumentLanguage.AR ? ar : fr;
    return isBlank(wanted) ? (language == DocumentLanguage.AR ? fr : ar) : wanted;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
