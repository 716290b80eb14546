package ma.majlis.deliberation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import ma.majlis.deliberation.AttendanceEntry.Status;

/**
 * Who takes part in the vote on one item (standing rules 3 and 4): the members present or represented at the
 * session, less the members recused on the item. Knows nothing of Camunda.
 */
public final class Electorate {

  private final List<AttendanceEntry> attendance;
  private final Set<String> recusals;

  private Electorate(List<AttendanceEntry> attendance, Set<String> recusals) {
    this.attendance = List.copyOf(attendance);
    this.recusals = Set.copyOf(recusals);
  }

  /**
   * The item's electorate. Every recused member must be present or represented (an absent member takes no
   * part anyway); otherwise an {@link IllegalArgumentException} names the member.
   */
  public static Electorate of(List<AttendanceEntry> attendance, Collection<String> recusals) {
    Set<String> recused = new LinkedHashSet<>(recusals);
    List<String> attending = attendance.stream().filter(a -> a.status() != Status.ABSENT)
        .map(AttendanceEntry::memberId).toList();
    for (String member : recused) {
      if (!attending.contains(member)) {
        throw new NotAttendingException(member);
      }
    }
    return new Electorate(attendance, recused);
  }

  /** Members physically present (recused ones included, as the decision "quorum" expects). */
  public int present() {
    return (int) attendance.stream().filter(a -> a.status() == Status.PRESENT).count();
  }

  /** Members represented by a proxy (recused ones included). */
  public int represented() {
    return (int) attendance.stream().filter(a -> a.status() == Status.REPRESENTED).count();
  }

  public int recused() {
    return recusals.size();
  }

  /** The votes that can be cast on the item: present + represented − recused. */
  public int eligibleVoters() {
    return present() + represented() - recused();
  }

  /** The members present or represented, in attendance order: those who may declare an interest. */
  public List<String> attendingMembers() {
    return attendance.stream().filter(a -> a.status() != Status.ABSENT).map(AttendanceEntry::memberId).toList();
  }

  /**
   * The roll-call ballots: one per present member who is not recused, and one per proxy held, given to the
   * proxy holder on behalf of the represented member. A recused member takes no part in the vote (rule 4):
   * no ballot of their own, and none for a proxy they hold (that vote is then not cast on this item).
   */
  public List<Ballot> ballots() {
    List<Ballot> ballots = new ArrayList<>();
    for (AttendanceEntry a : attendance) {
      if (a.status() == Status.PRESENT && !recusals.contains(a.memberId())) {
        ballots.add(new Ballot(a.memberId(), null));
      }
    }
    for (AttendanceEntry a : attendance) {
      if (a.status() == Status.REPRESENTED && !recusals.contains(a.memberId())
          && !recusals.contains(a.proxyHolder())) {
        ballots.add(new Ballot(a.proxyHolder(), a.memberId()));
      }
    }
    return ballots;
  }

  /** A recused member who is neither present nor represented (the message names him, in English). */
  public static class NotAttendingException extends IllegalArgumentException {
    private final String member;

    public NotAttendingException(String member) {
      super(member + " is not a member present or represented at this session");
      this.member = member;
    }

    public String member() {
      return member;
    }
  }
}
