package ma.majlis.presentation;

import java.time.Instant;
import java.util.List;

/**
 * The approved version of the director's presentation for one agenda item, as stored in table
 * {@code presentation}: shown in the convocation dossier and, with the members' remarks, in the minutes.
 *
 * @param id null until stored
 * @param itemIndex position of the item in the agenda, null when the session did not say
 * @param version number of drafting rounds until approval (1 = approved at once)
 * @param approvedBy user id of the secretariat reviewer, or of the chair when arbitrating; null when unknown
 * @param approvedByRole SECRETARIAT or CHAIR
 * @param sessionRemarks the members' remarks recorded during the session, null before
 */
public record ApprovedPresentation(Long id, String sessionKey, Integer itemIndex, String itemTitle, int version,
                                   String title, String summary, List<String> keyPoints, String documentRef,
                                   int durationMinutes, String approvedBy, String approvedByRole, Instant approvedAt,
                                   String processInstanceId, String sessionRemarks) {

  public ApprovedPresentation {
    keyPoints = List.copyOf(keyPoints);
  }

  ApprovedPresentation withId(long newId) {
    return new ApprovedPresentation(newId, sessionKey, itemIndex, itemTitle, version, title, summary, keyPoints,
        documentRef, durationMinutes, approvedBy, approvedByRole, approvedAt, processInstanceId, sessionRemarks);
  }
}
