package ma.majlis.platform;

import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/** What Majlis asks of the engine beyond its public services: pausing the job executor, running in one command. */
public final class EngineJobs {

  private EngineJobs() {
  }

  /**
   * Pauses the engine's job executor while {@code work} runs (the demo replay pins the clock, and a running executor
   * would race it for the same jobs), and starts it again afterwards if it was running.
   */
  public static <T> T withJobExecutorPaused(ProcessEngine engine, Runnable onPause, Runnable onResume,
      Supplier<T> work) {
    JobExecutor executor = configuration(engine).getJobExecutor();
    boolean wasActive = executor != null && executor.isActive();
    if (wasActive) {
      executor.shutdown();
      onPause.run();
    }
    try {
      return work.get();
    } finally {
      if (wasActive) {
        executor.start();
        onResume.run();
      }
    }
  }

  /** Runs {@code work} in one engine command (one transaction, the command context's settings apply). */
  public static <T> T inCommand(ProcessEngine engine, Supplier<T> work) {
    return configuration(engine).getCommandExecutorTxRequired().execute(context -> work.get());
  }

  private static ProcessEngineConfigurationImpl configuration(ProcessEngine engine) {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }
}
