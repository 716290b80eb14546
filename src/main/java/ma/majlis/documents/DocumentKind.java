package ma.majlis.documents;

/** What a document is; the templates of a kind are {@code templates/documents/<template>-<language>.html}. */
public enum DocumentKind {
  MINUTES("minutes"),
  PRESS_RELEASE("press-release"),
  CONVOCATION("convocation");

  private final String template;

  DocumentKind(String template) {
    this.template = template;
  }

  /** The template's name in {@code templates/documents/} for a language, e.g. {@code press-release-ar}. */
  public String templateName(DocumentLanguage language) {
    return template + "-" + language.code();
  }
}
