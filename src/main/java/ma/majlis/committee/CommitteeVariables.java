package ma.majlis.committee;

import ma.majlis.platform.TypedVariables;

import ma.majlis.platform.JsonValues;

import ma.majlis.process.MessageNames;

import static ma.majlis.process.SharedVariables.SESSION_KEY;

import java.time.LocalDateTime;
import java.util.List;

import ma.majlis.platform.Inputs;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The process {@code committee-establishment}: the names of its key, message, groups and variables, and typed
 * access to those variables over a task or an execution ({@code CommitteeVariables.of(scope)}); the only place
 * that reads or writes them by name. The getters read what the checks already normalised.
 */
public final class CommitteeVariables extends TypedVariables {


  /** Start (message): the resolution that created the committee; also the business key. */
  public static final String RESOLUTION_NUMBER = "resolutionNumber";

  // Task_ProposeCommitteeMembers
  public static final String COMMITTEE_CODE = "committeeCode";
  public static final String COMMITTEE_NAME = "committeeName";
  public static final String MANDATE = "mandate";
  /** Json array of board member ids. */
  public static final String BOARD_MEMBERS = "boardMembers";
  /** Json array of {name, organisation, email}. */
  public static final String EXTERNAL_MEMBERS = "externalMembers";
  public static final String COMMITTEE_CHAIR = "committeeChair";
  public static final String RAPPORTEUR = "rapporteur";
  public static final String REPORTING_RHYTHM = "reportingRhythm";

  // Task_AppointCommittee
  public static final String APPROVED = "approved";
  public static final String REMARKS = "remarks";

  // Task_ScheduleInauguralMeeting; also start variables of board-session
  public static final String PLANNED_START = "plannedStart";
  public static final String VENUE = "venue";
  public static final String FORMAT = "format";

  // Start variables of board-session (its contract), set by ServiceTask_StartInauguralSession
  public static final String SESSION_BODY_CODE = "bodyCode";
  public static final String SESSION_YEAR = "sessionYear";
  public static final String SESSION_NUMBER = "sessionNumber";
  public static final String SESSION_KIND = "sessionKind";
  public static final String SESSION_VOTE_MODE = "voteMode";
  /** Set by ServiceTask_StartInauguralSession: the business key of the committee's first session. */
  public static final String INAUGURAL_SESSION_KEY = "inauguralSessionKey";

  private CommitteeVariables(VariableScope scope) {
    super(scope);
  }

  public static CommitteeVariables of(VariableScope scope) {
    return new CommitteeVariables(scope);
  }

  public String resolutionNumber() {
    return required(RESOLUTION_NUMBER);
  }

  public String sessionKey() {
    return text(SESSION_KEY);
  }

  public String committeeCode() {
    return required(COMMITTEE_CODE);
  }

  public String committeeName() {
    return text(COMMITTEE_NAME);
  }

  public String mandate() {
    return text(MANDATE);
  }

  public List<String> boardMembers() {
    return CommitteeMembers.ids(BOARD_MEMBERS, Inputs.of(scope).requiredJsonArray(BOARD_MEMBERS));
  }

  public List<ExternalMember> externalMembers() {
    return CommitteeMembers.externals(EXTERNAL_MEMBERS, Inputs.of(scope).requiredJsonArray(EXTERNAL_MEMBERS));
  }

  public String committeeChair() {
    return text(COMMITTEE_CHAIR);
  }

  public String rapporteur() {
    return text(RAPPORTEUR);
  }

  public ReportingRhythm reportingRhythm() {
    return ReportingRhythm.valueOf(required(REPORTING_RHYTHM));
  }

  /** The inaugural meeting's start as the check wrote it (ISO-8601 local date-time, board-session's type). */
  public String plannedStart() {
    return required(PLANNED_START);
  }

  public String venue() {
    return text(VENUE);
  }

  public String format() {
    return text(FORMAT);
  }

  public void setCommitteeCode(String code) {
    scope.setVariable(COMMITTEE_CODE, code);
  }

  public void setCommitteeName(String name) {
    scope.setVariable(COMMITTEE_NAME, name);
  }

  public void setMandate(String mandate) {
    scope.setVariable(MANDATE, mandate);
  }

  public void setBoardMembers(List<String> ids) {
    Inputs.of(scope).setJson(BOARD_MEMBERS, JsonValues.stringArray(ids));
  }

  public void setExternalMembers(List<ExternalMember> members) {
    Inputs.of(scope).setJson(EXTERNAL_MEMBERS, CommitteeMembers.externalsToJson(members));
  }

  public void setCommitteeChair(String chair) {
    scope.setVariable(COMMITTEE_CHAIR, chair);
  }

  public void setRapporteur(String rapporteur) {
    scope.setVariable(RAPPORTEUR, rapporteur);
  }

  public void setReportingRhythm(ReportingRhythm rhythm) {
    scope.setVariable(REPORTING_RHYTHM, rhythm.name());
  }

  public void setPlannedStart(LocalDateTime plannedStart) {
    scope.setVariable(PLANNED_START, plannedStart.toString());
  }

  public void setVenue(String venue) {
    scope.setVariable(VENUE, venue);
  }

  public void setFormat(MeetingFormat format) {
    scope.setVariable(FORMAT, format.name());
  }

  public void setInauguralSessionKey(String sessionKey) {
    scope.setVariable(INAUGURAL_SESSION_KEY, sessionKey);
  }

  private String required(String name) {
    return required(name, "the committee's establishment has no value for it; it is set by the start (message "
        + MessageNames.COMMITTEE_CREATION_APPROVED + ") or by the task that asks for it");
  }
}
