package ma.majlis.boardbook;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * {@code majlis.board-book.*}: the largest file a person may attach to an agenda item ({@code max-file-size}, 50 MB
 * unless configured; a larger one is refused with 413). Read at each upload.
 */
@Component
@ConfigurationProperties("majlis.board-book")
public class BoardBookSettings {

  private DataSize maxFileSize = DataSize.ofMegabytes(50);

  public DataSize getMaxFileSize() {
    return maxFileSize;
  }

  public void setMaxFileSize(DataSize maxFileSize) {
    this.maxFileSize = maxFileSize;
  }
}
