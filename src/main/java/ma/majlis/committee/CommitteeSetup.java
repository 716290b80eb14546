package ma.majlis.committee;

import java.util.ArrayList;
import java.util.List;

import ma.majlis.identity.Groups;

/** What the board chair appointed: everything needed to set the committee up. */
public record CommitteeSetup(String resolutionNumber, String code, String name, String mandate,
                             List<String> boardMembers, List<ExternalMember> externalMembers, String chair,
                             String rapporteur, ReportingRhythm reportingRhythm) {

  public String groupId() {
    return Groups.committee(code);
  }

  /** The user id of the n-th external member (1-based): {@code ext-cqi-1}. */
  public String externalMemberId(int n) {
    return "ext-" + code.toLowerCase() + "-" + n;
  }

  /** The user ids of the external members, in their order: {@code ext-cqi-1}, {@code ext-cqi-2}... */
  public List<String> externalMemberIds() {
    List<String> ids = new ArrayList<>();
    for (int n = 1; n <= externalMembers.size(); n++) {
      ids.add(externalMemberId(n));
    }
    return ids;
  }

  /** Every member of the committee's group: the board members, then the external members' user ids. */
  public List<String> memberIds() {
    List<String> ids = new ArrayList<>(boardMembers);
    ids.addAll(externalMemberIds());
    return ids;
  }
}
