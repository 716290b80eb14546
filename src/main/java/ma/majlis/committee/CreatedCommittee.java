package ma.majlis.committee;

import java.util.List;

/** What setting up a committee produced: its group and the accounts of its external members. */
public record CreatedCommittee(String code, String groupId, List<String> externalMemberIds) {
}
