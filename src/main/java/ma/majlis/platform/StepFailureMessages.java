package ma.majlis.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

import javax.sql.DataSource;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.BaseDelegateExecution;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.bpmn.delegate.JavaDelegateInvocation;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.delegate.DefaultDelegateInterceptor;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.stereotype.Component;

/**
 * Incident messages that say what failed and what to do. When the delegate of a service task fails in its job
 * (every service task with side effects runs in one: {@code camunda:asyncBefore}), the exception is rethrown as a
 * {@link StepFailedException} whose message names the step and the session, the reason, and the remedy:
 * <pre>"Register the resolution" (ServiceTask_RegisterResolution) of CA-2030-S1 failed: the database refused the
 * change (ERROR: ...). Have the database fixed, then retry the job (Cockpit: the incident's Retry).</pre>
 * A delegate that already says what to do (e.g. "add its members to the group board-members in Camunda Admin,
 * then retry this job") keeps its words. Business outcomes ({@link BpmnError}) and concurrent updates (retried by
 * the job executor on its own) pass unchanged, and so does anything outside a job (a user's completion keeps
 * the REST layer's mapping).
 * <p>
 * The delegate runs after a savepoint of the job's transaction: when the database refused one of its writes,
 * PostgreSQL refuses every later statement of the transaction, including the engine's own while it records the
 * failure (and the incident message would then be "An exception occurred in the persistence layer"). Going back
 * to the savepoint lets the engine record the failure; the whole transaction is rolled back anyway.
 */
@Component
public class StepFailureMessages extends AbstractProcessEnginePlugin {

  static final String RETRY = "retry the job (Cockpit: the incident's Retry)";

  private final DataSource dataSource;

  public StepFailureMessages(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    DelegateInterceptor next = configuration.getDelegateInterceptor() != null
        ? configuration.getDelegateInterceptor() : new DefaultDelegateInterceptor();
    configuration.setDelegateInterceptor(new Interceptor(next, dataSource));
  }

  /** Wraps the engine's delegate interceptor (which it calls for every delegate). */
  static final class Interceptor implements DelegateInterceptor {

    private final DelegateInterceptor next;
    private final DataSource dataSource;

    Interceptor(DelegateInterceptor next, DataSource dataSource) {
      this.next = next;
      this.dataSource = dataSource;
    }

    @Override
    public void handleInvocation(DelegateInvocation invocation) throws Exception {
      if (!(invocation instanceof JavaDelegateInvocation) || !inJob()
          || !(invocation.getContextExecution() instanceof DelegateExecution execution)) {
        next.handleInvocation(invocation);
        return;
      }
      Connection connection = TransactionSynchronizationManager.hasResource(dataSource)
          ? DataSourceUtils.getConnection(dataSource) : null;
      Savepoint savepoint = connection != null ? connection.setSavepoint() : null;
      try {
        next.handleInvocation(invocation);
      } catch (BpmnError e) {
        // a business outcome: the step's writes stand, as the engine's do
        release(connection, savepoint);
        throw e;
      } catch (Exception e) {
        if (savepoint != null) {
          connection.rollback(savepoint);
        }
        if (e instanceof OptimisticLockingException || e instanceof StepFailedException) {
          throw e;
        }
        throw new StepFailedException(message(execution, e), e);
      }
      release(connection, savepoint);
    }

    private static void release(Connection connection, Savepoint savepoint) throws SQLException {
      if (savepoint != null) {
        connection.releaseSavepoint(savepoint);
      }
    }
  }

  static boolean inJob() {
    CommandInvocationContext context = Context.getCommandInvocationContext();
    return context != null && context.getCommand() instanceof ExecuteJobsCmd;
  }

  static String message(BaseDelegateExecution execution, Throwable failure) {
    String step = execution instanceof DelegateExecution e && e.getCurrentActivityName() != null
        ? "\"" + e.getCurrentActivityName() + "\" (" + e.getCurrentActivityId() + ")"
        : "A step";
    String key = execution instanceof DelegateExecution e && e.getProcessBusinessKey() != null
        ? e.getProcessBusinessKey() : "process instance " + (execution instanceof DelegateExecution e
            ? e.getProcessInstanceId() : "?");
    return step + " of " + key + " failed: " + reason(failure);
  }

  /** Why, and what to do. */
  static String reason(Throwable failure) {
    SQLException sql = find(failure, SQLException.class);
    if (sql != null || find(failure, DataAccessException.class) != null) {
      String detail = sql != null ? sql.getMessage() : find(failure, DataAccessException.class).getMostSpecificCause()
          .getMessage();
      return "the database refused the change (" + shorten(firstLine(detail)) + "). Have the database fixed, then "
          + RETRY + ".";
    }
    String message = failure.getMessage() == null || failure.getMessage().isBlank()
        ? failure.getClass().getSimpleName() : failure.getMessage();
    message = shorten(message);
    if (message.toLowerCase().contains("retry")) {
      return message;
    }
    return message + (message.endsWith(".") ? "" : ".") + " Fix the cause, then " + RETRY + ".";
  }

  private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    Throwable cause = failure;
    for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "no detail";
    }
    int end = text.indexOf('\n');
    return (end < 0 ? text : text.substring(0, end)).trim();
  }

  private static String shorten(String text) {
    return text.length() <= 400 ? text : text.substring(0, 397) + "...";
  }
}
