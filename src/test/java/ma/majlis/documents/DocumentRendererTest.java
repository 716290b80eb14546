package ma.majlis.documents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentRendererTest {

  private static final DocumentRenderer RENDERER = new DocumentRenderer();

  @Test
  void minutesInFrenchHoldTheAttendanceTheQuorumAndEachResolutionWithItsTally() {
    String html = RENDERER.html(DocumentKind.MINUTES, DocumentLanguage.FR, SeedSession.report());
    System.out.println(html);
    assertThat(html).contains("CA-2021-S2-R01");
  }
}
