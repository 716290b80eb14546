package ma.majlis.boardbook;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What a session's pack holds, read from Majlis's tables: the cover (body, session, date, venue), the agenda as
 * approved, and for each item its dossier text (as sections of paragraphs) and the latest version of its files.
 */
public record PackContents(String bodyName, String sessionKey, String kind, LocalDateTime plannedStart, String venue,
                           List<Item> items) {

  /** An agenda item: its dossier's sections and its files. */
  public record Item(int index, String title, String kind, String subject, String rapporteur, List<Section> sections,
                     List<BoardFile> files) {
  }

  /** A heading and its paragraphs (a proposed resolution, budget lines, the controller's opinion...). */
  public record Section(String heading, List<String> paragraphs) {
  }
}
