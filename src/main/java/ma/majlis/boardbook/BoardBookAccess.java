package ma.majlis.boardbook;

import java.util.Collection;

import org.springframework.stereotype.Component;

import ma.majlis.identity.Groups;
import ma.majlis.board.Body;
import ma.majlis.board.Bodies;
import ma.majlis.board.SessionRecord;
import ma.majlis.board.SessionRecords;

/**
 * Who may do what with a session's book, from Majlis's tables and the caller's groups (read afresh at each request):
 * <ul>
 *   <li>attach files: general management and the secretariat, who prepare the dossiers and the presentation;</li>
 *   <li>read the book (the pack, the files): the members of the session's body (its group, or convened to this
 *   session), its chair, the secretariat and general management, and for the board the state controller. A
 *   committee's book is its members' and its chair's (and the secretariat's and general management's, who prepare
 *   it): a board member who does not sit on the committee, the controller, the press office, managers and
 *   integrators are refused;</li>
 *   <li>read earlier versions of a file: the secretariat and general management (the others read the latest);</li>
 *   <li>read the access log: the secretariat and administrators.</li>
 * </ul>
 */
@Component
public class BoardBookAccess {

  public static final String BOARD = "CA";

  private final Bodies bodies;
  private final SessionRecords records;

  public BoardBookAccess(Bodies bodies, SessionRecords records) {
    this.bodies = bodies;
    this.records = records;
  }

  public boolean mayAttach(Collection<String> groups) {
    return groups.contains(Groups.GENERAL_MANAGEMENT) || groups.contains(Groups.BOARD_SECRETARIAT);
  }

  public boolean seesEarlierVersions(Collection<String> groups) {
    return mayAttach(groups);
  }

  public boolean mayReadLog(Collection<String> groups) {
    return groups.contains(Groups.BOARD_SECRETARIAT) || groups.contains(Groups.ADMINISTRATORS);
  }

  public boolean mayRead(SessionRecord session, String userId, Collection<String> groups) {
    if (mayAttach(groups)) {
      return true;
    }
    boolean board = BOARD.equals(session.bodyCode());
    if (board && (groups.contains(Groups.BOARD_CHAIR) || groups.contains(Groups.STATE_CONTROLLER))) {
      return true;
    }
    String group = bodies.find(session.bodyCode()).map(Body::groupId).orElse(null);
    if (group != null && groups.contains(group)) {
      return true;
    }
    if (!board && bodies.chairOf(session.bodyCode()).filter(userId::equals).isPresent()) {
      return true;
    }
    return records.chair(session.businessKey()).filter(userId::equals).isPresent()
        || records.convened(session.businessKey()).contains(userId);
  }
}
