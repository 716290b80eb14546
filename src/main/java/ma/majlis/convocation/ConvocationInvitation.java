package ma.majlis.convocation;

import ma.majlis.board.SessionRegistry;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import ma.majlis.platform.EngineClock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import ma.majlis.language.Language;
import ma.majlis.language.Texts;
import ma.majlis.identity.UserPreferences;
import ma.majlis.notification.Notification;
import ma.majlis.platform.WithoutAuthorization;

/**
 * The calendar invitation each convocation carries (iCalendar, {@code text/calendar; method=REQUEST}): one event per
 * session, whose UID never changes ({@code <session key>@majlis}), so that a second convocation (or its new date)
 * updates the event already in the member's calendar instead of adding one; its SEQUENCE is the convocation round
 * less one (0, then 1). The start is the session's planned start in the institution's time zone
 * ({@code majlis.time-zone}, Africa/Casablanca), the location its venue, and for a REMOTE or HYBRID session the
 * meeting link given at the start ({@code meetingUrl}) as the event's URL and in its description. The summary and
 * description are in the recipient's language.
 */
@Component
public class ConvocationInvitation {

  /** The attachment's name and content type in the outbox. */
  public static final String FILE_NAME = "convocation.ics";
  public static final String CONTENT_TYPE = "text/calendar; method=REQUEST";
  /** The institution's time zone unless {@code majlis.time-zone} says otherwise. */
  static final String DEFAULT_ZONE = "Africa/Casablanca";

  private final SessionRegistry sessions;
  private final IdentityService identity;
  private final UserPreferences preferences;
  private final ZoneId zone;
  private final net.fortuna.ical4j.model.TimeZone timeZone;
  private final Duration length;
  private final String organizer;

  public ConvocationInvitation(SessionRegistry sessions, IdentityService identity, UserPreferences preferences,
                               @Value("${majlis.time-zone:" + DEFAULT_ZONE + "}") String zone,
                               @Value("${majlis.convocations.session-length:PT3H}") Duration length,
                               @Value("${majlis.notification.sender:majlis@localhost}") String organizer) {
    this.sessions = sessions;
    this.identity = identity;
    this.preferences = preferences;
    this.zone = ZoneId.of(zone);
    // the zone's definition, read once: a registry reads it from ical4j's resources (parsed) on its first request
    this.timeZone = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(this.zone.getId());
    this.length = length;
    this.organizer = organizer;
  }

  /**
   * For one sending of a session's convocations: attaches to each its invitation, the calendar written once per
   * language (it depends on nothing else of the recipient) and each recipient's own attendee added to it, his address
   * taken from {@code addresses} ({@link #addresses}; none: no attendee).
   */
  java.util.function.UnaryOperator<Notification> forSending(Convocations.Session session,
                                                             Map<String, String> addresses) {
    Map<Language, String> calendars = new java.util.EnumMap<>(Language.class);
    return convocation -> {
      String calendar = calendars.computeIfAbsent(languageOf(convocation), l -> calendar(session, l));
      String address = addresses.get(convocation.recipient());
      return convocation.withAttachment(FILE_NAME, CONTENT_TYPE, address == null ? calendar
          : withAttendee(calendar, address));
    };
  }

  /** The calendar with the attendee added at the end of its event, as a folded content line (RFC 5545, 3.1). */
  static String withAttendee(String calendar, String address) {
    StringWriter line = new StringWriter();
    try (net.fortuna.ical4j.data.FoldingWriter out = new net.fortuna.ical4j.data.FoldingWriter(line)) {
      out.write(new Attendee(URI.create("mailto:" + address)).toString());
    } catch (IOException e) {
      throw new IllegalStateException("The invitation's attendee could not be written", e);
    }
    // a property's value has no line break of its own (they are escaped): this is the event's last line
    int end = calendar.lastIndexOf("\r\nEND:VEVENT\r\n") + 2;
    return calendar.substring(0, end) + line + calendar.substring(end);
  }

  private Language languageOf(Notification convocation) {
    return Language.parse(convocation.language())
        .or(() -> Language.parse(preferences.language(convocation.recipient()))).orElse(Language.FR);
  }

  /** The session's calendar in a language, with no attendee: the same for every recipient who reads it. */
  String calendar(Convocations.Session session, Language language) {
    String body = Convocations.bodyName(session, language);
    String meetingUrl = "IN_PERSON".equals(session.format()) ? null : sessions.meetingUrl(session.key()).orElse(null);
    ZonedDateTime start = session.plannedStart().atZone(zone);
    VEvent event = new VEvent(start, start.plus(length),
        Texts.get(language, "mail.invitation.summary", body, session.key()));
    event.replace(new DtStamp(EngineClock.now().toInstant()));
    event.add(new Uid(uid(session.key())));
    event.add(new Sequence(session.round() - 1));
    event.add(new Location(session.venue()));
    StringBuilder description = new StringBuilder(Texts.get(language, "mail.invitation.description", body,
        session.key()));
    if (meetingUrl != null) {
      event.add(new Url(URI.create(meetingUrl)));
      description.append("\n").append(Texts.get(language, "mail.invitation.join", meetingUrl));
    }
    event.add(new Description(description.toString()));
    event.add(new Organizer(URI.create("mailto:" + organizer)));
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Majlis//Convocations//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.REQUEST);
    // the zone's one definition, shared by every calendar: adding a component to a calendar (an immutable component
    // list in ical4j 4) and writing it only read it; a copy per calendar cost most of the convocations' job (ical4j
    // copies with a parallel stream, on the common pool)
    calendar.add(timeZone.getVTimeZone());
    calendar.add(event);
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new IllegalStateException("The calendar invitation of " + session.key() + " could not be written", e);
    }
    return out.toString();
  }

  /** The event's UID: the same for every convocation of the session. */
  public static String uid(String sessionKey) {
    return sessionKey + "@majlis";
  }

  /**
   * Each recipient's address for the invitation's attendee (null when he has none), the users read in one query: the
   * user's email, else the recipient itself when it is an address.
   */
  Map<String, String> addresses(Collection<String> recipients) {
    Map<String, User> users = WithoutAuthorization.asEngine(identity,
        () -> WithoutAuthorization.users(identity, recipients));
    Map<String, String> addresses = new HashMap<>();
    for (String recipient : recipients) {
      User user = users.get(recipient);
      String email = user == null ? null : user.getEmail();
      addresses.put(recipient, email != null && !email.isBlank() && !email.contains(" ") ? email.trim()
          : recipient.contains("@") && !recipient.contains(" ") ? recipient.trim() : null);
    }
    return addresses;
  }
}
