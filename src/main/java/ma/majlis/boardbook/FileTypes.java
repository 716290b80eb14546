package ma.majlis.boardbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;

/**
 * The kinds of file a board book holds, recognised from their content by Apache Tika (its magic numbers, and its zip
 * container detection with {@link OfficeOpenXmlDetector}), never from their name: a program renamed
 * {@code budget.pdf} is a program. Tika is given no name at all, so a name cannot tip its answer.
 */
public final class FileTypes {

  public static final String PDF = "application/pdf";
  public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
  public static final String PNG = "image/png";
  public static final String JPEG = "image/jpeg";

  /** The accepted types and how a person calls them. */
  public static final Map<String, String> ACCEPTED = accepted();

  private static final Detector DETECTOR = new DefaultDetector();

  private FileTypes() {
  }

  private static Map<String, String> accepted() {
    Map<String, String> types = new LinkedHashMap<>();
    types.put(PDF, "PDF");
    types.put(DOCX, "DOCX");
    types.put(XLSX, "XLSX");
    types.put(PPTX, "PPTX");
    types.put(PNG, "PNG");
    types.put(JPEG, "JPEG");
    return Map.copyOf(types);
  }

  /** What the content is, as Tika says it (e.g. {@code application/x-msdownload} for a Windows program). */
  public static String detect(byte[] content) {
    try (TikaInputStream in = TikaInputStream.get(content)) {
      return DETECTOR.detect(in, new Metadata()).getBaseType().toString();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the file's content", e);
    }
  }

  /** The content's type when it is one a board book accepts. */
  public static Optional<String> accepted(byte[] content) {
    String type = detect(content);
    return ACCEPTED.containsKey(type) ? Optional.of(type) : Optional.empty();
  }

  /** The accepted kinds, for a refusal's message: "PDF, DOCX, XLSX, PPTX, PNG, JPEG". */
  public static String acceptedNames() {
    return String.join(", ", ACCEPTED.keySet().stream().sorted((a, b) -> order(a) - order(b))
        .map(ACCEPTED::get).toList());
  }

  private static int order(String type) {
    return java.util.List.of(PDF, DOCX, XLSX, PPTX, PNG, JPEG).indexOf(type);
  }
}
