package ma.majlis.deliberation;

/**
 * The status of an agenda item at the end of its deliberation, returned to the session. {@code REJECTED}
 * is the status between the registration of a rejected resolution and the chair's decision on it;
 * {@code CLOSED} is a rejected item the chair closed.
 */
public enum ItemStatus { ADOPTED, REJECTED, DEFERRED, CLOSED }
