package ma.majlis.board;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import ma.majlis.identity.Groups;
import ma.majlis.platform.ActRefusedException;
import ma.majlis.platform.WithoutAuthorization;

/**
 * Who chairs a session: the chair of its body (for the board, the member of {@code board-chair}; for a committee,
 * the chair it was appointed with), recorded on the session when the convocations go out. The chair's acts (the
 * deciding vote, the decision on a rejection, the signature of the minutes) are checked against it: whatever the
 * variable {@code chairId} (which only assigns the task) says, nobody else's completion counts as the chair's.
 */
@Component
public class SessionChair {

  private final SessionRecords records;
  private final SessionRegistry sessions;
  private final Bodies bodies;
  private final IdentityService identity;

  public SessionChair(SessionRecords records, SessionRegistry sessions, Bodies bodies,
                      IdentityService identity) {
    this.records = records;
    this.sessions = sessions;
    this.bodies = bodies;
    this.identity = identity;
  }

  /** The chair of a body, among the members convened ({@code members}; empty: any). */
  public Optional<String> ofBody(String bodyCode, List<String> members) {
    if ("CA".equals(bodyCode)) {
      return WithoutAuthorization.membersOf(identity, Groups.BOARD_CHAIR).stream()
          .filter(m -> members.isEmpty() || members.contains(m)).findFirst();
    }
    return bodies.chairOf(bodyCode);
  }

  /** The session's chair: as recorded when it was convened, else its body's chair today. */
  public Optional<String> of(String sessionKey) {
    Optional<String> recorded = records.chair(sessionKey);
    if (recorded.isPresent()) {
      return recorded;
    }
    return sessions.find(sessionKey).flatMap(s -> ofBody(s.bodyCode(), List.of()));
  }

  /**
   * Refuses (403) the completion of a chair's task by anyone but the session's chair; returns the chair.
   *
   * @param act the refusal's text, which says what the chair does ({@code error.chair.*}: "Only the chair of {0}
   *     ({1}) may sign or return the minutes; {2} may not")
   */
  public String require(DelegateTask task, String act) {
    String key = SessionOf.key(task);
    String chair = of(key).orElseThrow(() -> new IllegalStateException("Session " + key + " has no chair: add the"
        + " chair to the group " + Groups.BOARD_CHAIR + " (or appoint the committee's chair), then retry"));
    String actor = Approver.of(task);
    if (!chair.equals(actor)) {
      throw new ActRefusedException(act, key, chair, actor);
    }
    return chair;
  }
}
