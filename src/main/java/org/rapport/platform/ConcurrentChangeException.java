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
}
