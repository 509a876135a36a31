package org.rapport.tasks;

/** Why a task exists. Bundle key {@code task.kind.<NAME>}. */
public enum TaskKind {
    /** A next step a connector recommended in their competitive feedback. */
    NEXT_STEP;

    public String messageKey() {
        return "task.kind." + name();
    }
}
