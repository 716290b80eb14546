package ma.majlis.convocation;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ma.majlis.language.Language;
import ma.majlis.notification.Notification;
import ma.majlis.platform.EngineClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One sending's invitations (issue #17): the calendar is written once per language and each recipient's attendee is
 * added to it; each recipient must receive the session's calendar in his language with his own address as its only
 * attendee, folded as iCalendar requires, and nobody else's.
 */
class ConvocationInvitationTest {

  private static final String LONG_ADDRESS =
      "secretariat.general.du.conseil.d.administration.de.l.entraide.nationale@entraide.example.ma";

  private final ConvocationInvitation invitation = new ConvocationInvitation(null, null, null, "Africa/Casablanca",
      Duration.ofHours(3), "majlis@localhost");
  private final Convocations.Session session = new Convocations.Session("CA-2030-S1", "Conseil d'administration",
      "ORDINARY", 2, LocalDateTime.parse("2030-03-10T10:00"), "Siège, Rabat", "IN_PERSON", null, List.of());

  @BeforeEach
  void pinClock() {
    EngineClock.pinTo(LocalDateTime.parse("2030-02-15T09:00"));
  }

  @AfterEach
  void resetClock() {
    EngineClock.reset();
  }

  @Test
  void eachRecipientGetsTheSessionsCalendarInHisLanguageWithHisOwnAttendee() throws Exception {
    Map<String, String> addresses = new HashMap<>();
    addresses.put("member01", "member01@example.ma");
    addresses.put("member02", LONG_ADDRESS);
    addresses.put("member03", null);
    UnaryOperator<Notification> sending = invitation.forSending(session, addresses);

    for (String member : List.of("member01", "member02", "member03")) {
      for (String language : List.of("fr", "ar")) {
        Notification letter = new Notification("CA-2030-S1/convocation/2/" + member, member, "Convocation", "…",
            "CA-2030-S1", null, language, null, null, null);
        String shared = sending.apply(letter).attachment();

        VEvent calendar = event(invitation.calendar(session, Language.parse(language).orElseThrow()));
        VEvent actual = event(shared);
        assertThat(calendar.getProperty(Property.SUMMARY).map(Property::getValue).orElseThrow())
            .contains("CA-2030-S1");
        assertThat(actual.<Property>getProperties()).as(member + " in " + language).filteredOn(p -> !Property.ATTENDEE
            .equals(p.getName())).containsExactlyInAnyOrderElementsOf(calendar.getProperties());
        assertThat(actual.<Property>getProperties()).filteredOn(p -> Property.ATTENDEE.equals(p.getName()))
            .extracting(Property::getValue)
            .containsExactlyElementsOf(java.util.Optional.ofNullable(addresses.get(member)).map(a -> "mailto:" + a)
                .stream().toList());
        // folded as ical4j folds every line (at 75 characters), the long address included
        assertThat(shared.split("\r\n")).as("folded content lines").allSatisfy(line -> assertThat(line.length())
            .isLessThanOrEqualTo(75));
        assertThat(shared).endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
      }
    }
  }

  private static VEvent event(String ics) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    assertThat(calendar.<net.fortuna.ical4j.model.component.VTimeZone>getComponents("VTIMEZONE")).hasSize(1);
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(1);
    return events.get(0);
  }
}
