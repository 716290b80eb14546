package ma.majlis.platform;

import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A task listener that runs when any user task of Majlis's processes is created, before the task's own listeners: a Spring
 * bean implementing it is attached by {@link EveryUserTaskPlugin} to every user task the engine parses. For what
 * every task shows (its name with the session, its due date), not for a step's own logic.
 */
public interface EveryUserTask extends TaskListener {
}
