package ma.majlis.committee;

import static ma.majlis.committee.CommitteeVariables.BOARD_MEMBERS;
import static ma.majlis.committee.CommitteeVariables.COMMITTEE_CHAIR;
import static ma.majlis.committee.CommitteeVariables.COMMITTEE_CODE;
import static ma.majlis.committee.CommitteeVariables.COMMITTEE_NAME;
import static ma.majlis.committee.CommitteeVariables.EXTERNAL_MEMBERS;
import static ma.majlis.committee.CommitteeVariables.MANDATE;
import static ma.majlis.committee.CommitteeVariables.RAPPORTEUR;
import static ma.majlis.committee.CommitteeVariables.REPORTING_RHYTHM;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import ma.majlis.language.Language;
import ma.majlis.platform.JsonValues;
import ma.majlis.platform.WithoutAuthorization;
import ma.majlis.platform.ShownTask;
import ma.majlis.platform.ShownValues;
import ma.majlis.process.TaskIds;

/**
 * What the chair's "Appoint the committee" form shows: the proposal as recorded ({@link CommitteeProposals}), under
 * the names the secretariat's form gave it, in place of the variables of the same names, and the people proposed by
 * name ({@code boardMemberNames}, {@code committeeChairName}, {@code rapporteurName}). The chair decides on what
 * was proposed, which is what his decision is recorded on and what the committee is created from; a variable changed
 * since (in Cockpit) shows nothing else. A proposal made before proposals were recorded shows its variables.
 */
@Component
public class CommitteeProposalCaptions implements ShownValues {

  /** The board members proposed, by name, in the proposal's order, separated by commas. */
  public static final String BOARD_MEMBER_NAMES = "boardMemberNames";
  /** The proposed chair's name. */
  public static final String COMMITTEE_CHAIR_NAME = "committeeChairName";
  /** The proposed rapporteur's name (his id when he is no user). */
  public static final String RAPPORTEUR_NAME = "rapporteurName";

  private final CommitteeProposals proposals;
  private final IdentityService identity;

  public CommitteeProposalCaptions(CommitteeProposals proposals, IdentityService identity) {
    this.proposals = proposals;
    this.identity = identity;
  }

  @Override
  public void addTo(Map<String, TypedValue> shown, ShownTask task, Language language) {
    if (!TaskIds.APPOINT_COMMITTEE.equals(task.definitionKey()) || task.businessKey() == null) {
      return;
    }
    Optional<CommitteeSetup> recorded = proposals.latest(task.businessKey()).map(CommitteeProposals.Proposal::setup);
    recorded.ifPresent(setup -> {
      shown.put(COMMITTEE_CODE, Variables.stringValue(setup.code()));
      shown.put(COMMITTEE_NAME, Variables.stringValue(setup.name()));
      shown.put(MANDATE, Variables.stringValue(setup.mandate()));
      shown.put(BOARD_MEMBERS, SpinValues.jsonValue(JsonValues.stringArray(setup.boardMembers()).toString()).create());
      shown.put(EXTERNAL_MEMBERS,
          SpinValues.jsonValue(CommitteeMembers.externalsToJson(setup.externalMembers()).toString()).create());
      shown.put(COMMITTEE_CHAIR, Variables.stringValue(setup.chair()));
      shown.put(RAPPORTEUR, Variables.stringValue(setup.rapporteur()));
      shown.put(REPORTING_RHYTHM, Variables.stringValue(setup.reportingRhythm().name()));
    });
    // the people by name, as the chair knows them: of the recorded proposal, else (one made before proposals were
    // recorded) of its variables
    List<String> members = recorded.map(CommitteeSetup::boardMembers).orElseGet(() -> task.json(BOARD_MEMBERS) == null
        ? List.of() : CommitteeMembers.ids(BOARD_MEMBERS, task.json(BOARD_MEMBERS)));
    String chair = recorded.map(CommitteeSetup::chair).orElseGet(() -> text(task.variable(COMMITTEE_CHAIR)));
    String rapporteur = recorded.map(CommitteeSetup::rapporteur).orElseGet(() -> text(task.variable(RAPPORTEUR)));
    List<String> people = new ArrayList<>(members);
    people.add(chair);
    people.add(rapporteur);
    Map<String, String> names = WithoutAuthorization.displayNames(identity, people);
    shown.put(BOARD_MEMBER_NAMES, Variables.stringValue(String.join(", ", members.stream().map(names::get).toList())));
    shown.put(COMMITTEE_CHAIR_NAME, Variables.stringValue(chair == null ? null : names.get(chair)));
    shown.put(RAPPORTEUR_NAME, Variables.stringValue(rapporteur == null ? null : names.get(rapporteur)));
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
