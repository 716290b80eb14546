package ma.majlis.committee;

import ma.majlis.platform.JsonValues;
import ma.majlis.identity.Groups;
import java.util.List;
import java.util.regex.Pattern;

import ma.majlis.platform.InputRejectedException;
import ma.majlis.platform.CurrentUser;
import ma.majlis.platform.Inputs;
import ma.majlis.platform.WithoutAuthorization;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

import static ma.majlis.committee.CommitteeVariables.*;
import static org.camunda.spin.Spin.JSON;

/**
 * Task_ProposeCommitteeMembers: a free code of 2 to 8 capital letters, a name and a mandate, board members who
 * are members of the board, external members with their organisation and a valid e-mail, a chair among the board
 * members, a rapporteur and a reporting rhythm; recorded as the secretariat proposed it ({@link CommitteeProposals}).
 */
// the name the process calls it by (every deployed version of committee-establishment)
@Component("proposeCommitteeMembersCheck")
public class ProposeCommitteeMembersCheckAndRecord implements TaskListener {

  static final Pattern CODE = Pattern.compile("[A-Z]{2,8}");

  private final BodyRegistry bodies;
  private final CommitteeProposals proposals;

  public ProposeCommitteeMembersCheckAndRecord(BodyRegistry bodies, CommitteeProposals proposals) {
    this.bodies = bodies;
    this.proposals = proposals;
  }

  @Override
  public void notify(DelegateTask task) {
    Inputs in = Inputs.of(task);
    String code = checkCode(in.requiredString(COMMITTEE_CODE), bodies);
    String name = in.requiredString(COMMITTEE_NAME);
    String mandate = in.requiredString(MANDATE);

    List<String> boardMembers = CommitteeMembers.ids(BOARD_MEMBERS, in.requiredJsonArray(BOARD_MEMBERS));
    if (boardMembers.isEmpty()) {
      throw InputRejectedException.of(BOARD_MEMBERS, "error.committee.boardMembersRequired");
    }
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    for (String member : boardMembers) {
      if (!WithoutAuthorization.isMember(identity, member, Groups.BOARD_MEMBERS)) {
        throw InputRejectedException.of(BOARD_MEMBERS, "error.committee.notBoardMember", Inputs.quoted(member),
            Groups.BOARD_MEMBERS);
      }
    }
    SpinJsonNode externalsJson = in.optionalJson(EXTERNAL_MEMBERS);
    if (externalsJson != null && !externalsJson.isArray()) {
      throw InputRejectedException.of(EXTERNAL_MEMBERS, "error.input.jsonArrayOf", "{name, organisation, email}");
    }
    List<ExternalMember> externals = CommitteeMembers.externals(EXTERNAL_MEMBERS,
        externalsJson == null ? JSON("[]") : externalsJson);
    String chair = checkChair(in.requiredString(COMMITTEE_CHAIR), boardMembers);
    String rapporteur = in.requiredString(RAPPORTEUR);
    ReportingRhythm rhythm = in.requiredEnum(REPORTING_RHYTHM, ReportingRhythm.class);

    CommitteeVariables vars = CommitteeVariables.of(task);
    vars.setCommitteeCode(code);
    vars.setCommitteeName(name);
    vars.setMandate(mandate);
    vars.setBoardMembers(boardMembers);
    vars.setExternalMembers(externals);
    vars.setCommitteeChair(chair);
    vars.setRapporteur(rapporteur);
    vars.setReportingRhythm(rhythm);
    // the proposal as the secretariat made it, recorded by this completion: the chair's form shows it, and the
    // committee is created from it once appointed; the variables above only prefill the form if it comes back
    proposals.propose(new CommitteeSetup(vars.resolutionNumber(), code, name, mandate, boardMembers, externals, chair,
        rapporteur, rhythm), CurrentUser.completing(task));
    // the chair's remarks on the returned proposal are answered (and recorded with it): gone, they are neither shown
    // again nor taken for his remarks on this one when he appoints it without any
    task.getExecution().removeVariable(REMARKS);
  }

  /** The committee code: 2 to 8 capital letters, not the code of an existing body. */
  public static String checkCode(String code, BodyRegistry bodies) {
    if (!CODE.matcher(code).matches()) {
      throw InputRejectedException.of(COMMITTEE_CODE, "error.committee.codeFormat", Inputs.quoted(code));
    }
    if (bodies.bodyExists(code)) {
      throw InputRejectedException.of(COMMITTEE_CODE, "error.committee.codeTaken", Inputs.quoted(code));
    }
    return code;
  }

  /** The committee's chair is one of its board members. */
  public static String checkChair(String chair, List<String> boardMembers) {
    if (!boardMembers.contains(chair)) {
      throw InputRejectedException.of(COMMITTEE_CHAIR, "error.committee.chairNotMember", String.valueOf(boardMembers),
          Inputs.quoted(chair));
    }
    return chair;
  }
}
