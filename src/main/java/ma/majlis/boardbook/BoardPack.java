package ma.majlis.boardbook;

import ma.majlis.language.ThymeleafTexts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.util.Matrix;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import ma.majlis.documents.DocumentLanguage;
import ma.majlis.documents.DocumentRenderer;
import ma.majlis.language.Language;
import ma.majlis.language.Texts;

/**
 * One reader's pack of a session, as one PDF: a cover (body, session, date, venue) with the agenda, then each item
 * with its dossier and its files; PDF files as they are, pictures on a page of their own, and Word, Excel and
 * PowerPoint files listed with a link to the file (Majlis has no office converter: nothing is installed beside the
 * application that could turn them into PDF faithfully). A bookmark per item (and per file under it), the page
 * number on every page, and on every page the reader's name and the day ("Confidentiel — name — date", in the
 * reader's language), so that a copy that leaks names whose it was.
 *
 * <p>The cover and the items' pages are HTML rendered by {@link DocumentRenderer} (the documents' Arabic font and
 * right-to-left layout); the rest is PDFBox.
 */
@Component
public class BoardPack {

  private final DocumentRenderer renderer;
  private final TemplateEngine templates = ThymeleafTexts.htmlTemplates("boardbook");
  private final byte[] font;

  public BoardPack(DocumentRenderer renderer) {
    this.renderer = renderer;
    try (InputStream in = BoardPack.class.getClassLoader().getResourceAsStream("fonts/Amiri-Regular.ttf")) {
      font = in.readAllBytes();
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("Missing font fonts/Amiri-Regular.ttf", e);
    }
  }

  /** The reader, in whose name and language the pack is made, and the day it is made. */
  public record Reader(String name, Language language, LocalDate day) {
  }

  /**
   * The pack. {@code content} gives a file's bytes by id; {@code fileLink} the address of a file for the office files
   * the pack lists instead of including.
   */
  public byte[] build(PackContents pack, Reader reader, LongFunction<byte[]> content,
                      java.util.function.Function<BoardFile, String> fileLink) {
    DocumentLanguage language = reader.language().rightToLeft() ? DocumentLanguage.AR : DocumentLanguage.FR;
    List<PDDocument> sources = new ArrayList<>();
    try (PDDocument out = new PDDocument()) {
      PDDocumentOutline outline = new PDDocumentOutline();
      out.getDocumentCatalog().setDocumentOutline(outline);

      Context cover = context(pack, reader, language);
      PDPage first = append(out, sources, renderer.pdf(templates.process("cover", cover), language));
      bookmark(outline, null, text(reader, "boardbook.pack.agenda"), first);

      for (PackContents.Item item : pack.items()) {
        Context page = context(pack, reader, language);
        page.setVariable("item", item);
        List<Note> notes = new ArrayList<>();
        for (BoardFile file : item.files()) {
          notes.add(note(reader, file, fileLink));
        }
        page.setVariable("notes", notes);
        PDPage itemPage = append(out, sources, renderer.pdf(templates.process("item", page), language));
        PDOutlineItem itemMark = bookmark(outline, null, item.index() + ". " + item.title(), itemPage);
        for (BoardFile file : item.files()) {
          PDPage filePage = switch (file.mediaType()) {
            case FileTypes.PDF -> appendPdf(out, sources, content.apply(file.id()));
            case FileTypes.PNG, FileTypes.JPEG -> appendImage(out, content.apply(file.id()), file.name());
            default -> null;
          };
          if (filePage != null) {
            bookmark(outline, itemMark, file.name(), filePage);
          }
        }
      }
      stamp(out, reader);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      out.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot build the board pack of " + pack.sessionKey(), e);
    } finally {
      for (PDDocument source : sources) {
        try {
          source.close();
        } catch (IOException e) {
          // nothing left to do with it
        }
      }
    }
  }

  private Context context(PackContents pack, Reader reader, DocumentLanguage language) {
    Context context = new Context(reader.language().locale());
    context.setVariable("pack", pack);
    context.setVariable("lang", language);
    context.setVariable("date", pack.plannedStart() == null ? ""
        : Texts.dayAndTime(reader.language(), pack.plannedStart()));
    context.setVariable("t", (java.util.function.Function<String, String>) key -> text(reader, key));
    context.setVariable("dir", (java.util.function.Function<String, String>) BoardPack::dirOf);
    return context;
  }

  /** A line of an item's list of files: what became of the file, and for an office file the link that opens it. */
  public record Note(String text, String href) {
  }

  private static Note note(Reader reader, BoardFile file, java.util.function.Function<BoardFile, String> fileLink) {
    return switch (file.mediaType()) {
      case FileTypes.PDF -> new Note(text(reader, "boardbook.pack.file.included", file.name(),
          String.valueOf(file.version())), null);
      case FileTypes.PNG, FileTypes.JPEG -> new Note(text(reader, "boardbook.pack.file.picture", file.name(),
          String.valueOf(file.version())), null);
      default -> new Note(text(reader, "boardbook.pack.file.linked", file.name(), String.valueOf(file.version())),
          fileLink.apply(file));
    };
  }

  private static String text(Reader reader, String key, Object... args) {
    return Texts.get(reader.language(), key, args);
  }

