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

    /**
     * Whether a failure is a lost race on a record's version (two saves at the very same moment), which JTA
     * reports at commit, wrapped.
     */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof ConcurrentChangeException) {
                return true;
            }
        }
        return false;
    }
}
