package ma.majlis.bench;

import java.util.Date;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The two steps of the skeleton that are more than nothing, because the engine does the work in the real session
 * too: the follow-ups start by message (as StartFollowUpsDelegate does, one per adopted resolution), and the
 * committee's inaugural session starts as a new instance (as StartInauguralSessionDelegate does). Registered as
 * beans of the benchmark's context only.
 */
final class SkeletonDelegates {

  private SkeletonDelegates() {
  }

  static JavaDelegate startFollowUps() {
    return execution -> {
      RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
      String key = execution.getProcessBusinessKey();
      String[][] starts = {{"SkeletonResolutionAdopted", "-R01"}, {"SkeletonBudgetAdopted", "-R02"},
          {"SkeletonCommitteeCreationApproved", "-R03"}};
      for (String[] start : starts) {
        runtime.createMessageCorrelation(start[0]).processInstanceBusinessKey(key + start[1])
            .setVariable("resolutionNumber", key + start[1]).setVariable("sessionKey", key)
            .setVariable("dueDateTime", new Date(System.currentTimeMillis() + 91L * 24 * 3600 * 1000))
            .correlateStartMessage();
      }
    };
  }

  static JavaDelegate startInauguralSession() {
    return execution -> {
      RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
      String key = execution.getProcessBusinessKey() + "-INAUGURAL";
      if (runtime.createProcessInstanceQuery().processDefinitionKey("board-session-skeleton")
          .processInstanceBusinessKey(key).count() == 0) {
        runtime.createProcessInstanceByKey("board-session-skeleton").businessKey(key)
            .setVariables(Variables.createVariables().putValue("bodyCode", "SK").putValue("sessionYear", 2040)
                .putValue("sessionNumber", 1).putValue("sessionKind", "ORDINARY")
                .putValue("plannedStart", execution.getVariable("plannedStart"))
                .putValue("venue", execution.getVariable("venue")).putValue("format", execution.getVariable("format"))
                .putValue("voteMode", "TALLY"))
            .execute();
      }
      execution.setVariable("inauguralSessionKey", key);
    };
  }
}
