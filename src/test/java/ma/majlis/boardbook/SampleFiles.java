package ma.majlis.boardbook;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Real files of each kind, made here: a PDF with a line of text (PDFBox), pictures (ImageIO), Office Open XML packages
 * as Word, Excel and PowerPoint write them (a zip with {@code [Content_Types].xml} naming the main part), a plain zip,
 * and the first bytes of a Windows and a Linux program.
 */
public final class SampleFiles {

  private SampleFiles() {
  }

  public static byte[] pdf(String text) {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
        stream.beginText();
        stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
        stream.newLineAtOffset(72, 700);
        stream.showText(text);
        stream.endText();
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] picture(String format) {
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    image.setRGB(5, 5, 0xff0000);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, format, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] docx() {
    return ooxml("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
  }

  public static byte[] xlsx() {
    return ooxml("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
  }

  public static byte[] pptx() {
    return ooxml("ppt/presentation.xml",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml");
  }

  private static byte[] ooxml(String mainPart, String contentType) {
    return zip("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/" + mainPart + "\" ContentType=\"" + contentType + "\"/></Types>",
        "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats"
            + ".org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
            + "officeDocument/2006/relationships/officeDocument\" Target=\"" + mainPart + "\"/></Relationships>",
        mainPart, "<?xml version=\"1.0\"?><root/>");
  }

  /** A zip of text entries: name, content, name, content... */
  public static byte[] zip(String... entries) {
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < entries.length; i += 2) {
        zip.putNextEntry(new ZipEntry(entries[i]));
        zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The start of a Windows program: the MZ header pointing at a PE header (a 64-bit executable). */
  public static byte[] windowsProgram() {
    byte[] program = new byte[1024];
    program[0] = 'M';
    program[1] = 'Z';
    program[0x3c] = (byte) 0x80; // e_lfanew: the PE header at 0x80
    program[0x80] = 'P';
    program[0x81] = 'E';
    program[0x84] = (byte) 0x64; // machine: AMD64
    program[0x85] = (byte) 0x86;
    byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(stub, 0, program, 0x4e, stub.length);
    return program;
  }

  /** The start of a Linux program: an ELF header (64-bit, little-endian, executable, x86-64). */
  public static byte[] linuxProgram() {
    byte[] program = new byte[512];
    program[0] = 0x7f;
    program[1] = 'E';
    program[2] = 'L';
    program[3] = 'F';
    program[4] = 2;
    program[5] = 1;
    program[6] = 1;
    program[16] = 2; // e_type: executable
    program[18] = 0x3e; // e_machine: x86-64
    return program;
  }
}
