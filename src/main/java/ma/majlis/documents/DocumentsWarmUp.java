package ma.majlis.documents;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.core.annotation.Order;

import ma.majlis.board.AttendanceStatus;
import ma.majlis.platform.WarmUp;

/**
 * The first session documents (the minutes' and press releases' templates, their expressions on the report's records,
 * the XML parser that reads a document's text back): a sample session's report rendered as each document in each
 * language by a renderer of its own, its text taken out, and all dropped. Nothing is stored.
 */
@Order(4)
class DocumentsWarmUp implements WarmUp {

  @Override
  public String name() {
    return "documents";
  }

  @Override
  public void run() {
    DocumentRenderer renderer = new DocumentRenderer();
    SessionReport sample = sample();
    for (DocumentKind kind : List.of(DocumentKind.MINUTES, DocumentKind.PRESS_RELEASE)) {
      for (DocumentLanguage language : DocumentLanguage.values()) {
        if (renderer.supports(kind, language)) {
          DocumentPlainText.of(renderer.html(kind, language, sample));
        }
      }
    }
  }

  /** A session of one present member, one presentation and one adopted resolution. */
  static SessionReport sample() {
    Wording name = new Wording("échantillon", "عينة");
    SessionReport.Resolution resolution = new SessionReport.Resolution("WARM-UP-R01", "sample", 1, 0, 0, List.of(),
        null, "ADOPTED");
    return new SessionReport("WARM-UP", name, name, "ORDINARY", 1, 2021, LocalDateTime.of(2021, 12, 24, 10, 0),
        "sample", "IN_PERSON", null, name, name,
        List.of(new SessionReport.Attendee("sample", "sample", AttendanceStatus.PRESENT, null)),
        List.of(new SessionReport.AdvisoryAttendee("sample", "sample")),
        new SessionReport.Quorum(1, 1, 0, 1, true, 1), "sample",
        List.of(new SessionReport.Presentation("sample", "sample", "sample")),
        List.of(new SessionReport.Item(1, "sample", "BUDGET", name, 2022, "sample", resolution)),
        LocalDateTime.of(2021, 12, 24, 12, 0), "sample");
  }
}
