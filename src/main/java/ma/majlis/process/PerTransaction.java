package ma.majlis.process;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a step reads of Majlis's tables, read once per transaction: the engine's commands run in Spring transactions,
 * and a job that creates twelve tasks or queues twelve mails reads the same rows for each (a person's language, the
 * session's dossiers, the minutes' document). The cache is one of Spring's transaction resources, bound to the
 * transaction and dropped when it completes (set aside while a transaction of its own runs inside it); outside a
 * transaction, nothing is cached and each read goes to the database.
 *
 * <p>Only for rows that no step changes between two reads of one transaction, or whose writer {@link #forget}s
 * them: a writer that changes a row read here forgets it, in the same transaction, so that the next read sees the
 * change. A null value is not cached (read again): use {@link java.util.Optional} for what may be missing.
 */
public final class PerTransaction {

  /** The key of the transaction's cache among Spring's transaction resources. */
  private static final Object CACHE = new Object();

  private PerTransaction() {
  }

  /** What {@code read} gives for {@code what} of {@code key}: read at the first call of the transaction. */
  @SuppressWarnings("unchecked")
  public static <T> T get(String what, String key, Supplier<T> read) {
    Map<String, Object> cache = cache(true);
    if (cache == null) {
      return read.get();
    }
    String entry = entry(what, key);
    Object value = cache.get(entry);
    if (value == null) {
      value = read.get();
      if (value != null) {
        cache.put(entry, value);
      }
    }
    return (T) value;
  }

  /** Forgets {@code what} of {@code key} in this transaction (its row changed): the next read goes to the database. */
  public static void forget(String what, String key) {
    Map<String, Object> cache = cache(false);
    if (cache != null) {
      cache.remove(entry(what, key));
    }
  }

  private static String entry(String what, String key) {
    return what + "#" + key;
  }

  /** The transaction's cache; null outside a transaction, or when there is none yet and {@code create} is false. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> cache(boolean create) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    Map<String, Object> cache = (Map<String, Object>) TransactionSynchronizationManager.getResource(CACHE);
    if (cache != null || !create) {
      return cache;
    }
    Map<String, Object> created = new HashMap<>();
    TransactionSynchronizationManager.bindResource(CACHE, created);
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void suspend() {
        TransactionSynchronizationManager.unbindResourceIfPossible(CACHE);
      }

      @Override
      public void resume() {
        TransactionSynchronizationManager.bindResource(CACHE, created);
      }

      @Override
      public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(CACHE);
      }
    });
    return created;
  }
}
