package ma.majlis.platform;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A step of a process failed for a technical reason while its job ran. The message is what Cockpit shows on the
 * incident: which step of which session failed, why, and what to do, in that order (the engine may shorten long
 * messages, and the cause is the part that can go). The original exception is the cause.
 */
public class StepFailedException extends ProcessEngineException {

  public StepFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
