package ma.majlis.committee;

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
}
