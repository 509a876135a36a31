package org.rapport.research.web;

import org.rapport.platform.web.FormActions;

/** How the notebook's screens run a change: {@link FormActions} with the notebook's conflict message. */
final class NotebookActions {

    private static final String CONFLICT = "notebook.conflict";

    private NotebookActions() {
    }

    /** Runs {@code change}; returns whether it went through, otherwise says why on the form {@code formId}. */
    static boolean attempt(String formId, Runnable change) {
        return FormActions.attempt(formId, CONFLICT, change);
    }
}
