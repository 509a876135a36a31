package org.rapport.platform;

/**
 * Someone else saved the record after the person loaded it. Nothing was overwritten; the screen says so and
 * shows the latest version.
 */
public class ConcurrentChangeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String what) {
        super("error.concurrentChange", what);
    }

    /** MariaDB's "duplicate entry" error: a unique key refused a row that someone else inserted first. */
    static final int DUPLICATE_ENTRY = 1062;

    /**
     * Whether a failure is a lost race: on a record's version (two saves at the very same moment), or on a unique key
     * (two people creating the same thing at once: an organisation's name, a student's first chart of an
     * organisation). JTA reports both at commit, wrapped; the screen answers both as a concurrent change.
     */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof ConcurrentChangeException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getErrorCode() == DUPLICATE_ENTRY) {
                return true;
            }
        }
        return false;
    }
}
