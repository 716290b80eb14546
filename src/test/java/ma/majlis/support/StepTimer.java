package ma.majlis.support;

import java.util.function.Supplier;

/** Times what a {@link Delivery} does, by name ("task:Task_PrepareAgenda", "job:...", "query", "start"). */
public interface StepTimer {

  /** No timing: the action runs. */
  StepTimer NONE = new StepTimer() {
    @Override
    public <T> T time(String name, Supplier<T> action) {
      return action.get();
    }
  };

  <T> T time(String name, Supplier<T> action);
}
