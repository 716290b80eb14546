package ma.majlis.platform;

import java.util.Map;

import org.camunda.bpm.engine.variable.value.TypedValue;

import ma.majlis.language.Language;

/**
 * What a task's form shows and no step takes (the session's date in words, the agenda with its proposals, the people
 * and items offered by name, the board book's files): computed from Majlis's tables each time the form's variables
 * are read ({@link ShownTasks}, {@link LocalizingFilter}), in the language of the form, and never stored as a variable
 * of the engine. Stored, they were most of the statements Majlis added to a session (issue #17: written on every
 * member's task, then twice to the history), and what Cockpit listed on every task.
 *
 * <p>A Spring bean implementing this interface adds the values it knows for the tasks it knows; the names, types
 * ({@code String}, {@code Json}, {@code Null}) and content are what the forms read. No task's contract names them:
 * a completion that sends one is refused like any other name ({@link RestInputGuard}).
 */
public interface ShownValues {

  /** Adds to {@code shown} what {@code task}'s form shows, written in {@code language}; nothing for other tasks. */
  void addTo(Map<String, TypedValue> shown, ShownTask task, Language language);
}
