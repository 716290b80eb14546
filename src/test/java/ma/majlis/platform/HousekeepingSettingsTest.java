package ma.majlis.platform;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import ma.majlis.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings in application.yaml reach the engine: Spring ignores a misspelt property, so each one is read back
 * from the running engine.
 */
class HousekeepingSettingsTest extends ApplicationTest {

  @Autowired
  JobExecutor jobExecutor;

  @Autowired
  @Qualifier("camundaTaskExecutor")
  ThreadPoolTaskExecutor jobThreads;

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  @Test
  void fullHistoryIsCleanedAtNightByRemovalTimeFromTheEndOfTheRootInstance() {
    assertThat(configuration().getHistoryLevel().getName()).isEqualTo("full");
    assertThat(configuration().getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
    assertThat(configuration().getHistoryCleanupBatchWindowEndTime()).isEqualTo("06:00");
    assertThat(configuration().getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(configuration().getHistoryRemovalTimeStrategy()).isEqualTo("end");
    assertThat(configuration().isEnforceHistoryTimeToLive()).isTrue();
    // With a window set, the engine schedules its cleanup job.
    assertThat(engine.getHistoryService().findHistoryCleanupJobs()).isNotEmpty();
  }

  @Test
  void everyDeployedProcessHasAHistoryTimeToLive() {
    for (ProcessDefinition definition : engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list()) {
      assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isNotNull().isPositive();
    }
  }

  @Test
  void jobExecutorIsSizedForTwoCores() {
    assertThat(jobThreads.getCorePoolSize()).isEqualTo(2);
    assertThat(jobThreads.getMaxPoolSize()).isEqualTo(4);
    assertThat(jobThreads.getQueueCapacity()).isEqualTo(10);
    assertThat(jobExecutor.getMaxJobsPerAcquisition()).isEqualTo(4);
    assertThat(jobExecutor.getWaitTimeInMillis()).isEqualTo(5000);
    assertThat(jobExecutor.getMaxWait()).isEqualTo(60000);
    assertThat(jobExecutor.getLockTimeInMillis()).isEqualTo(300000);
    assertThat(jobExecutor.getBackoffTimeInMillis()).isEqualTo(100);
    assertThat(jobExecutor.getMaxBackoff()).isEqualTo(2000);
    assertThat(jobExecutor.isActive()).isTrue();
  }
}
