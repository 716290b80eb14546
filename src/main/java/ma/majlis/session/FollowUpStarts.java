package ma.majlis.session;

import ma.majlis.process.SharedVariables;
import ma.majlis.process.ProcessKeys;
import ma.majlis.process.MessageNames;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import ma.majlis.agenda.Agenda.Subject;

/**
 * Starts what follows from an adopted resolution, by the contract's messages (business key = the resolution number):
 * a budget goes to the Ministry of Finance, a committee is set up, anything else is followed up. Starting twice is
 * harmless: a resolution whose follow-up already exists is skipped, so a retried job never starts it again.
 */
@Service
public class FollowUpStarts {

  private static final Logger LOG = LoggerFactory.getLogger(FollowUpStarts.class);


  private final RuntimeService runtime;
  private final HistoryService history;

  public FollowUpStarts(RuntimeService runtime, HistoryService history) {
    this.runtime = runtime;
    this.history = history;
  }

  /** The message and process that carry out an adopted resolution on this subject, if any. */
  public static Optional<String[]> messageFor(Subject subject) {
    return switch (subject) {
      case BUDGET -> Optional.of(new String[] {MessageNames.BUDGET_ADOPTED, ProcessKeys.BUDGET_APPROVAL});
      case COMMITTEE -> Optional.of(new String[] {MessageNames.COMMITTEE_CREATION_APPROVED,
          ProcessKeys.COMMITTEE_ESTABLISHMENT});
      case ACTION_PLAN, OTHER, CORRECTION -> Optional.of(new String[] {MessageNames.RESOLUTION_ADOPTED,
          ProcessKeys.RESOLUTION_FOLLOW_UP});
      case MINUTES_APPROVAL -> Optional.empty();
    };
  }

  /** Starts the follow-up of one adopted resolution unless it exists; true when started now. */
  public boolean start(String resolutionNumber, Subject subject, String sessionKey) {
    Optional<String[]> target = messageFor(subject);
    if (target.isEmpty()) {
      return false;
    }
    String message = target.get()[0];
    String processKey = target.get()[1];
    long existing = history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(resolutionNumber).count();
    if (existing > 0) {
      LOG.info("Follow-up {} of resolution {} already started", processKey, resolutionNumber);
      return false;
    }
    runtime.createMessageCorrelation(message)
        .processInstanceBusinessKey(resolutionNumber)
        .setVariable("resolutionNumber", resolutionNumber)
        .setVariable(SharedVariables.SESSION_KEY, sessionKey)
        .correlateStartMessage();
    LOG.info("Resolution {} adopted: {} started ({})", resolutionNumber, processKey, message);
    return true;
  }
}
