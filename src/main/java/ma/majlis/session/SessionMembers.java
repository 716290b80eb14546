package ma.majlis.session;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import ma.majlis.platform.Inputs;

/** The voting members convened to a session ({@code members}, set when the convocations go out), as a list. */
@Component
public class SessionMembers {

  public List<String> voting(VariableScope scope) {
    return of(scope);
  }

  public static List<String> of(VariableScope scope) {
    SpinJsonNode members = Inputs.of(scope).optionalJson(SessionVariables.MEMBERS);
    List<String> ids = new ArrayList<>();
    if (members != null) {
      members.elements().forEach(m -> ids.add(m.stringValue()));
    }
    return ids;
  }
}
