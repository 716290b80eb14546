package ma.majlis.session;

import ma.majlis.agenda.Agenda;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import ma.majlis.deliberation.RegisterChain;
import ma.majlis.deliberation.Resolution;
import ma.majlis.deliberation.ResolutionRegister;
import ma.majlis.platform.InputRejectedException;
import ma.majlis.platform.Inputs;

/**
 * A {@code CORRECTION} item names the resolution it corrects ({@code corrects}): a registered resolution of the same
 * body, adopted, not yet superseded, and corrected by one item only. Checked when the agenda is set (the start's
 * REST {@code agenda}, Task_PrepareAgenda); refused with 400 naming {@code agenda[n].corrects}.
 */
@Component
public class AgendaCorrections {

  private final ResolutionRegister register;

  public AgendaCorrections(ResolutionRegister register) {
    this.register = register;
  }

  /** Checks the corrections of a normalised agenda of a session of {@code bodyCode}. */
  public void check(String variable, SpinJsonNode agenda, String bodyCode) {
    List<SpinJsonNode> items = agenda.elements();
    Set<String> corrected = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String number = Inputs.text(items.get(i), Agenda.CORRECTS);
      if (number == null) {
        continue;
      }
      String where = variable + "[" + (i + 1) + "]." + Agenda.CORRECTS;
      Resolution old = register.find(number).orElseThrow(() -> InputRejectedException.of(where,
          "error.correction.unknown", number));
      if (!bodyCode.equals(RegisterChain.bodyOf(old.sessionKey()))) {
        throw InputRejectedException.of(where, "error.correction.otherBody", number);
      }
      if (!"ADOPTED".equals(old.outcome())) {
        throw InputRejectedException.of(where, "error.correction.notAdopted", number);
      }
      if (old.supersededBy() != null) {
        throw InputRejectedException.of(where, "error.correction.superseded", number, old.supersededBy());
      }
      if (!corrected.add(number)) {
        throw InputRejectedException.of(where, "error.correction.twice", number);
      }
    }
  }
}
