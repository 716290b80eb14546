package ma.majlis.deliberation;

import static ma.majlis.deliberation.DeliberationVariables.VOTER_ID;
import static org.camunda.spin.Spin.JSON;

import java.util.List;

import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * The ballots of a round as the multi-instance of the vote tasks runs over them ({@code Task_CastVote},
 * {@code Task_CastSecretBallot}): each element, the task's {@code ballot}, is the ballot's Json as a String variable.
 * A Json variable is kept by the engine in a byte array: one more row written when the task is created, read by its
 * check and read again to be deleted when the task ends, for each ballot (issue #17); a String is a column of the
 * variable's own row. The checks read either form ({@link ItemVariables#ballot}): a task created before this change
 * holds a Json ballot.
 */
@Component("ballotElements")
public class BallotElements {

  /** The elements of {@code ballots} (a Json array of ballots), each as its Json text. */
  public List<String> of(SpinJsonNode ballots) {
    return ballots.elements().stream().map(SpinJsonNode::toString).toList();
  }

  /** The voter a ballot is issued to, who is assigned its task: from a ballot as its Json text or as Json. */
  public String voter(Object ballot) {
    SpinJsonNode node = node(ballot);
    return node == null || !node.hasProp(VOTER_ID) ? null : node.prop(VOTER_ID).stringValue();
  }

  /** A ballot as Json, from either form of the {@code ballot} variable; null for none. */
  static SpinJsonNode node(Object ballot) {
    if (ballot instanceof SpinJsonNode json) {
      return json;
    }
    return ballot instanceof String text && !text.isBlank() ? JSON(text) : null;
  }
}
