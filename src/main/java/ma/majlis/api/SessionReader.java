package ma.majlis.api;

import ma.majlis.platform.EngineJobs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import ma.majlis.deliberation.ResolutionRegister;
import ma.majlis.platform.WithoutAuthorization;
import ma.majlis.presentation.ApprovedPresentation;
import ma.majlis.presentation.PresentationService;
import ma.majlis.board.SessionRecord;
import ma.majlis.board.SessionRecords;
import ma.majlis.board.SessionRegistry;

/**
 * Puts a session together for the read API from Majlis's tables only: the {@code board_session} row, the agenda
 * the chair approved ({@code agenda_item}), the dossiers, the approved presentations, the attendance and quorum, the
 * resolutions and the documents; and lists the sessions, each with whether its process still runs. Nothing of a
 * session comes from the engine: deleting a session's history changes no answer.
 */
@Component
public class SessionReader {

  private final SessionRegistry sessions;
  private final SessionRecords records;
  private final PresentationService presentations;
  private final ResolutionRegister resolutions;
  private final DocumentSource documents;
  private final ProcessEngine engine;

  public SessionReader(SessionRegistry sessions, SessionRecords records, PresentationService presentations,
                      ResolutionRegister resolutions, DocumentSource documents, ProcessEngine engine) {
    this.sessions = sessions;
    this.records = records;
    this.presentations = presentations;
    this.resolutions = resolutions;
    this.documents = documents;
    this.engine = engine;
  }

  /** One page of the sessions, the latest planned first, each with its resolutions and documents. */
  public PageView<SessionSummary> page(SessionRegistry.Filter filter, int page, int size) {
    long total = sessions.count(filter);
    List<SessionRecord> found = sessions.search(filter, page * size, size);
    Set<String> running = running(found.stream().map(SessionRecord::processInstanceId).filter(Objects::nonNull)
        .collect(Collectors.toSet()));
    List<SessionSummary> items = found.stream().map(s -> {
      List<ResolutionSummary> registered = resolutions.forSession(s.businessKey()).stream()
          .map(ResolutionSummary::of).toList();
      return new SessionSummary(s.businessKey(), s.bodyCode(), s.year(), s.number(), s.kind(), s.status().name(),
          s.plannedStart(), s.venue(), running.contains(s.processInstanceId()) ? s.processInstanceId() : null,
          registered.size(), registered,
          documents.forSession(s.businessKey()).stream().map(DocumentLink::of).toList(),
          "/api/sessions/" + s.businessKey());
    }).toList();
    return new PageView<>(items, page, size, total);
  }

  /**
   * Which of these process instances still run. Read without the engine's authorization checks, as the agenda is:
   * the read API decides who reads ({@link ApiReaders}).
   */
  private Set<String> running(Set<String> processInstanceIds) {
    if (processInstanceIds.isEmpty()) {
      return Set.of();
    }
    return EngineJobs.inCommand(engine, () ->
        WithoutAuthorization.call(() -> engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceIds(processInstanceIds).list().stream().map(ProcessInstance::getId)
            .collect(Collectors.toSet())));
  }

  public Optional<SessionView> find(String key) {
    Optional<SessionRecord> found = sessions.find(key);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    SessionRecord session = found.get();
    SessionRecords.Proceedings proceedings = records.proceedings(key).orElseThrow();
    int round = proceedings.convocationRound();
    List<SessionRecords.Attendance> attendance = records.attendance(key, round);
    SessionView.AttendanceView attendanceView = attendance.isEmpty() ? null
        : new SessionView.AttendanceView(round, proceedings.presentCount(), proceedings.representedCount(),
            attendance.stream().map(a -> new SessionView.AttendeeView(a.memberId(), a.status().name(), a.proxyHolder()))
                .toList());
    SessionView.QuorumView quorum = proceedings.quorumReached() == null ? null
        : new SessionView.QuorumView(proceedings.quorumRequired(), proceedings.quorumReached());
    return Optional.of(new SessionView(session.businessKey(), session.bodyCode(), session.year(), session.number(),
        session.kind(), session.status().name(), session.plannedStart(), session.venue(), session.format(),
        session.healthMeasures(), session.voteMode(), round, proceedings.noticeWaiverReason(),
        session.processInstanceId(), agenda(session), attendanceView, quorum, proceedings.openingSummary(),
        proceedings.closedAt(), proceedings.closingRemarks(),
        resolutions.forSession(key).stream().map(ResolutionSummary::of).toList(),
        documents.forSession(key).stream().map(DocumentLink::of).toList()));
  }

  private List<SessionView.AgendaItemView> agenda(SessionRecord session) {
    List<SessionRecords.AgendaItem> agenda = records.agenda(session.businessKey());
    Map<Integer, SessionRecords.Dossier> dossiers = records.dossiers(session.businessKey()).stream()
        .collect(Collectors.toMap(SessionRecords.Dossier::itemIndex, Function.identity()));
    List<ApprovedPresentation> approved = presentations.findApproved(session.businessKey());
    List<SessionView.AgendaItemView> items = new ArrayList<>();
    for (SessionRecords.AgendaItem item : agenda) {
      Integer index = item.itemIndex();
      String title = item.title();
      SessionRecords.Dossier dossier = index == null ? null : dossiers.get(index);
      SessionView.DossierView dossierView = dossier == null ? null
          : new SessionView.DossierView(dossier.draftResolution(), dossier.documentRef(), dossier.controllerOpinion(),
              dossier.controllerOpinionText());
      SessionView.PresentationView presentation = approved.stream()
          .filter(p -> index != null && index.equals(p.itemIndex())
              || p.itemIndex() == null && p.itemTitle().equals(title))
          .reduce((first, second) -> second)
          .map(p -> new SessionView.PresentationView(p.title(), p.summary(), p.keyPoints(), p.documentRef(),
              p.durationMinutes(), p.version(), p.approvedBy(), p.approvedAt(), p.sessionRemarks()))
          .orElse(null);
      items.add(new SessionView.AgendaItemView(index, title, item.kind(), item.subject(), item.rapporteur(),
          dossierView, presentation));
    }
    return items;
  }
}
