package ma.majlis.session;

import ma.majlis.minutes.SessionReportAssembler;
import ma.majlis.convocation.ReplyReminders;
import ma.majlis.convocation.ConvocationInvitation;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.ManagementService;
import ma.majlis.platform.EngineClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.majlis.documents.DocumentKind;
import ma.majlis.documents.DocumentLanguage;
import ma.majlis.documents.DocumentRenderer;
import ma.majlis.followup.FollowUpReminders;
import ma.majlis.followup.FollowUps;
import ma.majlis.identity.UserPreferences;
import ma.majlis.notification.Outbox;
import ma.majlis.notification.OutboxEntry;
import ma.majlis.notification.OutboxSender;
import ma.majlis.support.ApplicationTest;
import ma.majlis.support.Board;
import ma.majlis.support.Engine;
import ma.majlis.support.Jobs;
import ma.majlis.support.Rest.Response;

import static ma.majlis.support.Engine.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions as boards run them (issue #15, points 3 to 6), on PostgreSQL through the REST API and Tasklist: a return
 * that reopens one item, the reminders, the calendar invitation with its meeting link, the follow-ups on the next
 * ordinary session's agenda and {@code GET /api/follow-ups}. Years 2065-2068.
 */
class SessionPracticeTest extends ApplicationTest {

  @Autowired
  ManagementService management;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Outbox outbox;
  @Autowired
  OutboxSender sender;
  @Autowired
  UserPreferences preferences;
  @Autowired
  ReplyReminders replyReminders;
  @Autowired
  FollowUpReminders followUpReminders;
  @Autowired
  FollowUps followUps;
  @Autowired
  SessionReportAssembler reports;
  @Autowired
  DocumentRenderer renderer;

  Jobs jobs;
  Engine api;

  @BeforeEach
  void setUp() {
    jobs = new Jobs(management);
    api = new Engine(rest);
  }

  @AfterEach
  void resetClockAndLanguages() {
    EngineClock.reset();
    // the demo's languages back for the tests that come after: member01 Arabic, the director French
    preferences.setLanguage("member01", "ar", "admin");
    preferences.setLanguage("director", "fr", "admin");
  }

  private static void clock(LocalDateTime time) {
    EngineClock.pinTo(Timestamp.valueOf(time));
  }

  private Response start(String key, String kind, LocalDateTime day, String format, String meetingUrl) {
    String[] parts = key.split("-");
    return rest.post("integration", "/engine-rest/process-definition/key/board-session/start",
        "{\"businessKey\":\"" + key + "\",\"variables\":{\"bodyCode\":{\"value\":\"" + parts[0] + "\"},"
            + "\"sessionYear\":{\"value\":" + parts[1] + ",\"type\":\"Integer\"},"
            + "\"sessionNumber\":{\"value\":" + parts[2].substring(1) + ",\"type\":\"Integer\"},"
            + "\"sessionKind\":{\"value\":\"" + kind + "\"},\"plannedStart\":{\"value\":\"" + day + "\"},"
            + "\"venue\":{\"value\":\"Headquarters, Rabat\"},\"format\":{\"value\":\"" + format + "\"},"
            + (meetingUrl == null ? "" : "\"meetingUrl\":{\"value\":\"" + meetingUrl + "\"},")
            + "\"voteMode\":{\"value\":\"TALLY\"}}}");
  }

  private List<OutboxEntry> entries(String key, String dedupPrefix) {
    return outbox.forSession(key).stream().filter(e -> e.dedupKey().startsWith(dedupPrefix)).toList();
  }

  private static VEvent event(String ics) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).hasValue("REQUEST");
    // the institution's time zone travels with each invitation (one definition, read once, shared by all)
    List<net.fortuna.ical4j.model.component.VTimeZone> zones = calendar.getComponents("VTIMEZONE");
    assertThat(zones).singleElement().satisfies(z -> assertThat(z.getProperty(Property.TZID).map(Property::getValue))
        .hasValue("Africa/Casablanca"));
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  private static String value(VEvent event, String property) {
    return event.getProperty(property).map(Property::getValue).orElse(null);
  }

  @Test
  void theConvocationCarriesACalendarInvitationThatASecondConvocationUpdates() throws Exception {
    String key = "CA-2065-S1";
    LocalDateTime day = LocalDateTime.parse("2065-03-10T10:00");
    String link = "https://meet.example.ma/ca-2065-s1";
    clock(day.minusDays(20));
    Response plain = start(key, "ORDINARY", day, "HYBRID", "http://meet.example.ma/x");
    assertThat(plain.status()).as(plain.toString()).isEqualTo(400);
    assertThat(plain.json().path("variable").asText()).isEqualTo("meetingUrl");
    Response inPerson = start(key, "ORDINARY", day, "IN_PERSON", link);
    assertThat(inPerson.status()).as(inPerson.toString()).isEqualTo(400);
    assertThat(inPerson.json().path("variable").asText()).isEqualTo("meetingUrl");
    assertThat(jdbc.queryForObject("select count(*) from board_session where business_key = ?", Integer.class, key))
        .as("a refused start leaves no session").isZero();

    preferences.setLanguage("member01", "ar", "admin");
    Response started = start(key, "ORDINARY", day, "HYBRID", link);
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    assertThat(jdbc.queryForObject("select meeting_url from board_session where business_key = ?", String.class, key))
        .isEqualTo(link);
    api.completeOk("secretary", api.task("secretary", key, "Task_PrepareAgenda"), Map.of("agenda", json("""
        [{"title":"Opening address of the chair","kind":"ADDRESS"},
         {"title":"Partnership agreement","kind":"DELIBERATION","subject":"OTHER"}]""")));
    jobs.runDue(); // the items open in a job after the agenda (Gateway_PrepareItems)
    api.prepareDossiersAndOpinions(key);
    jobs.runDue();
    api.completeOk("chair", api.task("chair", key, "Task_ApproveConvocation"), Map.of("approved", true));
    jobs.runDue();

    List<OutboxEntry> convocations = entries(key, key + "/convocation/1/");
    assertThat(convocations).hasSize(Board.MEMBERS.size() + 1); // and the state controller
    assertThat(convocations).allSatisfy(c -> assertThat(c.attachmentType()).isEqualTo(ConvocationInvitation.CONTENT_TYPE));

    // what member01 receives: a multipart message, the letter then the invitation, in Arabic (his language)
    assertThat(sender.sendPendingNow().sent()).isGreaterThanOrEqualTo(convocations.size());
    MimeMessage message = received(key + "/convocation/1/member01");
    assertThat(message.getContentType()).startsWith("multipart/mixed");
    Multipart parts = (Multipart) message.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    BodyPart calendarPart = parts.getBodyPart(1);
    assertThat(calendarPart.getContentType()).contains("text/calendar").contains("method=REQUEST");
    VEvent first = event(new String(calendarPart.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    assertThat(value(first, Property.UID)).isEqualTo("CA-2065-S1@majlis");
    assertThat(value(first, Property.SEQUENCE)).isEqualTo("0");
    assertThat(value(first, Property.DTSTART)).isEqualTo("20650310T100000");
    assertThat(first.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
        .isEqualTo("Africa/Casablanca");
    assertThat(value(first, Property.LOCATION)).isEqualTo("Headquarters, Rabat");
    assertThat(value(first, Property.URL)).isEqualTo(link);
    assertThat(value(first, Property.DESCRIPTION)).contains(link);
    assertThat(value(first, Property.SUMMARY)).contains("الدورة").contains(key);
    assertThat(value(first, Property.ATTENDEE)).startsWith("mailto:").contains("@");
    assertThat(value(first, Property.ORGANIZER)).startsWith("mailto:");

    // reminders: member02 replied; the others are reminded 7 days before, once, then 2 days before
    api.completeOk("member02", api.assignedTask("member02", key, "Task_ConfirmAttendance"),
        Map.of("attendanceReply", "PRESENT"));
    clock(day.minusDays(8));
    replyReminders.remindNow();
    assertThat(entries(key, key + "/reply-reminder/")).as("8 days before: none yet").isEmpty();
    clock(day.minusDays(7).plusHours(1));
    replyReminders.remindNow();
    replyReminders.remindNow();
    List<OutboxEntry> sevenDays = entries(key, key + "/reply-reminder/1/7/");
    assertThat(sevenDays).extracting(OutboxEntry::recipient)
        .containsExactlyInAnyOrderElementsOf(Board.MEMBERS.stream().filter(m -> !m.equals("member02")).toList());
    assertThat(sevenDays).filteredOn(e -> e.recipient().equals("member01")).singleElement()
        .satisfies(e -> assertThat(e.subject()).startsWith("تذكير").contains(key));
    // member06 reads French (the demo's choice)
    assertThat(sevenDays).filteredOn(e -> e.recipient().equals("member06")).singleElement()
        .satisfies(e -> assertThat(e.subject()).startsWith("Rappel").contains(key));
    clock(day.minusDays(2).plusHours(1));
    api.completeOk("member03", api.assignedTask("member03", key, "Task_ConfirmAttendance"),
        Map.of("attendanceReply", "ABSENT"));
    replyReminders.remindNow();
    assertThat(entries(key, key + "/reply-reminder/1/2/")).hasSize(Board.MEMBERS.size() - 2);
    assertThat(entries(key, key + "/reply-reminder/1/7/")).as("each reminder once").hasSize(Board.MEMBERS.size() - 1);

    // no quorum on the day: the second convocation's invitation updates the same event
    clock(day.plusMinutes(1));
    jobs.runDue();
    api.completeOk("secretary", api.task("secretary", key, "Task_RecordAttendance"),
        Map.of("attendance", json(Board.attendance(3, 0))));
    LocalDateTime newDay = day.plusDays(7);
    api.completeOk("secretary", api.task("secretary", key, "Task_ScheduleSecondConvocation"),
        Map.of("plannedStart", newDay.toString()));
    jobs.runDue();
    OutboxEntry second = entries(key, key + "/convocation/2/member01").get(0);
    VEvent update = event(second.attachment());
    assertThat(value(update, Property.UID)).isEqualTo(value(first, Property.UID));
    assertThat(value(update, Property.SEQUENCE)).isEqualTo("1");
    assertThat(value(update, Property.DTSTART)).isEqualTo("20650317T100000");
  }

  private static MimeMessage received(String dedupKey) throws Exception {
    return Arrays.stream(mail().getReceivedMessages()).filter(m -> {
      try {
        return dedupKey.equals(m.getHeader(OutboxSender.NOTIFICATION_HEADER, null));
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).findFirst().orElseThrow(() -> new AssertionError("no message " + dedupKey));
  }

  @Test
  void followUpsAreRemindedListedAndPutOnTheNextOrdinarySessionsAgenda() {
    clock(LocalDateTime.parse("2066-01-01T09:00"));
    preferences.setLanguage("director", "ar", "admin");
    followUps.open("CA-2066-S1-R01", "CA-2066-S1", "director", LocalDate.parse("2066-02-01"), "[\"Open the centres\"]");
    followUps.open("CA-2066-S1-R02", "CA-2066-S1", "member04", LocalDate.parse("2066-01-12"), "[\"Report\"]");

    clock(LocalDateTime.parse("2066-01-05T08:00"));
    followUpReminders.remindNow();
    assertThat(entries("CA-2066-S1", "CA-2066-S1-R02/follow-up-reminder/"))
        .as("R02 was assigned 11 days before its due date: no 14-day reminder").isEmpty();
    clock(LocalDateTime.parse("2066-01-09T08:00"));
    followUpReminders.remindNow();
    followUpReminders.remindNow();
    assertThat(entries("CA-2066-S1", "CA-2066-S1-R02/follow-up-reminder/")).singleElement().satisfies(e -> {
      assertThat(e.dedupKey()).isEqualTo("CA-2066-S1-R02/follow-up-reminder/3/member04");
      // member04 reads Arabic (the demo's choice)
      assertThat(e.subject()).startsWith("تذكير").contains("CA-2066-S1-R02");
    });
    assertThat(entries("CA-2066-S1", "CA-2066-S1-R01/follow-up-reminder/")).isEmpty();
    clock(LocalDateTime.parse("2066-01-18T08:00"));
    followUpReminders.remindNow();
    assertThat(entries("CA-2066-S1", "CA-2066-S1-R01/follow-up-reminder/")).singleElement().satisfies(e -> {
      assertThat(e.dedupKey()).isEqualTo("CA-2066-S1-R01/follow-up-reminder/14/director");
      assertThat(e.subject()).startsWith("تذكير").contains("CA-2066-S1-R01");
    });
    followUps.escalate("CA-2066-S1-R02", "CA-2066-S1", List.of("chair"));

    // GET /api/follow-ups
    Response overdue = rest.get("member01", "/api/follow-ups?body=CA&status=OVERDUE&size=100");
    assertThat(overdue.status()).as(overdue.toString()).isEqualTo(200);
    assertThat(numbers(overdue.json())).contains("CA-2066-S1-R02").doesNotContain("CA-2066-S1-R01");
    Response open = rest.get("manager", "/api/follow-ups?body=CA&status=OPEN&size=100");
    assertThat(numbers(open.json())).contains("CA-2066-S1-R01").doesNotContain("CA-2066-S1-R02");
    JsonNode r01 = find(open.json(), "CA-2066-S1-R01");
    assertThat(r01.path("owner").asText()).isEqualTo("director");
    assertThat(r01.path("dueDate").asText()).isEqualTo("2066-02-01");
    assertThat(r01.path("sessionKey").asText()).isEqualTo("CA-2066-S1");
    assertThat(r01.path("actions").get(0).asText()).isEqualTo("Open the centres");
    Response both = rest.get("manager", "/api/follow-ups?body=CA&status=OPEN,OVERDUE&size=100");
    assertThat(numbers(both.json())).contains("CA-2066-S1-R01", "CA-2066-S1-R02");
    Response done = rest.get("manager", "/api/follow-ups?body=CA&status=DONE&size=100");
    assertThat(numbers(done.json())).doesNotContain("CA-2066-S1-R01", "CA-2066-S1-R02");
    for (String[] refused : new String[][] {{"status=LATE", "status"}, {"body=ca", "body"}, {"size=0", "size"},
        {"page=-1", "page"}}) {
      Response bad = rest.get("manager", "/api/follow-ups?" + refused[0]);
      assertThat(bad.status()).as(refused[0] + " " + bad).isEqualTo(400);
      assertThat(bad.json().path("parameter").asText()).isEqualTo(refused[1]);
    }

    // the next ordinary session's agenda proposes the follow-ups as one item, whose table the minutes print
    String key = "CA-2067-S1";
    LocalDateTime day = LocalDateTime.parse("2066-03-10T10:00");
    assertThat(start(key, "ORDINARY", day, "IN_PERSON", null).status()).isEqualTo(200);
    JsonNode prepare = api.task("secretary", key, "Task_PrepareAgenda");
    JsonNode proposed = api.jsonVariable("secretary", prepare.path("id").asText(), "agenda");
    List<JsonNode> followUpItems = new ArrayList<>();
    proposed.forEach(i -> {
      if ("FOLLOW_UP".equals(i.path("kind").asText())) {
        followUpItems.add(i);
      }
    });
    assertThat(followUpItems).singleElement().satisfies(i -> assertThat(i.path("title").asText())
        .isEqualTo("Suivi des résolutions : actions en cours et en retard"));
    assertThat(start("CA-2067-S2", "EXTRAORDINARY", day.plusDays(1), "IN_PERSON", null).status()).isEqualTo(200);
    JsonNode extraordinary = api.jsonVariable("secretary",
        api.task("secretary", "CA-2067-S2", "Task_PrepareAgenda").path("id").asText(), "agenda");
    extraordinary.forEach(i -> assertThat(i.path("kind").asText()).as("an extraordinary session").isNotEqualTo("FOLLOW_UP"));

    api.completeOk("secretary", prepare, Map.of("agenda", json("""
        [{"title":"Opening address of the chair","kind":"ADDRESS"},
         {"title":"Suivi des résolutions : actions en cours et en retard","kind":"FOLLOW_UP"},
         {"title":"Partnership agreement","kind":"DELIBERATION","subject":"OTHER"}]""")));
    jobs.runDue(); // the items open in a job after the agenda (Gateway_PrepareItems)
    assertThat(api.tasks("director", key, "Task_PrepareItemDossier")).as("the follow-up item has no dossier to prepare")
        .hasSize(1);
    api.prepareDossiersAndOpinions(key);
    jobs.runDue();
    api.completeOk("chair", api.task("chair", key, "Task_ApproveConvocation"), Map.of("approved", true));
    jobs.runDue();
    List<Map<String, Object>> table = jdbc.queryForList("select * from follow_up_item where session_key = ?"
        + " and resolution_number like 'CA-2066-S1-%' order by resolution_number", key);
    assertThat(table).extracting(r -> r.get("resolution_number") + " " + r.get("status") + " " + r.get("item_index"))
        .containsExactly("CA-2066-S1-R01 OPEN 2", "CA-2066-S1-R02 OVERDUE 2");
    Response page = rest.get("member01", "/api/sessions/" + key + "/dossiers");
    assertThat(page.status()).isEqualTo(200);
    // member01 reads Arabic: the follow-up item and its table in Arabic
    assertThat(page.body()).contains("تتبع القرارات", "CA-2066-S1-R02", "متأخر");

    var report = reports.report(key);
    String fr = renderer.html(DocumentKind.MINUTES, DocumentLanguage.FR, report);
    assertThat(fr).contains("Suivi des résolutions : actions en cours et en retard", "CA-2066-S1-R02", "En retard",
        "ne donne pas lieu à un vote");
    String ar = renderer.html(DocumentKind.MINUTES, DocumentLanguage.AR, report);
    assertThat(ar).contains("CA-2066-S1-R01", "متأخر", "مفتوح");
  }

  private static List<String> numbers(JsonNode page) {
    List<String> numbers = new ArrayList<>();
    page.path("items").forEach(i -> numbers.add(i.path("resolutionNumber").asText()));
    return numbers;
  }

  private static JsonNode find(JsonNode page, String number) {
    for (JsonNode item : page.path("items")) {
      if (number.equals(item.path("resolutionNumber").asText())) {
        return item;
      }
    }
    throw new AssertionError("no follow-up " + number + " in " + page);
  }

  @Test
  void aReturnReopensOnlyTheNamedItemTheOtherDossiersCarryOverUntouched() {
    String key = "CA-2068-S1";
    LocalDateTime day = LocalDateTime.parse("2068-03-10T10:00");
    clock(day.minusDays(20));
    assertThat(start(key, "ORDINARY", day, "IN_PERSON", null).status()).isEqualTo(200);
    api.completeOk("secretary", api.task("secretary", key, "Task_PrepareAgenda"), Map.of("agenda", json("""
        [{"title":"Opening address of the chair","kind":"ADDRESS"},
         {"title":"Draft action plan 2069","kind":"DELIBERATION","subject":"ACTION_PLAN"},
         {"title":"Draft budget 2069","kind":"DELIBERATION","subject":"BUDGET"},
         {"title":"Partnership agreement","kind":"DELIBERATION","subject":"OTHER"}]""")));
    jobs.runDue(); // the items open in a job after the agenda (Gateway_PrepareItems)
    api.prepareDossiersAndOpinions(key);
    jobs.runDue();
    List<Map<String, Object>> before = jdbc.queryForList("select * from item_dossier where session_key = ?"
        + " and item_index <> 3 order by item_index", key);
    assertThat(before).hasSize(2);

    JsonNode approval = api.task("chair", key, "Task_ApproveConvocation");
    String id = approval.path("id").asText();
    JsonNode options = api.formJson("chair", id, "reopenItemOptions");
    assertThat(options.findValuesAsText("value")).containsExactly("2", "3", "4");
    for (String refused : new String[] {null, "[]", "[1]", "[7]"}) {
      Map<String, Object> variables = new java.util.HashMap<>(Map.of("approved", false, "remarks", "Revise"));
      if (refused != null) {
        variables.put("reopenItems", json(refused));
      }
      Response response = api.complete("chair", id, variables);
      assertThat(response.status()).as(refused + " " + response).isEqualTo(400);
      assertThat(response.json().path("variable").asText()).isEqualTo("reopenItems");
    }
    api.completeOk("chair", approval, Map.of("approved", "false", "remarks", "The budget's revenue is optimistic",
        "reopenItems", json("[\"3\"]")));
    api.completeOk("secretary", api.task("secretary", key, "Task_PrepareAgenda"), Map.of());
    jobs.runDue(); // the items open in a job after the agenda (Gateway_PrepareItems)
    List<JsonNode> dossiers = api.tasks("director", key, "Task_PrepareItemDossier");
    assertThat(dossiers).as("only the budget is prepared again").singleElement().satisfies(t -> assertThat(
        api.jsonVariable("director", t.path("id").asText(), "agendaItem").path("itemIndex").asInt()).isEqualTo(3));
    api.prepareDossiersAndOpinions(key);
    jobs.runDue();
    assertThat(jdbc.queryForList("select * from item_dossier where session_key = ? and item_index <> 3"
        + " order by item_index", key)).as("the other dossiers carried over untouched").isEqualTo(before);
    api.completeOk("chair", api.task("chair", key, "Task_ApproveConvocation"), Map.of("approved", true));
    jobs.runDue();
    assertThat(entries(key, key + "/convocation/1/")).isNotEmpty();
  }
}
