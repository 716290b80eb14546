package ma.majlis.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Renders a session's documents: Thymeleaf templates ({@code templates/documents/<kind>-<language>.html}) to a
 * complete HTML document, and that HTML to PDF with openhtmltopdf.
 *
 * <p>Arabic: the HTML says {@code lang="ar" dir="rtl"}; the PDF is laid out right to left, with the Unicode bidi
 * algorithm (ICU) for mixed runs such as years and Latin names, and the letters joined by ICU's Arabic shaping (done
 * by {@link ICUBidiReorderer#shapeText} in openhtmltopdf 1.1.x). The font is the one shipped in
 * {@code fonts/} (Amiri, SIL Open Font License, Arabic and Latin), embedded in every PDF: rendering never depends on
 * the fonts installed on the machine.
 */
@Component
public class DocumentRenderer {

  /** The font family the templates' CSS names. */
  public static final String FONT_FAMILY = "Amiri";

  private static final String TEMPLATES = "templates/documents/";

  private final TemplateEngine engine;
  private final byte[] regularFont;
  private final byte[] boldFont;

  public DocumentRenderer() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(DocumentRenderer.class.getClassLoader());
    resolver.setPrefix(TEMPLATES);
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCheckExistence(true);
    resolver.setCacheable(true);
    engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    regularFont = readResource("fonts/Amiri-Regular.ttf");
    boldFont = readResource("fonts/Amiri-Bold.ttf");
  }

  /** Whether a template exists for this kind and language. */
  public boolean supports(DocumentKind kind, DocumentLanguage language) {
    return DocumentRenderer.class.getClassLoader()
        .getResource(TEMPLATES + kind.templateName(language) + ".html") != null;
  }

  /** The document as a complete HTML page ({@code <html lang="ar" dir="rtl">} in Arabic). */
  public String html(DocumentKind kind, DocumentLanguage language, SessionReport report) {
    if (!supports(kind, language)) {
      throw new IllegalArgumentException("No template for " + kind + " in " + language.code() + " (expected "
          + TEMPLATES + kind.templateName(language) + ".html)");
    }
    Context context = new Context(language.locale());
    context.setVariable("report", report);
    context.setVariable("lang", language);
    context.setVariable("txt", new DocumentText(language));
    return engine.process(kind.templateName(language), context);
  }

  /**
   * A document written as plain text (minutes corrected by the secretariat) as a complete HTML page in the
   * documents' style: each line a paragraph, escaped, laid out in the direction it is written in.
   */
  public String textHtml(DocumentLanguage language, String title, List<String> lines) {
    Context context = new Context(language.locale());
    context.setVariable("lang", language);
    context.setVariable("txt", new DocumentText(language));
    context.setVariable("title", title);
    context.setVariable("lines", List.copyOf(lines));
    return engine.process("text", context);
  }

  /** The PDF of an HTML document produced by {@link #html}, in its language. */
  public byte[] pdf(String html, DocumentLanguage language) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument document = new PDDocument();
         TrueTypeFont regular = letterForLetter(regularFont);
         TrueTypeFont bold = letterForLetter(boldFont)) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePDDocument(document);
      builder.useFont(new PDFontSupplier(PDType0Font.load(document, regular, true)), FONT_FAMILY, 400,
          FontStyle.NORMAL, true);
      builder.useFont(new PDFontSupplier(PDType0Font.load(document, bold, true)), FONT_FAMILY, 700,
          FontStyle.NORMAL, true);
      builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
      builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
      builder.defaultTextDirection(language.rightToLeft() ? TextDirection.RTL : TextDirection.LTR);
      builder.withProducer("Majlis");
      builder.withW3cDocument(parse(html, language), null);
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        renderer.layout();
        renderer.createPDFWithoutClosing();
      }
      // saved while the fonts are open: the used glyphs are embedded (subset) at this point
      document.save(out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot render the PDF", e);
    }
    return out.toByteArray();
  }

  /**
   * The factory of the HTML's parsers, configured once: {@link DocumentBuilderFactory#newInstance()} looks its
   * implementation up among the class path's services each time, which cost more than the parse of a document.
   */
  private static final DocumentBuilderFactory PARSERS = parsers();

  private static DocumentBuilderFactory parsers() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(false);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setExpandEntityReferences(false);
      return factory;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("No XML parser for the documents", e);
    }
  }

  /**
   * The HTML as a DOM for openhtmltopdf. openhtmltopdf lays out table columns left to right whatever the direction,
   * where a browser mirrors them in a right-to-left document; so for Arabic the cells of each row are put in reverse
   * order here, and the first column (the member, the "for" votes) stands on the right as the reader expects. The
   * stored HTML is not changed.
   */
  static Document parse(String html, DocumentLanguage language) {
    try {
      javax.xml.parsers.DocumentBuilder parser;
      synchronized (PARSERS) { // a factory is not thread-safe; a builder is used by one thread
        parser = PARSERS.newDocumentBuilder();
      }
      Document document = parser.parse(new InputSource(new StringReader(html)));
      if (language.rightToLeft()) {
        NodeList rows = document.getElementsByTagName("tr");
        for (int i = 0; i < rows.getLength(); i++) {
          Node row = rows.item(i);
          List<Node> cells = new ArrayList<>();
          for (Node child = row.getFirstChild(); child != null; child = child.getNextSibling()) {
            cells.add(child);
          }
          cells.forEach(row::removeChild);
          Collections.reverse(cells);
          cells.forEach(row::appendChild);
        }
      }
      return document;
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalStateException("The document's HTML is not well-formed: " + e.getMessage(), e);
    }
  }

  /**
   * The shipped font, drawn one glyph per character. PDFBox would otherwise apply the font's own substitutions
   * (the Latin ligatures ff, fi...) to the text it draws, and a ligature glyph has no character of its own in the PDF's
   * text layer, so "efforts" would no longer be found by search, copy or a screen reader. Arabic letters need no
   * substitution from the font: ICU has already shaped them into their joined forms.
   */
  private static TrueTypeFont letterForLetter(byte[] font) throws IOException {
    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font));
    ttf.setEnableGsub(false);
    return ttf;
  }

  /** The document as PDF. */
  public byte[] pdf(DocumentKind kind, DocumentLanguage language, SessionReport report) {
    return pdf(html(kind, language, report), language);
  }

  private static byte[] readResource(String name) {
    try (InputStream in = DocumentRenderer.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
  }
}
