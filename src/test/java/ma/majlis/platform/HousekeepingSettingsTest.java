package ma.majlis.platform;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ma.majlis.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings in application.yaml reach the engine: Spring ignores a misspelt property, so each one is read back
 * from the running engine.
 */
class HousekeepingSettingsTest extends ApplicationTest {

  @Autowired
  CamundaBpmProperties properties;

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

  /**
   * The tests run the jobs themselves (the job executor is off in the test context, see ApplicationTest), so the
   * sizing is read from the properties the starter hands to the job executor; the reliability tests run it for real.
   */
  @Test
  void jobExecutorIsSizedForTwoCores() {
    JobExecutionProperty job = properties.getJobExecution();
    assertThat(job.getCorePoolSize()).isEqualTo(2);
    assertThat(job.getMaxPoolSize()).isEqualTo(4);
    assertThat(job.getQueueCapacity()).isEqualTo(10);
    assertThat(job.getMaxJobsPerAcquisition()).isEqualTo(4);
    assertThat(job.getWaitTimeInMillis()).isEqualTo(5000);
    assertThat(job.getMaxWait()).isEqualTo(60000);
    assertThat(job.getLockTimeInMillis()).isEqualTo(300000);
    assertThat(job.getBackoffTimeInMillis()).isEqualTo(100);
    assertThat(job.getMaxBackoff()).isEqualTo(2000);
  }

}
