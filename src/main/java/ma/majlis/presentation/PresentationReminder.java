package ma.majlis.presentation;

/**
 * What a reminder says: the presentation of an agenda item is still not approved.
 *
 * @param itemIndex position of the item in the agenda, null when the caller did not say
 * @param title the draft's title, or the agenda item's title while nothing is drafted
 * @param plannedStart the session's planned start (ISO-8601 local date-time)
 */
public record PresentationReminder(String sessionKey, Integer itemIndex, String title, String plannedStart) {
}
