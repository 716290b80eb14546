package ma.majlis.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A stored document's text without its markup, for a form (the minutes the secretariat reviews) and for a mail: one
 * line per heading, paragraph and table row (cells separated by " | "), a blank line before each section heading.
 * Converting it back ({@link #lines(String)}) gives the lines of a revised version.
 */
public final class DocumentPlainText {

  private static final Set<String> BLOCKS = Set.of("h1", "h2", "h3", "h4", "p", "div", "tr", "li", "table",
      "thead", "tbody", "ul", "ol", "br");
  private static final Set<String> SECTIONS = Set.of("h2");
  private static final Set<String> SKIPPED = Set.of("head", "style", "script", "title");
  /** Marks where a section starts: a blank line in the text. */
  private static final char SECTION_BREAK = '\u0001';

  private DocumentPlainText() {
  }

  /** The text of an HTML document produced by the renderer (well-formed XHTML). */
  public static String of(String html) {
    Document document = DocumentRenderer.parse(html, DocumentLanguage.FR);
    StringBuilder out = new StringBuilder();
    walk(document.getDocumentElement(), out);
    return tidy(out.toString());
  }

  private static void walk(Node node, StringBuilder out) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        out.append(child.getNodeValue().replaceAll("\\s+", " "));
      } else if (child.getNodeType() == Node.ELEMENT_NODE) {
        String name = ((Element) child).getTagName().toLowerCase(Locale.ROOT);
        if (SKIPPED.contains(name)) {
          continue;
        }
        if (SECTIONS.contains(name)) {
          out.append('\n').append(SECTION_BREAK);
        } else if (BLOCKS.contains(name)) {
          out.append('\n');
        }
        if ((name.equals("td") || name.equals("th")) && child.getPreviousSibling() != null
            && hasCellBefore(child)) {
          out.append(" | ");
        }
        walk(child, out);
        if (BLOCKS.contains(name)) {
          out.append('\n');
        }
      }
    }
  }

  private static boolean hasCellBefore(Node cell) {
    for (Node n = cell.getPreviousSibling(); n != null; n = n.getPreviousSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE) {
        return true;
      }
    }
    return false;
  }

  /** Trims each line and collapses spaces; no empty line but one before each section heading. */
  private static String tidy(String text) {
    List<String> lines = new ArrayList<>();
    for (String raw : text.split("\n", -1)) {
      boolean section = raw.indexOf(SECTION_BREAK) >= 0;
      String line = raw.replace(String.valueOf(SECTION_BREAK), "").replaceAll("[ \\t\\u00a0]+", " ")
          .replaceAll(" ([,.)])", "$1").trim().replaceAll("^\\|\\s*|\\s*\\|$", "").trim();
      if (line.isEmpty()) {
        continue;
      }
      if (section && !lines.isEmpty()) {
        lines.add("");
      }
      lines.add(line);
    }
    return String.join("\n", lines);
  }

  /** The lines of a plain text, each trimmed (blank lines kept, as paragraph breaks), with Windows line ends read. */
  public static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      lines.add(line.trim());
    }
    return lines;
  }

  /** Whether two texts say the same once line ends, blank lines and spaces at the ends of lines are ignored. */
  public static boolean sameText(String a, String b) {
    return normalised(a).equals(normalised(b));
  }

  private static String normalised(String text) {
    return text == null ? "" : String.join("\n", lines(text).stream().filter(l -> !l.isEmpty()).toList());
  }
}
