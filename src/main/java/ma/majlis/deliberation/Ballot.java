package ma.majlis.deliberation;

import org.camunda.spin.json.SpinJsonNode;

import static org.camunda.spin.Spin.JSON;

/**
 * The right to cast one vote on one item: the voter casts it for themselves ({@code onBehalfOf} null) or for a
 * member who gave them a proxy. The mandate is the member whose vote it is; a mandate votes once.
 */
public record Ballot(String voterId, String onBehalfOf) {

  public String mandateId() {
    return onBehalfOf == null ? voterId : onBehalfOf;
  }

  public SpinJsonNode toJson() {
    SpinJsonNode node = JSON("{}");
    node.prop(DeliberationVariables.VOTER_ID, voterId);
    node.prop(DeliberationVariables.ON_BEHALF_OF, onBehalfOf == null ? "" : onBehalfOf);
    node.prop("mandateId", mandateId());
    return node;
  }
}
