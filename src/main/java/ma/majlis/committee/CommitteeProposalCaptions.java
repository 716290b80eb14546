package ma.majlis.committee;

import static ma.majlis.committee.CommitteeVariables.BOARD_MEMBERS;
import static ma.majlis.committee.CommitteeVariables.COMMITTEE_CHAIR;
import static ma.majlis.committee.CommitteeVariables.COMMITTEE_CODE;
import static ma.majlis.committee.CommitteeVariables.COMMITTEE_NAME;
import static ma.majlis.committee.CommitteeVariables.EXTERNAL_MEMBERS;
import static ma.majlis.committee.CommitteeVariables.MANDATE;
import static ma.majlis.committee.CommitteeVariables.RAPPORTEUR;
import static ma.majlis.committee.CommitteeVariables.REPORTING_RHYTHM;

import java.util.Map;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import ma.majlis.language.Language;
import ma.majlis.platform.JsonValues;
import ma.majlis.platform.ShownTask;
import ma.majlis.platform.ShownValues;
import ma.majlis.process.TaskIds;

/**
 * What the chair's "Appoint the committee" form shows: the proposal as recorded ({@link CommitteeProposals}), under
 * the names the secretariat's form gave it, in place of the variables of the same names. The chair decides on what
 * was proposed, which is what his decision is recorded on and what the committee is created from; a variable changed
 * since (in Cockpit) shows nothing else. A proposal made before proposals were recorded shows its variables.
 */
@Component
public class CommitteeProposalCaptions implements ShownValues {

  private final CommitteeProposals proposals;

  public CommitteeProposalCaptions(CommitteeProposals proposals) {
    this.proposals = proposals;
  }

  @Override
  public void addTo(Map<String, TypedValue> shown, ShownTask task, Language language) {
    if (!TaskIds.APPOINT_COMMITTEE.equals(task.definitionKey()) || task.businessKey() == null) {
      return;
    }
    proposals.latest(task.businessKey()).ifPresent(proposal -> {
      CommitteeSetup setup = proposal.setup();
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
  }
}
