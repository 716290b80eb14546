package ma.majlis.boardbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.tika.detect.zip.StreamingDetectContext;
import org.apache.tika.detect.zip.ZipContainerDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.mime.MediaType;

/**
 * Tells Word, Excel and PowerPoint files (Office Open XML) from any other zip, for Tika's zip container detection
 * ({@code tika-parser-zip-commons}, registered in {@code META-INF/services}): an OOXML package declares its main
 * part's content type in {@code [Content_Types].xml} (ECMA-376 part 2), which is what Tika's own OPC detector reads,
 * through Apache POI. Reading that one entry spares Majlis POI. Anything else: no opinion (null), Tika goes on.
 */
public class OfficeOpenXmlDetector implements ZipContainerDetector {

  private static final long serialVersionUID = 1L;

  static final String CONTENT_TYPES = "[Content_Types].xml";

  /** The main part's content type, and the type of the file it makes. */
  private static final Map<String, MediaType> MAIN_PARTS = Map.of(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
      MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"),
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
      MediaType.application("vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
      "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
      MediaType.application("vnd.openxmlformats-officedocument.presentationml.presentation"));

  private static final Pattern CONTENT_TYPE = Pattern.compile("ContentType\\s*=\\s*\"([^\"]+)\"");

  /** [Content_Types].xml is small; more than this is not an Office file's. */
  private static final int MAX_CONTENT_TYPES = 1 << 20;

  @Override
  public MediaType detect(ZipFile zip, TikaInputStream stream) throws IOException {
    ZipArchiveEntry entry = zip.getEntry(CONTENT_TYPES);
    if (entry == null) {
      return null;
    }
    try (InputStream in = zip.getInputStream(entry)) {
      return fromContentTypes(in);
    }
  }

  @Override
  public MediaType streamingDetectUpdate(ZipArchiveEntry entry, InputStream in, StreamingDetectContext context)
      throws IOException {
    return CONTENT_TYPES.equals(entry.getName()) ? fromContentTypes(in) : null;
  }

  @Override
  public MediaType streamingDetectFinal(StreamingDetectContext context) {
    return null;
  }

  static MediaType fromContentTypes(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_CONTENT_TYPES);
    Matcher matcher = CONTENT_TYPE.matcher(new String(bytes, StandardCharsets.UTF_8));
    while (matcher.find()) {
      MediaType type = MAIN_PARTS.get(matcher.group(1));
      if (type != null) {
        return type;
      }
    }
    return null;
  }
}
