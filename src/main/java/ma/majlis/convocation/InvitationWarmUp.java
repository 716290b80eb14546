package ma.majlis.convocation;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.core.annotation.Order;

import ma.majlis.language.Language;
import ma.majlis.platform.WarmUp;

/**
 * The first convocation's calendar (ical4j's model, a time zone's definition and the writer, used once): a sample
 * in-person session's invitation written in each language, with an attendee, and dropped. An in-person session's
 * calendar reads no bean (no meeting link), so the invitation is made here without them.
 */
@Order(3)
class InvitationWarmUp implements WarmUp {

  @Override
  public String name() {
    return "calendar";
  }

  @Override
  public void run() {
    ConvocationInvitation invitation = new ConvocationInvitation(null, null, null, ConvocationInvitation.DEFAULT_ZONE,
        Duration.ofHours(3), "majlis@localhost");
    Convocations.Session sample = new Convocations.Session("WARM-UP", "sample", "ORDINARY", 1,
        LocalDateTime.of(2021, 12, 24, 10, 0), "sample", "IN_PERSON", null, List.of());
    for (Language language : Language.values()) {
      ConvocationInvitation.withAttendee(invitation.calendar(sample, language), "warm-up@majlis.invalid");
    }
  }
}
