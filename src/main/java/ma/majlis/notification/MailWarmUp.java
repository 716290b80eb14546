package ma.majlis.notification;

import java.util.List;

import org.springframework.core.annotation.Order;

import ma.majlis.language.Language;
import ma.majlis.platform.WarmUp;

/**
 * The first mail's Thymeleaf (its engine, parser, expressions and escaping, loaded and run once): a sample letter
 * shaped as a convocation, rendered in each language and dropped. Nothing is queued.
 */
@Order(2)
class MailWarmUp implements WarmUp {

  @Override
  public String name() {
    return "mail";
  }

  @Override
  public void run() {
    for (Language language : Language.values()) {
      Mail mail = Mail.in(language).subject("mail.convocation.subject", "CA", "S1", "2021-12-24")
          .paragraph("mail.convocation.advisory").heading("mail.convocation.agenda")
          .items(List.of("1. <sample> & \"sample\"")).preformatted("sample\nsample");
      mail.html();
      mail.text();
    }
  }
}