  /** Appends a rendered or uploaded PDF's pages; returns its first page. */
  private static PDPage append(PDDocument out, List<PDDocument> sources, byte[] pdf) throws IOException {
    PDDocument source = Loader.loadPDF(pdf);
    sources.add(source);
    PDPage first = null;
    for (PDPage page : source.getPages()) {
      PDPage imported = out.importPage(page);
      if (first == null) {
        first = imported;
      }
    }
    return first;
  }

  /** An uploaded PDF; one that cannot be read (damaged, encrypted) is left out, its note still lists it. */
  private static PDPage appendPdf(PDDocument out, List<PDDocument> sources, byte[] pdf) {
    try {
      return append(out, sources, pdf);
    } catch (IOException e) {
      return null;
    }
  }

  /** A picture on an A4 page of its own, scaled to fit within the margins. */
  private static PDPage appendImage(PDDocument out, byte[] content, String name) throws IOException {
    PDImageXObject image;
    try {
      image = PDImageXObject.createFromByteArray(out, content, name);
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
    PDPage page = new PDPage(PDRectangle.A4);
    out.addPage(page);
    float margin = 50;
    float width = PDRectangle.A4.getWidth() - 2 * margin;
    float height = PDRectangle.A4.getHeight() - 2 * margin;
    float scale = Math.min(1f, Math.min(width / image.getWidth(), height / image.getHeight()));
    float w = image.getWidth() * scale;
    float h = image.getHeight() * scale;
    try (PDPageContentStream stream = new PDPageContentStream(out, page)) {
      stream.drawImage(image, (PDRectangle.A4.getWidth() - w) / 2, PDRectangle.A4.getHeight() - margin - h, w, h);
    }
    return page;
  }

  private static PDOutlineItem bookmark(PDDocumentOutline outline, PDOutlineItem parent, String title, PDPage page) {
    PDOutlineItem item = new PDOutlineItem();
    item.setTitle(title);
    PDPageFitWidthDestination destination = new PDPageFitWidthDestination();
    destination.setPage(page);
    item.setDestination(destination);
    if (parent == null) {
      outline.addLast(item);
    } else {
      parent.addLast(item);
    }
    return item;
  }

  /** The reader's name and the day at the top of every page, across it faintly, and the page number at the foot. */
  private void stamp(PDDocument out, Reader reader) throws IOException {
    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font));
    ttf.setEnableGsub(false);
    PDType0Font type0 = PDType0Font.load(out, ttf, true);
    String day = Texts.date(reader.language(), reader.day());
    String mark = visual(text(reader, "boardbook.pack.watermark", reader.name(), day));
    int total = out.getNumberOfPages();
    PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
    faint.setNonStrokingAlphaConstant(0.12f);
    int n = 0;
    for (PDPage page : out.getPages()) {
      n++;
      PDRectangle box = page.getCropBox();
      String number = visual(text(reader, "boardbook.pack.page", String.valueOf(n), String.valueOf(total)));
      try (PDPageContentStream stream = new PDPageContentStream(out, page, PDPageContentStream.AppendMode.APPEND,
          true, true)) {
        stream.setNonStrokingColor(0.35f, 0.35f, 0.35f);
        centred(stream, type0, 9, mark, box, box.getUpperRightY() - 16);
        centred(stream, type0, 9, number, box, box.getLowerLeftY() + 12);
        stream.saveGraphicsState();
        stream.setGraphicsStateParameters(faint);
        float size = Math.min(40, box.getWidth() * 1.1f / Math.max(1, type0.getStringWidth(mark) / 1000));
        float width = type0.getStringWidth(mark) / 1000 * size;
        double angle = Math.atan2(box.getHeight(), box.getWidth());
        float cx = box.getLowerLeftX() + box.getWidth() / 2;
        float cy = box.getLowerLeftY() + box.getHeight() / 2;
        stream.beginText();
        stream.setFont(type0, size);
        Matrix matrix = Matrix.getRotateInstance(angle, cx, cy);
        matrix.translate(-width / 2, -size / 3);
        stream.setTextMatrix(matrix);
        stream.showText(mark);
        stream.endText();
        stream.restoreGraphicsState();
      }
    }
  }

  private static void centred(PDPageContentStream stream, PDType0Font font, float size, String text, PDRectangle box,
                              float y) throws IOException {
    float width = font.getStringWidth(text) / 1000 * size;
    stream.beginText();
    stream.setFont(font, size);
    stream.newLineAtOffset(box.getLowerLeftX() + (box.getWidth() - width) / 2, y);
    stream.showText(text);
    stream.endText();
  }

  /** The direction a free text is written in, from its first strong character: "rtl" or "ltr". */
  static String dirOf(String text) {
    for (int i = 0; text != null && i < text.length(); i++) {
      byte d = Character.getDirectionality(text.charAt(i));
      if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        return "rtl";
      }
      if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
        return "ltr";
      }
    }
    return "ltr";
  }

  /** Arabic joined and laid out for drawing (PDFBox draws characters as given); other text unchanged. */
  static String visual(String text) {
    if (text.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)) {
      return text;
    }
    try {
      String shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL)
          .shape(text);
      Bidi bidi = new Bidi(shaped, Bidi.DIRECTION_DEFAULT_RIGHT_TO_LEFT);
      return bidi.writeReordered(Bidi.DO_MIRRORING);
    } catch (ArabicShapingException e) {
      return text;
    }
  }
}
