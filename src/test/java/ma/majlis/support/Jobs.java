package ma.majlis.support;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Runs the engine's due jobs (async steps, timers whose time has come on the engine clock) as the job executor would,
 * one after the other, until none is left; a job that fails is left with its retries decremented, as in production.
 */
public final class Jobs {

  private final ManagementService management;

  public Jobs(ManagementService management) {
    this.management = management;
  }

  public ManagementService management() {
    return management;
  }

  /** Runs due jobs until there are none; returns how many ran. */
  public int runDue() {
    int ran = 0;
    for (int round = 0; round < 200; round++) {
      List<Job> due = management.createJobQuery().executable().active().list();
      if (due.isEmpty()) {
        return ran;
      }
      for (Job job : due) {
        try {
          management.executeJob(job.getId());
        } catch (RuntimeException e) {
          // the engine records the failure on the job (retries, then an incident), as the job executor does
        }
        ran++;
      }
    }
    throw new IllegalStateException("Jobs keep coming after 200 rounds: a loop in a process?");
  }
}
