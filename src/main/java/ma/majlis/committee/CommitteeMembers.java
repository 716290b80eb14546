package ma.majlis.committee;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import ma.majlis.platform.InputRejectedException;
import ma.majlis.platform.Inputs;
import org.camunda.spin.json.SpinJsonNode;

import static org.camunda.spin.Spin.JSON;

/**
 * Reads the member lists of a committee proposal. A Tasklist dynamic list submits objects
 * ({@code [{"memberId": "member01"}]}); an integrator sends plain ids ({@code ["member01"]}): both are accepted
 * and normalised to plain ids.
 */
public final class CommitteeMembers {

  static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  /** The field of a dynamic list row that holds a member id. */
  static final String MEMBER_ID_FIELD = "memberId";

  private CommitteeMembers() {
  }

  public static List<String> ids(String variable, SpinJsonNode array) {
    List<String> ids = new ArrayList<>();
    List<SpinJsonNode> elements = array.elements();
    for (int i = 0; i < elements.size(); i++) {
      SpinJsonNode element = elements.get(i);
      String id = element.isString() ? element.stringValue().trim() : Inputs.text(element, MEMBER_ID_FIELD);
      if (id == null || id.isBlank()) {
        throw InputRejectedException.of(variable, "error.members.entryNotId", String.valueOf(i + 1));
      }
      if (ids.contains(id)) {
        throw InputRejectedException.of(variable, "error.members.listedTwice", Inputs.quoted(id));
      }
      ids.add(id);
    }
    return ids;
  }

  public static List<ExternalMember> externals(String variable, SpinJsonNode array) {
    List<ExternalMember> members = new ArrayList<>();
    List<SpinJsonNode> elements = array.elements();
    for (int i = 0; i < elements.size(); i++) {
      SpinJsonNode element = elements.get(i);
      String where = String.valueOf(i + 1);
      String name = Inputs.text(element, "name");
      if (name == null) {
        throw InputRejectedException.of(variable, "error.members.nameRequired", where);
      }
      String organisation = Inputs.text(element, "organisation");
      if (organisation == null) {
        throw InputRejectedException.of(variable, "error.members.organisationRequired", where, name);
      }
      String email = Inputs.text(element, "email");
      if (email == null || !EMAIL.matcher(email).matches()) {
        throw InputRejectedException.of(variable, "error.members.email", where, name,
            Inputs.quoted(email == null ? "" : email));
      }
      members.add(new ExternalMember(name, organisation, email));
    }
    return members;
  }

  public static SpinJsonNode externalsToJson(List<ExternalMember> members) {
    SpinJsonNode array = JSON("[]");
    for (ExternalMember m : members) {
      SpinJsonNode node = JSON("{}");
      node.prop("name", m.name());
      node.prop("organisation", m.organisation());
      node.prop("email", m.email());
      array.append(node);
    }
    return array;
  }
}
