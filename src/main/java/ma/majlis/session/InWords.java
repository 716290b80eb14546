package ma.majlis.session;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * How the screens people read (Tasklist's forms, the dossiers page) write the session's codes and dates: one place,
 * in English until the Arabic and French texts come (issue #13).
 */
public final class InWords {

  /** An agenda item's kind: {@code DELIBERATION} → "Deliberation (vote)". */
  public static final Map<String, String> KINDS = Map.of("ADDRESS", "Address", "PRESENTATION", "Presentation",
      "DELIBERATION", "Deliberation (vote)", "FOLLOW_UP", "Follow-up of the resolutions");
  /** A deliberation's subject: {@code COMMITTEE} → "Creation of a committee". */
  public static final Map<String, String> SUBJECTS = Map.of("ACTION_PLAN", "Action plan", "BUDGET", "Budget",
      "COMMITTEE", "Creation of a committee", "MINUTES_APPROVAL", "Approval of minutes", "OTHER", "Other");
  /** The state controller's opinion: {@code FAVOURABLE} → "Favourable". */
  public static final Map<String, String> OPINIONS = Map.of("FAVOURABLE", "Favourable", "RESERVED", "Reserved",
      "UNFAVOURABLE", "Unfavourable");

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_AND_TIME =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

  private InWords() {
  }

  /** "Friday 24 December 2021". */
  public static String day(LocalDate day) {
    return DAY.format(day);
  }

  /** "Friday 24 December 2021 at 10:00". */
  public static String dayAndTime(LocalDateTime time) {
    return DAY_AND_TIME.format(time);
  }
}
