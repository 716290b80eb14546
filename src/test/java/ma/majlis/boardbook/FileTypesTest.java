package ma.majlis.boardbook;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The kind of a file is read from its content by Tika: each accepted kind, and what is refused, whatever the name. */
class FileTypesTest {

  @Test
  void theAcceptedKindsAreRecognisedFromTheirContent() {
    assertThat(FileTypes.accepted(SampleFiles.pdf("Budget 2059"))).contains(FileTypes.PDF);
    assertThat(FileTypes.accepted(SampleFiles.picture("png"))).contains(FileTypes.PNG);
    assertThat(FileTypes.accepted(SampleFiles.picture("jpg"))).contains(FileTypes.JPEG);
    assertThat(FileTypes.accepted(SampleFiles.docx())).contains(FileTypes.DOCX);
    assertThat(FileTypes.accepted(SampleFiles.xlsx())).contains(FileTypes.XLSX);
    assertThat(FileTypes.accepted(SampleFiles.pptx())).contains(FileTypes.PPTX);
  }

  @Test
  void programsAndOtherArchivesAreRefused() {
    assertThat(FileTypes.accepted(SampleFiles.windowsProgram())).isEmpty();
    assertThat(FileTypes.detect(SampleFiles.windowsProgram())).isEqualTo("application/x-msdownload");
    assertThat(FileTypes.accepted(SampleFiles.linuxProgram())).isEmpty();
    assertThat(FileTypes.detect(SampleFiles.linuxProgram())).startsWith("application/x-");
    // a zip that is not an Office package, even with a [Content_Types].xml of another kind
    assertThat(FileTypes.accepted(SampleFiles.zip("notes.txt", "hello"))).isEmpty();
    assertThat(FileTypes.accepted(SampleFiles.zip("[Content_Types].xml", "<Types/>", "a.txt", "b"))).isEmpty();
    assertThat(FileTypes.accepted("plain text, named budget.pdf".getBytes())).isEmpty();
  }

  @Test
  void aRefusalNamesTheAcceptedKinds() {
    assertThat(FileTypes.acceptedNames()).isEqualTo("PDF, DOCX, XLSX, PPTX, PNG, JPEG");
  }
}
