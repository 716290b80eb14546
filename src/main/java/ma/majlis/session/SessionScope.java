package ma.majlis.session;

import ma.majlis.platform.TypedVariables;

import static ma.majlis.session.SessionVariables.BODY_CODE;
import static ma.majlis.session.SessionVariables.CONVOCATION_ROUND;
import static ma.majlis.session.SessionVariables.ITEM_STATUS;
import static ma.majlis.session.SessionVariables.MINIMUM_NOTICE_DAYS;
import static ma.majlis.session.SessionVariables.NOTICE_WAIVED;
import static ma.majlis.session.SessionVariables.OUTCOME;
import static ma.majlis.session.SessionVariables.PRESENT;
import static ma.majlis.session.SessionVariables.QUORUM_REACHED;
import static ma.majlis.session.SessionVariables.QUORUM_REQUIRED;
import static ma.majlis.session.SessionVariables.REPRESENTED;
import static ma.majlis.session.SessionVariables.RESOLUTION_NUMBER;

import ma.majlis.platform.ApprovalCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Typed access to board-session's own variables, set by the process's earlier steps and already checked there (as
 * {@code deliberation/ItemVariables} does for a deliberation): no cast of a variable outside this class.
 */
final class SessionScope extends TypedVariables {

  private SessionScope(VariableScope scope) {
    super(scope);
  }

  static SessionScope of(VariableScope scope) {
    return new SessionScope(scope);
  }

  /** An approval task's decision lives on the process instance (ApprovalCheck writes it there). */
  static SessionScope ofProcess(DelegateTask task) {
    return new SessionScope(task.getExecution());
  }

  String bodyCode() {
    return text(BODY_CODE);
  }

  /** The convocation round: 1, or 2 once the quorum was missed. */
  int convocationRound() {
    return integer(CONVOCATION_ROUND, 1);
  }

  /** The result of the decision convocation-notice (BusinessRule_DetermineNotice); empty when it gave none. */
  java.util.OptionalLong minimumNoticeDays() {
    Object minimum = scope.getVariable(MINIMUM_NOTICE_DAYS);
    return minimum instanceof Number number ? java.util.OptionalLong.of(number.longValue())
        : java.util.OptionalLong.empty();
  }

  /** Whether the chair waived a notice shorter than the statutes' (Task_WaiveShortNotice). */
  boolean noticeWaived() {
    return Boolean.TRUE.equals(scope.getVariable(NOTICE_WAIVED));
  }

  boolean quorumReached() {
    return Boolean.TRUE.equals(scope.getVariable(QUORUM_REACHED));
  }

  int quorumRequired() {
    return integer(QUORUM_REQUIRED, 0);
  }

  int present() {
    return integer(PRESENT, 0);
  }

  int represented() {
    return integer(REPRESENTED, 0);
  }

  /** The approver's decision (ApprovalCheck has checked it). */
  boolean approved() {
    return Boolean.TRUE.equals(scope.getVariable(ApprovalCheck.APPROVED));
  }

  /** The approver's remarks, null when he gave none. */
  String remarks() {
    return text(ApprovalCheck.REMARKS);
  }

  /** What a deliberation returned: its resolution's number, outcome and item status (null when it has none). */
  String resolutionNumber() {
    return text(RESOLUTION_NUMBER);
  }

  String outcome() {
    return text(OUTCOME);
  }

  String itemStatus() {
    return text(ITEM_STATUS);
  }

}
