package ma.majlis.deliberation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import ma.majlis.board.AttendanceStatus;

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
    List<String> attending = attendance.stream().filter(a -> a.status() != AttendanceStatus.ABSENT)
        .map(AttendanceEntry::memberId).toList();
    for (String member : recused) {
      if (!attending.contains(member)) {
        throw new NotAttendingException(member);
      }
    }
    return new Electorate(attendance, recused);
  }

  /** A member who left the session ({@code departure}) or arrived, declared before an item. */
  public record Movement(String memberId, boolean departure) {
  }

  /**
   * The attendance after the movements, applied in order. A member who leaves must be present; he becomes absent,
   * and the members he represented with it (his proxy ends with him). A member who arrives must be one of the
   * attendance (convened) and not present; he becomes present (a represented member who arrives votes himself).
   * Otherwise an {@link IllegalArgumentException} names the member.
   */
  public static List<AttendanceEntry> after(List<AttendanceEntry> attendance, List<Movement> movements) {
    List<AttendanceEntry> now = new ArrayList<>(attendance);
    for (Movement m : movements) {
      int at = -1;
      for (int i = 0; i < now.size(); i++) {
        if (now.get(i).memberId().equals(m.memberId())) {
          at = i;
        }
      }
      if (at < 0) {
        throw new MovementRefusedException(m.memberId(), "notConvened");
      }
      AttendanceEntry entry = now.get(at);
      if (m.departure()) {
        if (entry.status() != AttendanceStatus.PRESENT) {
          throw new MovementRefusedException(m.memberId(), "notPresent");
        }
        now.set(at, AttendanceEntry.absent(m.memberId()));
        for (int i = 0; i < now.size(); i++) {
          AttendanceEntry other = now.get(i);
          if (other.status() == AttendanceStatus.REPRESENTED && m.memberId().equals(other.proxyHolder())) {
            now.set(i, AttendanceEntry.absent(other.memberId()));
          }
        }
      } else {
        if (entry.status() == AttendanceStatus.PRESENT) {
          throw new MovementRefusedException(m.memberId(), "alreadyPresent");
        }
        now.set(at, AttendanceEntry.present(m.memberId()));
      }
    }
    return now;
  }

  /** Members physically present (recused ones included, as the decision "quorum" expects). */
  public int present() {
    return (int) attendance.stream().filter(a -> a.status() == AttendanceStatus.PRESENT).count();
  }

  /** Members represented by a proxy (recused ones included). */
  public int represented() {
    return (int) attendance.stream().filter(a -> a.status() == AttendanceStatus.REPRESENTED).count();
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
    return attendance.stream().filter(a -> a.status() != AttendanceStatus.ABSENT).map(AttendanceEntry::memberId).toList();
  }

  /**
   * The roll-call ballots: one per present member who is not recused, and one per proxy held, given to the
   * proxy holder on behalf of the represented member. A recused member takes no part in the vote (rule 4):
   * no ballot of their own, and none for a proxy they hold (that vote is then not cast on this item).
   */
  public List<Ballot> ballots() {
    List<Ballot> ballots = new ArrayList<>();
    for (AttendanceEntry a : attendance) {
      if (a.status() == AttendanceStatus.PRESENT && !recusals.contains(a.memberId())) {
        ballots.add(new Ballot(a.memberId(), null));
      }
    }
    for (AttendanceEntry a : attendance) {
      if (a.status() == AttendanceStatus.REPRESENTED && !recusals.contains(a.memberId())
          && !recusals.contains(a.proxyHolder())) {
        ballots.add(new Ballot(a.proxyHolder(), a.memberId()));
      }
    }
    return ballots;
  }

  /**
   * A departure or an arrival that the attendance does not allow: {@code reason} is {@code notConvened},
   * {@code notPresent} (cannot leave) or {@code alreadyPresent} (cannot arrive); the message names the member, in
   * English.
   */
  public static class MovementRefusedException extends IllegalArgumentException {
    private final String member;
    private final String reason;

    public MovementRefusedException(String member, String reason) {
      super(member + (switch (reason) {
        case "notConvened" -> " is not a member convened to this session";
        case "notPresent" -> " is not present, so cannot leave";
        default -> " is already present, so cannot arrive";
      }));
      this.member = member;
      this.reason = reason;
    }

    public String member() {
      return member;
    }

    public String reason() {
      return reason;
    }
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
