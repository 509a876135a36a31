package org.rapport.roster;

import java.io.Serializable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How far a running roster import has got, read by the screen's progress bar while the import runs in the
 * background. Written by one worker thread, read by request threads.
 */
public final class RosterImportProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int total;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger updated = new AtomicInteger();
    private volatile boolean finished;
    private volatile String failure;

    RosterImportProgress(int total) {
        this.total = total;
    }

    void batchWritten(int newStudents, int updatedStudents) {
        created.addAndGet(newStudents);
        updated.addAndGet(updatedStudents);
        done.addAndGet(newStudents + updatedStudents);
    }

    void finish() {
        finished = true;
    }

    void fail(String reason) {
        failure = reason;
        finished = true;
    }

    public int getDone() {
        return done.get();
    }

    public int getCreated() {
        return created.get();
    }

    public int getUpdated() {
        return updated.get();
    }

    /** 0-100, for the progress bar. */
    public int getPercent() {
        return total == 0 ? 100 : (int) (done.get() * 100L / total);
    }

    public boolean isFinished() {
        return finished;
    }

    public boolean isFailed() {
        return failure != null;
    }

    public String getFailure() {
        return failure;
    }
}
