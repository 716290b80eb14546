package ma.majlis.notification;

import java.util.ArrayList;
import java.util.List;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import ma.majlis.language.Language;
import ma.majlis.language.Texts;
import ma.majlis.language.ThymeleafTexts;

/**
 * An email in its recipient's language: the subject and the words come from the message files ({@code mail.*} in
 * {@code i18n/messages_*.properties}), the data (titles, names, the minutes' text) as recorded. One layout,
 * {@code templates/mail/layout.html}, gives the HTML part (right to left in Arabic); the plain-text part says the
 * same in the same order.
 */
public final class Mail {

  /** A piece of the body: a paragraph, a heading, a list, or a block of text kept as it is (the minutes). */
  public record Block(String kind, String text, List<String> items) {
  }

  private static final TemplateEngine TEMPLATES = ThymeleafTexts.htmlTemplates("mail");

  private final Language language;
  private String subject;
  private final List<Block> blocks = new ArrayList<>();

  private Mail(Language language) {
    this.language = language;
  }

  public static Mail in(Language language) {
    return new Mail(language);
  }

  public Language language() {
    return language;
  }

  public Mail subject(String key, Object... args) {
    this.subject = Texts.get(language, key, args);
    return this;
  }

  /** A paragraph of the message files. */
  public Mail paragraph(String key, Object... args) {
    blocks.add(new Block("p", Texts.get(language, key, args), List.of()));
    return this;
  }

  /** A heading of the message files ("Ordre du jour"). */
  public Mail heading(String key, Object... args) {
    blocks.add(new Block("h", Texts.get(language, key, args), List.of()));
    return this;
  }

  /** A list whose lines are already written (each made of texts and data). */
  public Mail items(List<String> lines) {
    if (!lines.isEmpty()) {
      blocks.add(new Block("ul", null, List.copyOf(lines)));
    }
    return this;
  }

  /** A text kept line for line (the minutes as signed). */
  public Mail preformatted(String text) {
    blocks.add(new Block("pre", text, List.of()));
    return this;
  }

  /** A link, shown with its label (HTML) or as "label: address" (plain text). */
  public Mail link(String key, String href) {
    blocks.add(new Block("a", Texts.get(language, key), List.of(href)));
    return this;
  }

  public String subject() {
    if (subject == null) {
      throw new IllegalStateException("A mail needs a subject");
    }
    return subject;
  }

  /** The plain-text part. */
  public String text() {
    StringBuilder text = new StringBuilder();
    for (Block block : blocks) {
      switch (block.kind()) {
        case "ul" -> block.items().forEach(line -> text.append("  - ").append(line).append('\n'));
        case "a" -> text.append(block.text()).append(": ").append(block.items().get(0)).append('\n');
        default -> text.append(block.text()).append('\n');
      }
      text.append('\n');
    }
    return text.toString().stripTrailing() + "\n";
  }

  /** The HTML part: {@code lang} and {@code dir} set, right to left in Arabic. */
  public String html() {
    Context context = new Context(language.locale());
    context.setVariable("lang", language.tag());
    context.setVariable("dir", language.dir());
    context.setVariable("subject", subject());
    context.setVariable("blocks", blocks);
    return TEMPLATES.process("layout", context);
  }
}
